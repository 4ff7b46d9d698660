'use strict';
/*
 * Stratus's runtime client for Node.js Lambda functions.
 *
 * Speaks the Lambda Runtime API at $AWS_LAMBDA_RUNTIME_API over one kept-alive connection, loads
 * the handler named by $_HANDLER from $LAMBDA_TASK_ROOT (CommonJS through require, ES modules
 * through import()), and reports results, errors and console output in the shapes AWS's managed
 * Node.js runtimes use. Node's standard library only (Node 18+).
 *
 * Two programming models, chosen by $AWS_EXECUTION_ENV as AWS's runtimes differ:
 *  - nodejs18.x to nodejs22.x: a handler returns a promise or calls callback(err, result), or
 *    context.done/succeed/fail. A handler that returns something other than a promise and never
 *    calls back is answered with null once the event loop is empty, as AWS does.
 *    Simplification: AWS waits for the event loop to drain before it sends a callback's result
 *    while context.callbackWaitsForEmptyEventLoop is true (the default); here the result is sent
 *    as soon as the callback is called, whatever the flag says. Timers the function leaves behind
 *    keep running in the process, as they would after a thaw.
 *  - nodejs24.x and later: the handler's return value (awaited) is the result; handlers taking a
 *    callback are refused at init, as AWS's Node.js 24 runtime refuses them.
 *
 * Console output is written as AWS writes it to stdout: one line per call, inner line breaks
 * turned into carriage returns, so a reader splitting on newlines sees one record as one line.
 */

const fs = require('fs');
const net = require('net');
const path = require('path');
const util = require('util');
const { pathToFileURL } = require('url');

const API_PREFIX = '/2018-06-01/runtime';
const API_ADDRESS = process.env.AWS_LAMBDA_RUNTIME_API || '127.0.0.1:9001';
const nodeMajor = runtimeMajor();
const callbacksRemoved = nodeMajor >= 24;

const ENV = {
  functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
  functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
  memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
  logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
  logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME,
};

function splitAddress(address) {
  const colon = address.lastIndexOf(':');
  return [address.slice(0, colon).replace(/^\[|\]$/g, '') || '127.0.0.1', parseInt(address.slice(colon + 1), 10)];
}

function runtimeMajor() {
  const m = /^AWS_Lambda_nodejs(\d+)/.exec(process.env.AWS_EXECUTION_ENV || '');
  return m ? parseInt(m[1], 10) : parseInt(process.versions.node, 10);
}

// ------------------------------------------------------------------ errors

function runtimeError(type, message) {
  const e = new Error(message);
  e.name = type;
  return e;
}

function isErrorLike(e) {
  return util.types.isNativeError(e) || (e && typeof e.name === 'string' && typeof e.message === 'string' && typeof e.stack === 'string');
}

/** The error body posted to the Runtime API: {errorType, errorMessage, trace}. */
function errorBody(e) {
  try {
    if (isErrorLike(e)) {
      return { errorType: e.name, errorMessage: e.message, trace: typeof e.stack === 'string' ? e.stack.split('\n') : [] };
    }
    return { errorType: typeof e, errorMessage: String(e), trace: [] };
  } catch (_) {
    return {
      errorType: 'handled',
      errorMessage: 'callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack',
    };
  }
}

/** The JSON AWS logs after "Invoke Error" and friends: the error's own fields, the stack as lines. */
function formattedError(e) {
  const err = e instanceof Error ? e : new Error(e);
  const replacer = (_k, v) => {
    if (v instanceof Error) {
      const out = Object.assign({ errorType: v.name, errorMessage: v.message, code: v.code }, v);
      if (typeof v.stack === 'string') out.stack = v.stack.split('\n');
      return out;
    }
    return v;
  };
  try {
    return '\t' + JSON.stringify(err, replacer);
  } catch (_) {
    return '\t' + JSON.stringify(errorBody(err));
  }
}

// ------------------------------------------------------------------ console, as AWS patches it

let currentRequestId; // undefined until the first invocation: AWS logs "undefined" during init
const LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'];

