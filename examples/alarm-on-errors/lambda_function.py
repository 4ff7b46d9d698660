"""Processes an order; an order without items is an error, which Lambda counts in AWS/Lambda Errors."""
import json


def lambda_handler(event, context):
    items = event.get("items") or []
    if not items:
        raise ValueError(f"order {event.get('orderId', '?')} has no items")
    total = sum(item["price"] * item.get("quantity", 1) for item in items)
    print(json.dumps({"orderId": event.get("orderId"), "total": total}))
    return {"orderId": event.get("orderId"), "total": total}
