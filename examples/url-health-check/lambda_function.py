"""Checks that a URL answers, and publishes the outcome as custom CloudWatch metrics: HealthCheck Up
(1 when the URL answered with a 2xx or 3xx status within five seconds, else 0) and Latency, both with
the dimension Url."""
import os
import time
import urllib.request

import boto3

URL = os.environ["URL"]
cloudwatch = boto3.client("cloudwatch")


def lambda_handler(event, context):
    started = time.monotonic()
    try:
        with urllib.request.urlopen(URL, timeout=5) as response:
            up = 200 <= response.status < 400
            outcome = f"HTTP {response.status}"
    except Exception as e:  # a refused connection, a timeout, an HTTP error: the site is down
        up = False
        outcome = f"failed: {e}"
    latency_ms = (time.monotonic() - started) * 1000
    print(f"{URL} {outcome} in {latency_ms:.0f} ms")
    dimensions = [{"Name": "Url", "Value": URL}]
    cloudwatch.put_metric_data(Namespace="HealthCheck", MetricData=[
        {"MetricName": "Up", "Dimensions": dimensions, "Value": 1 if up else 0, "Unit": "Count"},
        {"MetricName": "Latency", "Dimensions": dimensions, "Value": latency_ms, "Unit": "Milliseconds"},
    ])
    return {"url": URL, "up": up}
