# No-op Python function for bench/lambda: returns the event it was given.
def handler(event, context):
    return event
