// A CommonJS handler in the callback style.
exports.handler = (event, context, callback) => {
  console.log("callback style");
  callback(null, { sum: (event.a ?? 0) + (event.b ?? 0) });
};