function patchConsole() {
  const wanted = LEVELS.indexOf((process.env.AWS_LAMBDA_LOG_LEVEL || '').toUpperCase());
  const threshold = wanted < 0 ? 0 : wanted;
  const out = process.stdout;
  const logger = (level) => {
    if (LEVELS.indexOf(level) < threshold) return () => {};
    return (...args) => {
      let line = `${new Date().toISOString()}\t${currentRequestId}\t${level}\t${util.format(...args)}`;
      if (line.indexOf('\n') >= 0) line = line.replace(/\n/g, '\r');
      out.write(line + '\n');
    };
  };
  console.trace = logger('TRACE');
  console.debug = logger('DEBUG');
  console.info = logger('INFO');
  console.log = console.info;
  console.warn = logger('WARN');
  console.error = logger('ERROR');
  console.fatal = logger('FATAL');
}

/** Waits until stdout and stderr have handed everything to the OS (immediate for files). */
function flushOutput(then) {
  const pending = [process.stdout, process.stderr].filter((s) => s.writableLength > 0);
  if (pending.length === 0) return then();
  let left = pending.length;
  for (const s of pending) s.once('drain', () => { if (--left === 0) then(); });
}

// ------------------------------------------------------------------ the Runtime API

/**
 * One persistent HTTP/1.1 connection to the Runtime API. A small client of its own rather than
 * the http module, whose per-request machinery costs more than the rest of an invocation; the
 * peer is Stratus's Runtime API server. The socket is unref'd between exchanges so that, as in
 * AWS's runtime, an invocation still open when nothing else is left to run can be detected.
 */
class RuntimeApi {
  constructor(address) {
    [this.host, this.port] = splitAddress(address);
    this.hostHeader = address;
    this.socket = null;
    this.pending = null; // { head, body, onDone, retried }
    this.chunks = [];
    this.size = 0;
    this.response = null; // the head of the response being read: { statusCode, headers, start, length }
  }

  exchange(method, apiPath, body, headers, onDone) {
    const length = body === undefined ? 0 : Buffer.byteLength(body);
    const head = `${method} ${API_PREFIX}${apiPath} HTTP/1.1\r\nHost: ${this.hostHeader}\r\n${headers || ''}Content-Length: ${length}\r\n\r\n`;
    this.send({ head, body, onDone, retried: false });
  }

  send(req) {
    if (this.socket === null) this.connect();
    this.pending = req;
    this.socket.ref();
    if (req.body === undefined) this.socket.write(req.head);
    else if (typeof req.body === 'string' && req.body.length < 65536) this.socket.write(req.head + req.body);
    else {
      this.socket.write(req.head);
      this.socket.write(req.body);
    }
  }

  connect() {
    const socket = net.connect({ host: this.host, port: this.port, noDelay: true });
    socket.on('data', (data) => this.onData(data));
    socket.on('error', (e) => this.onGone(socket, e));
    socket.on('close', () => this.onGone(socket, new Error('the Runtime API closed the connection')));
    this.socket = socket;
    this.chunks = [];
    this.size = 0;
    this.response = null;
  }

  onGone(socket, error) {
    if (socket !== this.socket) return;
    this.socket = null;
    socket.destroy();
    const req = this.pending;
    if (req === null) return; // an idle connection went away: the next exchange reconnects
    if (!req.retried) {
      req.retried = true;
      this.send(req);
    } else {
      this.pending = null;
      req.onDone(error);
    }
  }

  onData(data) {
    this.chunks.push(data);
    this.size += data.length;
    const r = this.response;
    if (r !== null && r.length >= 0 && this.size < r.start + r.length) return; // the rest of a known body is still coming
    const res = this.parse();
    if (res === null) return;
    const req = this.pending;
    this.pending = null;
    const socket = this.socket;
    socket.unref();
    if ((res.headers.connection || '').toLowerCase() === 'close') {
      this.socket = null;
      socket.destroy();
    }
    if (req !== null) req.onDone(null, res, res.body);
  }

