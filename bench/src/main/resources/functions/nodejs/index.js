// No-op Node.js function for bench/lambda: an async handler that returns the event it was given.
exports.handler = async (event) => event;
