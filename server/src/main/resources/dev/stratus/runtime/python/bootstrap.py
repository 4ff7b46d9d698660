"""Stratus's runtime client for Python Lambda functions.

Speaks the Lambda Runtime API at $AWS_LAMBDA_RUNTIME_API over one kept-alive connection, loads the
handler named by $_HANDLER from $LAMBDA_TASK_ROOT, and reports results, errors and logs in the
shapes AWS's managed Python runtime uses. Standard library only (Python 3.9+); started with -u so
what the function prints reaches the output file at once.

Multi-line log records (a logging call whose message spans lines, an error report) are written as
one line whose inner line breaks are carriage returns, as AWS's runtime does when it writes to
stdout: a reader that splits on newlines then sees one record as one line.
"""

import decimal
import importlib
import json
import logging
import os
import socket
import sys
import time
import traceback

_THIS_FILE = os.path.abspath(__file__)
_API_PREFIX = b"/2018-06-01/runtime"
_JSON = b"Content-Type: application/json\r\n"
_INDENT = "\u00a0"  # AWS indents traceback lines in the log with no-break spaces

_request_id = None  # the invocation under way, for log records


class _RuntimeApi:
    """One persistent HTTP/1.1 connection to the Runtime API.

    A small client of its own rather than http.client, whose header parsing (the email package)
    costs more than the rest of an invocation; the peer is Stratus's Runtime API server.
    """

    def __init__(self, address):
        host, _, port = address.rpartition(":")
        self._address = (host.strip("[]") or "127.0.0.1", int(port))
        self._host = address.encode("ascii")
        self._sock = None
        self._in = None

    def _connect(self):
        sock = socket.create_connection(self._address)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._sock = sock
        self._in = sock.makefile("rb")

    def _close(self):
        for closeable in (self._in, self._sock):
            try:
                if closeable is not None:
                    closeable.close()
            except OSError:
                pass
        self._sock = self._in = None

    def exchange(self, method, path, body=b"", headers=b""):
        """Sends one request; returns (status, headers with lower-case names, body)."""
        head = b"%s %s HTTP/1.1\r\nHost: %s\r\n%sContent-Length: %d\r\n\r\n" % (
            method, path, self._host, headers, len(body))
        for attempt in (1, 2):
            if self._sock is None:
                self._connect()
            try:
                if len(body) <= 65536:
                    self._sock.sendall(head + body)
                else:
                    self._sock.sendall(head)
                    self._sock.sendall(body)
                return self._read()
            except (OSError, ValueError, EOFError):
                self._close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _read(self):
        readline = self._in.readline
        status_line = readline(65537)
        if not status_line:
            raise EOFError("the Runtime API closed the connection")
        status = int(status_line.split(None, 2)[1])
        headers = {}
        while True:
            line = readline(65537)
            if line in (b"\r\n", b"\n"):
                break
            if not line:
                raise EOFError("the Runtime API closed the connection")
            name, _, value = line.partition(b":")
            headers[name.strip().lower().decode("latin-1")] = value.strip().decode("utf-8", "replace")
        if headers.get("transfer-encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int(readline(65537).split(b";", 1)[0], 16)
                if size == 0:
                    while readline(65537) not in (b"\r\n", b"\n", b""):
                        pass
                    break
                chunks.append(self._in.read(size))
                readline(65537)
            body = b"".join(chunks)
        else:
            length = int(headers.get("content-length", "0"))
            body = self._in.read(length) if length else b""
            if len(body) < length:
                raise EOFError("the Runtime API closed the connection")
        if headers.get("connection", "").lower() == "close":
            self._close()
        return status, headers, body

    def next(self):
        return self.exchange(b"GET", _API_PREFIX + b"/invocation/next")

    def respond(self, request_id, body, content_type):
        headers = _JSON if content_type == "application/json" else b"Content-Type: " + content_type.encode() + b"\r\n"
        self.exchange(b"POST", _API_PREFIX + b"/invocation/" + request_id.encode() + b"/response", body, headers)

    def fail(self, request_id, error):
        self._post_error(_API_PREFIX + b"/invocation/" + request_id.encode() + b"/error", error)

    def init_error(self, error):
        self._post_error(_API_PREFIX + b"/init/error", error)

    def _post_error(self, path, error):
        error_type = error["errorType"].encode("ascii", "replace").replace(b"\r", b"").replace(b"\n", b"")
        headers = _JSON + b"Lambda-Runtime-Function-Error-Type: " + error_type + b"\r\n"
        self.exchange(b"POST", path, _to_json(error).encode("utf-8"), headers)


class _Fault(Exception):
    """A failure the runtime names itself (Runtime.*), as opposed to one the function raised."""

    def __init__(self, error_type, message, trace=None):
        super().__init__(message)
        self.error_type = error_type
        self.message = message
        self.trace = trace


# ---------------------------------------------------------------- JSON, as the managed runtime writes it


class _Encoder(json.JSONEncoder):
    """Decimals (what boto3 gives for DynamoDB numbers) are written as numbers."""

    def default(self, o):
        if isinstance(o, decimal.Decimal):
            if o.is_nan() or o.is_infinite():
                return float(o)
            if o == o.to_integral_value() and o.as_tuple().exponent >= 0:
                return int(o)
            return float(o)
        return super().default(o)


# AWS's python3.12 runtime writes non-ASCII characters as they are; its other Python runtimes escape them.
_encode = _Encoder(ensure_ascii=os.environ.get("AWS_EXECUTION_ENV") != "AWS_Lambda_python3.12").encode
_to_json = _Encoder().encode


def _marshal(result):
    if isinstance(result, bytes):
        return result, "application/unknown"
    try:
        return _encode(result).encode("utf-8"), "application/json"
    except Exception as e:
        raise _Fault("Runtime.MarshalError", "Unable to marshal response: {}".format(e)) from None


# ---------------------------------------------------------------- errors


def _error(message, error_type, trace, request_id=""):
    return {
        "errorMessage": message or "",
        "errorType": error_type or "",
        "requestId": request_id or "",
        "stackTrace": trace or [],
    }


def _user_trace(tb):
    """The traceback from the first frame that is not this file's, formatted as AWS does."""
    frames = traceback.extract_tb(tb)
    for i, frame in enumerate(frames):
        if frame.filename != _THIS_FILE:
            return traceback.format_list(frames[i:])
    return traceback.format_list(frames)


def _error_of(exc, request_id=""):
    if isinstance(exc, _Fault):
        return _error(exc.message, exc.error_type, exc.trace, request_id)
    return _error(str(exc), type(exc).__name__, _user_trace(exc.__traceback__), request_id)


def _log_error(error):
    head = "[ERROR]"
    if error["errorType"]:
        head += " " + error["errorType"]
    if error["errorMessage"]:
        head += (":" if error["errorType"] else "") + " " + error["errorMessage"]
    lines = [head, "Traceback (most recent call last):"]
    for element in error["stackTrace"]:
        for line in element.splitlines() or [""]:
            stripped = line.lstrip(" ")
            lines.append(_INDENT * (len(line) - len(stripped)) + stripped)
    _write("\r".join(lines) + "\n")


def _write(text):
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except Exception:
        pass


def _flush():
    """Everything the function printed is in the output file before the result is posted."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass


# ---------------------------------------------------------------- logging


class _RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.aws_request_id = _request_id or ""
        return True


class _LambdaLogHandler(logging.Handler):
    def emit(self, record):
        try:
            text = self.format(record)
            # One record, one line: inner line breaks become carriage returns.
            if "\n" in text[:-1]:
                text = text[:-1].replace("\n", "\r") + "\n"
            sys.stdout.write(text)
        except Exception:
            self.handleError(record)


def _setup_logging():
    logging.Formatter.converter = time.gmtime
    handler = _LambdaLogHandler()
    handler.setFormatter(logging.Formatter(
        "[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s\n", "%Y-%m-%dT%H:%M:%S"))
    handler.addFilter(_RequestIdFilter())
    root = logging.getLogger()
    # In text format AWS leaves the root logger at Python's default (WARNING) unless a level is configured.
    level = (os.environ.get("AWS_LAMBDA_LOG_LEVEL") or "").upper()
    level = {"TRACE": "DEBUG", "WARN": "WARNING", "FATAL": "CRITICAL"}.get(level, level)
    if level in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
        root.setLevel(level)
    root.addHandler(handler)


# ---------------------------------------------------------------- the context object


class CognitoIdentity(object):
    __slots__ = ("cognito_identity_id", "cognito_identity_pool_id")

    def __init__(self, fields):
        self.cognito_identity_id = fields.get("cognitoIdentityId")
        self.cognito_identity_pool_id = fields.get("cognitoIdentityPoolId")

    def __repr__(self):
        return "CognitoIdentity([cognito_identity_id={},cognito_identity_pool_id={}])".format(
            self.cognito_identity_id, self.cognito_identity_pool_id)


class Client(object):
    __slots__ = ("installation_id", "app_title", "app_version_name", "app_version_code", "app_package_name")

    def __init__(self, fields):
        for name in Client.__slots__:
            setattr(self, name, fields.get(name))

    def __repr__(self):
        return "Client([" + ",".join("{}={}".format(n, getattr(self, n)) for n in Client.__slots__) + "])"


class ClientContext(object):
    __slots__ = ("custom", "env", "client")

    def __init__(self, fields):
        self.custom = fields.get("custom")
        self.env = fields.get("env")
        client = fields.get("client")
        self.client = Client(client) if isinstance(client, dict) else None

    def __repr__(self):
        return "ClientContext([custom={},env={},client={}])".format(self.custom, self.env, self.client)


class LambdaContext(object):
    def __init__(self, request_id, deadline_ms, function_arn, client_context, identity, tenant_id):
        self.aws_request_id = request_id
        self.log_group_name = _ENV_LOG_GROUP
        self.log_stream_name = _ENV_LOG_STREAM
        self.function_name = _ENV_FUNCTION_NAME
        # A string, as AWS's runtime gives it (straight from AWS_LAMBDA_FUNCTION_MEMORY_SIZE).
        self.memory_limit_in_mb = _ENV_MEMORY
        self.function_version = _ENV_FUNCTION_VERSION
        self.invoked_function_arn = function_arn
        self.tenant_id = tenant_id
        self.client_context = ClientContext(client_context) if isinstance(client_context, dict) else None
        self.identity = CognitoIdentity(identity if isinstance(identity, dict) else {})
        self._deadline_ms = deadline_ms

    def get_remaining_time_in_millis(self):
        remaining = self._deadline_ms - int(time.time() * 1000)
        return remaining if remaining > 0 else 0

    def log(self, msg):
        sys.stdout.write(str(msg))

    def __repr__(self):
        return ("LambdaContext([aws_request_id={},log_group_name={},log_stream_name={},function_name={},"
                "memory_limit_in_mb={},function_version={},invoked_function_arn={},client_context={},"
                "identity={},tenant_id={}])").format(
            self.aws_request_id, self.log_group_name, self.log_stream_name, self.function_name,
            self.memory_limit_in_mb, self.function_version, self.invoked_function_arn, self.client_context,
            self.identity, self.tenant_id)


_ENV_LOG_GROUP = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
_ENV_LOG_STREAM = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
_ENV_FUNCTION_NAME = os.environ.get("AWS_LAMBDA_FUNCTION_NAME")
_ENV_MEMORY = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
_ENV_FUNCTION_VERSION = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION")


def _json_header(value, name):
    if not value:
        return None
    try:
        return json.loads(value)
    except Exception as e:
        raise _Fault("Runtime.LambdaContextUnmarshalError", "Unable to parse {} JSON: {}".format(name, e)) from None


# ---------------------------------------------------------------- loading the handler


def _load_handler(handler):
    try:
        module_name, function_name = handler.rsplit(".", 1)
    except ValueError as e:
        raise _Fault("Runtime.MalformedHandlerName", "Bad handler '{}': {}".format(handler, e)) from None
    if module_name.split(".")[0] in sys.builtin_module_names:
        raise _Fault("Runtime.BuiltInModuleConflict",
                     "Cannot use built-in module {} as a handler module".format(module_name))
    try:
        module = importlib.import_module(module_name.replace("/", "."))
    except ImportError as e:
        raise _Fault("Runtime.ImportModuleError", "Unable to import module '{}': {}".format(module_name, e)) from None
    except SyntaxError as e:
        trace = ['  File "%s" Line %s\n    %s' % (e.filename, e.lineno, e.text)]
        raise _Fault("Runtime.UserCodeSyntaxError",
                     "Syntax error in module '{}': {}".format(module_name, e), trace) from None
    try:
        return getattr(module, function_name)
    except AttributeError:
        raise _Fault("Runtime.HandlerNotFound",
                     "Handler '{}' missing on module '{}'".format(function_name, module_name)) from None


def _prepare_path():
    """The task root first on sys.path, and not this file's folder (python puts it at sys.path[0]).

    Folders named on the command line go last, after the interpreter's own site-packages, where AWS
    keeps the boto3 of its runtime (/var/runtime): Stratus names one when the interpreter has no boto3.
    """
    here = os.path.dirname(_THIS_FILE)
    if sys.path and os.path.abspath(sys.path[0] or ".") == here:
        del sys.path[0]
    task_root = os.environ.get("LAMBDA_TASK_ROOT") or os.getcwd()
    if task_root in sys.path:
        sys.path.remove(task_root)
    sys.path.insert(0, task_root)
    sys.path.extend(p for p in sys.argv[1:] if p not in sys.path)


# ---------------------------------------------------------------- the loop


def _invoke(api, handler, headers, body):
    global _request_id
    header = headers.get
    request_id = header("lambda-runtime-aws-request-id")
    _request_id = request_id
    trace_id = header("lambda-runtime-trace-id")
    if trace_id:
        os.environ["_X_AMZN_TRACE_ID"] = trace_id
    elif "_X_AMZN_TRACE_ID" in os.environ:
        del os.environ["_X_AMZN_TRACE_ID"]
    try:
        context = LambdaContext(
            request_id,
            int(header("lambda-runtime-deadline-ms") or 0),
            header("lambda-runtime-invoked-function-arn"),
            _json_header(header("lambda-runtime-client-context"), "Client Context"),
            _json_header(header("lambda-runtime-cognito-identity"), "Cognito Identity"),
            header("lambda-runtime-aws-tenant-id"),
        )
        try:
            event = json.loads(body)
        except Exception as e:
            raise _Fault("Runtime.UnmarshalError", "Unable to unmarshal input: {}".format(e)) from None
        payload, content_type = _marshal(handler(event, context))
    except Exception as e:
        error = _error_of(e, request_id)
        _log_error(error)
        _flush()
        api.fail(request_id, error)
        return
    _flush()
    api.respond(request_id, payload, content_type)


def main():
    api = _RuntimeApi(os.environ["AWS_LAMBDA_RUNTIME_API"])
    _setup_logging()
    _prepare_path()
    try:
        handler = _load_handler(os.environ.get("_HANDLER", ""))
    except Exception as e:
        error = _error_of(e)
        logging.warning(
            "LAMBDA_WARNING: Unhandled exception. The most likely cause is an issue in the function code. However, "
            "in rare cases, a Lambda runtime update can cause unexpected function behavior. For functions using "
            "managed runtimes, runtime updates can be triggered by a function change, or can be applied "
            "automatically. To determine if the runtime has been updated, check the runtime version in the "
            "INIT_START log entry. If this error correlates with a change in the runtime version, you may be able "
            "to mitigate this error by temporarily rolling back to the previous runtime version. For more "
            "information, see https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html")
        _log_error(error)
        _flush()
        try:
            api.init_error(error)
        finally:
            sys.exit(1)

    while True:
        status, headers, body = api.next()
        if status != 200:
            if status == 410:  # the environment is being shut down
                sys.exit(0)
            sys.stderr.write("Runtime API answered {} to /invocation/next: {!r}\n".format(status, body[:200]))
            sys.exit(1)
        _invoke(api, handler, headers, body)


if __name__ == "__main__":
    main()