  parse() {
    const buf = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.size);
    this.chunks = [buf];
    let r = this.response;
    if (r === null) {
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0) return null;
      const lines = buf.toString('utf8', 0, end).split('\r\n');
      const headers = {};
      for (let i = 1; i < lines.length; i++) {
        const colon = lines[i].indexOf(':');
        if (colon > 0) headers[lines[i].slice(0, colon).trim().toLowerCase()] = lines[i].slice(colon + 1).trim();
      }
      const chunked = (headers['transfer-encoding'] || '').toLowerCase() === 'chunked';
      const length = chunked ? -1 : parseInt(headers['content-length'] || '0', 10);
      r = this.response = { statusCode: parseInt(lines[0].split(' ')[1], 10), headers, start: end + 4, length };
    }
    let body;
    let consumed;
    if (r.length >= 0) {
      if (buf.length < r.start + r.length) return null;
      body = buf.subarray(r.start, r.start + r.length);
      consumed = r.start + r.length;
    } else {
      const parts = [];
      let at = r.start;
      for (;;) {
        const eol = buf.indexOf('\r\n', at);
        if (eol < 0) return null;
        const size = parseInt(buf.toString('latin1', at, eol), 16);
        if (size === 0) {
          if (buf.length < eol + 4) return null;
          const end = buf[eol + 2] === 13 && buf[eol + 3] === 10 ? eol : buf.indexOf('\r\n\r\n', eol + 2); // trailers
          if (end < 0) return null;
          consumed = end + 4;
          break;
        }
        if (buf.length < eol + 2 + size + 2) return null;
        parts.push(buf.subarray(eol + 2, eol + 2 + size));
        at = eol + 2 + size + 2;
      }
      body = Buffer.concat(parts);
    }
    const rest = buf.subarray(consumed);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.size = rest.length;
    this.response = null;
    return { statusCode: r.statusCode, headers: r.headers, body };
  }
}

const api = new RuntimeApi(API_ADDRESS);

function exchange(method, apiPath, body, headers, onDone) {
  api.exchange(method, apiPath, body, headers, onDone);
}

function fatal(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function post(apiPath, body, extraHeaders, then) {
  const headers = `Content-Type: application/json\r\n${extraHeaders || ''}`;
  flushOutput(() => exchange('POST', apiPath, body, headers, (err) => {
    if (err) fatal(`Runtime API POST ${apiPath} failed: ${err.message}`);
    then();
  }));
}

function postError(apiPath, error, then) {
  const body = errorBody(error);
  const errorType = String(body.errorType).replace(/[\r\n]/g, '');
  post(apiPath, JSON.stringify(body), `Lambda-Runtime-Function-Error-Type: ${errorType}\r\n`, then);
}

// ------------------------------------------------------------------ loading the handler

function hasTypeModule(folder) {
  for (;;) {
    if (folder.endsWith(`${path.sep}node_modules`)) return false;
    const pj = path.join(folder, 'package.json');
    if (fs.existsSync(pj)) {
      try {
        return JSON.parse(fs.readFileSync(pj, 'utf8')).type === 'module';
      } catch (e) {
        console.warn(`${pj} cannot be read, it will be ignored for ES module detection purposes.`, e);
        return false;
      }
    }
    const parent = path.dirname(folder);
    if (parent === folder) return false;
    folder = parent;
  }
}

async function loadModule(taskRoot, moduleRoot, name) {
  const base = path.resolve(taskRoot, moduleRoot, name);
  const exists = (ext) => fs.existsSync(base + ext);
  if (exists('')) return require(base);
  const typeModule = hasTypeModule(path.dirname(base));
  if (!typeModule && exists('.js')) return require(base + '.js');
  if (typeModule && exists('.js')) return import(pathToFileURL(base + '.js').href);
  if (exists('.mjs')) return import(pathToFileURL(base + '.mjs').href);
  if (exists('.cjs')) return require(base + '.cjs');
  // Not a file under the task root: resolve it as a package name (node_modules, NODE_PATH).
  return require(require.resolve(name, { paths: [taskRoot, moduleRoot] }));
}

async function loadHandler(taskRoot, fullHandler) {
  if (fullHandler.includes('..')) {
    throw runtimeError('Runtime.MalformedHandlerName',
      `'${fullHandler}' is not a valid handler name. Use absolute paths when specifying root directories in handler names.`);
  }
  const handlerString = path.basename(fullHandler);
  const moduleRoot = fullHandler.substring(0, fullHandler.indexOf(handlerString));
  const match = /^([^.]*)\.(.*)$/.exec(handlerString);
  if (!match) throw runtimeError('Runtime.MalformedHandlerName', 'Bad handler');
  let userModule;
  try {
    userModule = await loadModule(taskRoot, moduleRoot, match[1]);
  } catch (e) {
    if (e instanceof SyntaxError) {
      const wrapped = runtimeError('Runtime.UserCodeSyntaxError', String(e));
      wrapped.stack = e.stack;
      throw wrapped;
    }
    if (e && e.code === 'MODULE_NOT_FOUND') throw runtimeError('Runtime.ImportModuleError', String(e));
    throw e;
  }
  const fn = match[2].split('.').reduce((obj, key) => obj && obj[key], userModule);
  if (!fn) throw runtimeError('Runtime.HandlerNotFound', `${fullHandler} is undefined or not exported`);
  if (typeof fn !== 'function') throw runtimeError('Runtime.HandlerNotFound', `${fullHandler} is not a function`);
  if (callbacksRemoved && fn.length >= 3 && !fn[STREAMING]) {
    throw runtimeError('Runtime.CallbackHandlerDeprecated',
      `ERROR: AWS Lambda has removed support for callback-based function handlers starting with Node.js ${nodeMajor}. ` +
      'You need to modify this function to use a supported handler signature to use Node.js 24 or later. ' +
      'For more information see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html.');
  }
  return fn;
}

// ------------------------------------------------------------------ response streaming, buffered
// awslambda.streamifyResponse exists so streaming handlers load; their stream is collected and
// posted as one ordinary response (what a plain Invoke of a streaming function returns).

const STREAMING = Symbol.for('aws.lambda.runtime.handler.streaming');

function streamingGlobals() {
  const { Writable } = require('stream');
  class HttpResponseStream {
    static from(stream, prelude) {
      stream.setContentType('application/vnd.awslambda.http-integration-response');
      stream.write(JSON.stringify(prelude));
      stream.write(Buffer.alloc(8));
      return stream;
    }
  }
  const responseStream = () => {
    const chunks = [];
    const stream = new Writable({
      write(chunk, encoding, cb) {
        chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding));
        cb();
      },
    });
    stream.contentType = 'application/octet-stream';
    stream.setContentType = (t) => { stream.contentType = t; };
    stream.body = () => Buffer.concat(chunks);
    return stream;
  };
  globalThis.awslambda = {
    streamifyResponse(handler) {
      handler[STREAMING] = 'response';
      return handler;
    },
    HttpResponseStream,
  };
  return responseStream;
}

