"""A test function that attacks its neighbours, as the security review did; what it tries is the event's "action"."""
import os
import signal
import subprocess
import time
import urllib.error
import urllib.request


def handler(event, context):
    action = event["action"]
    if action == "victim":
        return {"runtimeApi": os.environ["AWS_LAMBDA_RUNTIME_API"], "pid": os.getpid()}
    if action == "snoop":
        return snoop(event)
    if action == "escape":
        # Children in sessions of their own, as a daemon makes them; "sleep <marker>" lets the test find them.
        for _ in range(event["children"]):
            subprocess.Popen(["sleep", event["marker"]], start_new_session=True,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(event.get("thenSleep", 0))
        return "escaped"
    if action == "children":
        # Each child touches its megabytes and holds them; the parent waits for both.
        pids = []
        for _ in range(2):
            pid = os.fork()
            if pid == 0:
                hog = b"\x01" * (event["mb"] << 20)
                time.sleep(event["hold"])
                os._exit(0 if hog else 1)
            pids.append(pid)
        return [os.waitpid(p, 0)[1] for p in pids]
    if action == "forks":
        # One copy of the memory, shared by every child: counted once, as AWS counts it.
        shared = b"\x02" * (event["mb"] << 20)
        pids = []
        for _ in range(event["children"]):
            pid = os.fork()
            if pid == 0:
                time.sleep(event["hold"])
                os._exit(0 if shared else 1)
            pids.append(pid)
        return [os.waitpid(p, 0)[1] for p in pids]
    return {"unknown": action}


def attempt(fn):
    """The exception's type name when the attack fails, "allowed: <result>" when it works."""
    try:
        return "allowed: " + str(fn())[:200]
    except Exception as e:  # noqa: BLE001 - every failure is an answer here
        return type(e).__name__


def snoop(event):
    mine = os.getpid()
    visible = sorted(int(p) for p in os.listdir("/proc") if p.isdigit())
    leaked = []
    for pid in visible:
        try:
            with open(f"/proc/{pid}/environ", "rb") as f:
                if event["secret"].encode() in f.read():
                    leaked.append(pid)
        except OSError:
            pass

    def steal():
        with urllib.request.urlopen(f"http://{event['runtimeApi']}/2018-06-01/runtime/invocation/next", timeout=5) as r:
            return r.status

    def runtime_api():
        try:
            return steal()
        except urllib.error.HTTPError as e:
            return e.code

    def write_task():
        with open("/var/task/planted.py", "w") as f:
            f.write("x")

    def write_tmp():
        with open("/tmp/mine", "w") as f:
            f.write("x")
        return "ok"

    return {
        "me": mine,
        "visible": visible,
        "leaked": leaked,
        "dataDir": attempt(lambda: os.listdir(event["dataDir"])),
        "shadow": attempt(lambda: open("/etc/shadow").read()),
        "signalServer": attempt(lambda: os.kill(event["serverPid"], signal.SIGTERM)),
        "runtimeApi": runtime_api(),
        "writeTask": attempt(write_task),
        "writeTmp": attempt(write_tmp),
        "uid": os.getuid(),
    }
