// A test function in ESM: what it does is chosen by the event's "action".
export const handler = async (event, context) => {
  const action = event.action ?? "echo";
  if (action === "echo") {
    console.log("echo", JSON.stringify(event));
    return { event, requestId: context.awsRequestId, functionName: context.functionName, memory: context.memoryLimitInMB,
      remainingMs: context.getRemainingTimeInMillis(), region: process.env.AWS_REGION, greeting: process.env.GREETING };
  }
  if (action === "fail") {
    throw new TypeError("node boom");
  }
  if (action === "sleep") {
    await new Promise((resolve) => setTimeout(resolve, event.seconds * 1000));
    return "slept";
  }
  return { unknown: action };
};