// ------------------------------------------------------------------ invocations

let handler;
let newResponseStream;
let active = null; // the invocation under way: { id, done, async }

function headerData(headers) {
  const json = (value, name) => {
    if (value === undefined) return undefined;
    try {
      return JSON.parse(value);
    } catch (e) {
      throw new Error(`Cannot parse ${name} as json: ${e.toString()}`);
    }
  };
  const deadline = Number(headers['lambda-runtime-deadline-ms']);
  return {
    clientContext: json(headers['lambda-runtime-client-context'], 'ClientContext'),
    identity: json(headers['lambda-runtime-cognito-identity'], 'CognitoIdentity'),
    invokedFunctionArn: headers['lambda-runtime-invoked-function-arn'],
    awsRequestId: headers['lambda-runtime-aws-request-id'],
    tenantId: headers['lambda-runtime-aws-tenant-id'],
    getRemainingTimeInMillis() {
      return deadline - Date.now();
    },
  };
}

function nextInvocation() {
  exchange('GET', '/invocation/next', undefined, undefined, (err, res, body) => {
    if (err) fatal(`Runtime API GET /invocation/next failed: ${err.message}`);
    if (res.statusCode !== 200) {
      if (res.statusCode === 410) process.exit(0); // the environment is being shut down
      fatal(`Runtime API answered ${res.statusCode} to /invocation/next: ${body.toString().slice(0, 200)}`);
    }
    invoke(res.headers, body);
  });
}

function invoke(headers, body) {
  const id = headers['lambda-runtime-aws-request-id'];
  currentRequestId = id;
  const trace = headers['lambda-runtime-trace-id'];
  if (trace) process.env._X_AMZN_TRACE_ID = trace;
  else delete process.env._X_AMZN_TRACE_ID;

  const inv = { id, done: false, async: handler.constructor && handler.constructor.name === 'AsyncFunction' };
  active = inv;
  const succeed = (result) => {
    if (inv.done) return;
    inv.done = true;
    let payload;
    try {
      payload = JSON.stringify(result === undefined ? null : result);
    } catch (_) {
      return report(runtimeError('Runtime.JSONStringifyError', 'Unable to stringify response body'));
    }
    post(`/invocation/${id}/response`, payload === undefined ? 'null' : payload, null, finished);
  };
  const fail = (err) => {
    if (inv.done) return;
    inv.done = true;
    report(err);
  };
  const report = (err) => {
    console.error('Invoke Error', formattedError(err));
    postError(`/invocation/${id}/error`, err, finished);
  };
  const finished = () => {
    if (active === inv) active = null;
    setImmediate(nextInvocation);
  };

  let context;
  let event;
  try {
    context = headerData(headers);
    Object.assign(context, ENV);
    event = JSON.parse(body.toString('utf8'));
  } catch (e) {
    return fail(e);
  }

  if (handler[STREAMING]) return invokeStreaming(event, context, succeed, fail, id);

  if (callbacksRemoved) {
    let result;
    try {
      result = handler(event, context);
    } catch (e) {
      return fail(e);
    }
    Promise.resolve(result).then(succeed, fail);
    return;
  }

  // Node.js 18-22: callback, context.done/succeed/fail, or a returned promise; first one wins.
  let waitForEmptyEventLoop = true;
  const callback = (err, result) => {
    if (err !== undefined && err !== null) fail(err);
    else succeed(result);
  };
  Object.assign(context, {
    get callbackWaitsForEmptyEventLoop() {
      return waitForEmptyEventLoop;
    },
    set callbackWaitsForEmptyEventLoop(value) {
      waitForEmptyEventLoop = value;
    },
    done: callback,
    succeed: (result) => callback(null, result),
    fail: (err) => callback(err === undefined || err === null ? 'handled' : err),
  });
  try {
    const result = handler(event, context, callback);
    if (result && typeof result.then === 'function') result.then(succeed, fail);
  } catch (e) {
    fail(e);
  }
}

function invokeStreaming(event, context, succeed, fail, id) {
  const stream = newResponseStream();
  let result;
  try {
    result = handler(event, stream, context);
  } catch (e) {
    return fail(e);
  }
  if (!result || typeof result.then !== 'function') return fail('Streaming does not support non-async handlers.');
  result.then(() => {
    const send = () => {
      if (active && active.id === id && !active.done) {
        active.done = true;
        const body = stream.body();
        const headers = `Content-Type: ${String(stream.contentType).replace(/[\r\n]/g, '')}\r\n`;
        flushOutput(() => exchange('POST', `/invocation/${id}/response`, body, headers, (err) => {
          if (err) fatal(`Runtime API POST failed: ${err.message}`);
          active = null;
          setImmediate(nextInvocation);
        }));
      }
    };
    if (stream.writableFinished) send();
    else if (stream.writableEnded) stream.once('finish', send);
    else fail('Response stream is not finished.');
  }, fail);
}

// An invocation still open when nothing is left to run: AWS answers null for a handler that
// neither returned a promise nor called back, and fails an async handler whose promise never settled.
process.on('beforeExit', () => {
  const inv = active;
  if (!inv || inv.done) return;
  inv.done = true;
  const finished = () => {
    active = null;
    setImmediate(nextInvocation);
  };
  if (inv.async || callbacksRemoved) {
    const err = runtimeError('Runtime.NodeJsExit', 'Runtime exited without providing a reason');
    console.error('Invoke Error', formattedError(err));
    postError(`/invocation/${inv.id}/error`, err, finished);
  } else {
    post(`/invocation/${inv.id}/response`, 'null', null, finished);
  }
});

function onFatal(label, error, code) {
  console.error(label, formattedError(error));
  const exit = () => process.exit(code);
  if (handler === undefined) postError('/init/error', error, exit);
  else if (active && !active.done) {
    active.done = true;
    postError(`/invocation/${active.id}/error`, error, exit);
  } else exit();
}

process.on('uncaughtException', (error) => onFatal('Uncaught Exception', error, 129));
process.on('unhandledRejection', (reason, promise) => {
  const error = runtimeError('Runtime.UnhandledPromiseRejection', String(reason));
  error.reason = reason;
  error.promise = promise;
  onFatal('Unhandled Promise Rejection', error, 128);
});

async function main() {
  patchConsole();
  newResponseStream = streamingGlobals();
  const taskRoot = process.env.LAMBDA_TASK_ROOT || process.cwd();
  try {
    handler = await loadHandler(taskRoot, process.env._HANDLER || '');
  } catch (e) {
    handler = undefined;
    onFatal('Uncaught Exception', e, 129);
    return;
  }
  nextInvocation();
}

main();
