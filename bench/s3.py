"""Driver of bench/s3 (see its header): S3 object rates, one big object's throughput, and ListObjectsV2 over many keys.

Prints one JSON object. Requests are path style over plain HTTP with an Authorization header that names an access
key and carries no real signature: neither server checks signatures by default, and Moto refuses object requests
that carry no Authorization at all (403). Small-object bodies are built before the clock starts and sent over
keep-alive connections by PROCS client processes using http.client (boto3's client would cost more CPU than the
server); each phase records the client processes' own CPU seconds beside the server's, since a rate measured with a
busier client than server describes the client. The big object is streamed both ways and never held whole in memory
on this side either; the server's RSS is sampled through each transfer.
"""
import hashlib
import http.client
import json
import multiprocessing
import os
import resource
import socket
import statistics
import sys
import threading
import time
import urllib.parse
import xml.etree.ElementTree as ET

AUTH = "AWS4-HMAC-SHA256 Credential=bench/20261206/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=0"
HEADERS = {"Authorization": AUTH}
SMALL_OBJECTS = 20_000  # per phase at scale 1
WARM_UP = 2000  # objects PUT and read before the timed phases (at most as many as are timed)
LIST_KEYS = 100_000  # at scale 1
PAGE = 1000
MIB = 1 << 20


def report(path):
    r = json.load(open(path))
    print("### 1 KB objects")
    print()
    for name, runs in r.items():
        if not runs.get("keeps_alive", True):
            print(f"{name} closes the connection after every answer (Connection: close): its clients reconnect for each request.")
            print()
    print("| server | operation | objects | seconds | objects/s | server CPU s | client CPU s | busier | errors |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, runs in r.items():
        for p in runs.get("small", []):
            print(f"| {name} | {p['operation']} | {p['objects']} | {p['seconds']} | {p['rate']} | {p['server_cpu_s']} | {p['client_cpu_s']} | "
                  f"{p['busier']} | {p['errors']} |")
    print()
    print("### One big object, streamed")
    print()
    print("| server | direction | MiB | seconds | MiB/s | server RSS before MiB | server RSS max MiB | server CPU s | client CPU s | client peak RSS MiB | check |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for name, runs in r.items():
        for b in runs.get("big", []):
            print(f"| {name} | {b['direction']} | {b['mib']} | {b['seconds']} | {b['mib_per_s']} | {b['rss_before_mib']} | {b['rss_max_mib']} | "
                  f"{b['server_cpu_s']} | {b['client_cpu_s']} | {b['client_rss_max_mib']} | {b['check']} |")
    print()
    print("### ListObjectsV2")
    print()
    print("| server | keys | loading s | keys/s loaded | server CPU s (load) | client CPU s (load) | load errors |")
    print("|---|---|---|---|---|---|---|")
    for name, runs in r.items():
        if "load" in runs:
            ld = runs["load"]
            print(f"| {name} | {ld['objects']} | {ld['seconds']} | {ld['rate']} | {ld['server_cpu_s']} | {ld['client_cpu_s']} | {ld['errors']} |")
    print()
    print(f"ms from each request to the whole answer read, on one connection (kept alive where the server allows); a page holds up to {PAGE} keys:")
    print()
    print("| server | listing | calls | keys (or prefixes) per call | p50 ms | p99 ms | max ms | total s | check |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, runs in r.items():
        for q in runs.get("list", []):
            print(f"| {name} | {q['listing']} | {q['calls']} | {q['per_call']} | {q['p50_ms']} | {q['p99_ms']} | {q['max_ms']} | "
                  f"{q['total_s']} | {q['check']} |")


class Connection(http.client.HTTPConnection):
    """No Nagle: http.client writes headers and body apart, and a small body would otherwise wait for the delayed ACK (40 ms)."""

    def connect(self):
        super().connect()
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def connection(endpoint):
    u = urllib.parse.urlparse(endpoint)
    # A big block size: http.client reads a file-like body in blocks of this size.
    return Connection(u.hostname, u.port, timeout=600, blocksize=MIB)


def call(conn, method, path, body=None, headers=None):
    conn.request(method, path, body=body, headers={**HEADERS, **(headers or {})})
    r = conn.getresponse()
    return r.status, r.read(), r


def server_cpu(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mib(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def create_bucket(endpoint, name):
    status, data, _ = call(connection(endpoint), "PUT", f"/{name}")
    assert status == 200, (status, data[:300])


def error(label, status, data):
    print(f"[s3.py] {label} answered {status}: {data[:300]!r}", file=sys.stderr, flush=True)


# ---- many objects from PROCS processes

def worker(endpoint, operation, items, ready, go, queue):
    """items: (path, body) to PUT, or (path, expected size) to GET; waits for go after connecting."""
    conn = connection(endpoint)
    try:
        conn.connect()
    except OSError:
        pass  # each request then fails and is counted
    ready.put(None)
    go.wait()
    errors = 0
    t0 = time.process_time()
    for path, x in items:
        try:
            if operation == "PUT":
                status, data, _ = call(conn, "PUT", path, x, {"Content-Type": "application/octet-stream"})
                ok = status == 200
            else:
                status, data, _ = call(conn, "GET", path)
                ok = status == 200 and len(data) == x
        except (OSError, http.client.HTTPException) as e:
            # Counted, and the next request opens a new connection; a process that died would leave the phase waiting.
            conn.close()
            status, data, ok = type(e).__name__, str(e).encode(), False
        if not ok:
            errors += 1
            if errors == 1:
                error(f"{operation} {path}", status, data)
    queue.put((errors, time.process_time() - t0))


def parallel(endpoint, pid, operation, items, procs):
    """Runs items split over procs processes, the clock and the server's CPU taken once every process is connected."""
    ready, queue, go = multiprocessing.Queue(), multiprocessing.Queue(), multiprocessing.Event()
    ps = [multiprocessing.Process(target=worker, args=(endpoint, operation, items[k::procs], ready, go, queue)) for k in range(procs)]
    for p in ps:
        p.start()
    for _ in ps:
        ready.get()
    cpu0 = server_cpu(pid)
    t0 = time.perf_counter()
    go.set()
    results = [queue.get() for _ in ps]
    seconds = time.perf_counter() - t0
    server = server_cpu(pid) - cpu0
    for p in ps:
        p.join()
    client = sum(r[1] for r in results)
    return {"objects": len(items), "seconds": round(seconds, 2), "rate": round(len(items) / seconds), "server_cpu_s": round(server, 1),
            "client_cpu_s": round(client, 1), "busier": "client" if client > server else "server", "errors": sum(r[0] for r in results)}


def small_objects(endpoint, pid, count, procs):
    create_bucket(endpoint, "bench-small")
    # Untimed, on other keys: a fresh JVM's first requests run interpreted, which a long run would not see.
    warm = [(f"/bench-small/warm/{i:05d}", os.urandom(1024)) for i in range(min(WARM_UP, count))]
    parallel(endpoint, pid, "PUT", warm, procs)
    parallel(endpoint, pid, "GET", [(path, 1024) for path, _ in warm], procs)
    puts = [(f"/bench-small/obj/{i:07d}", os.urandom(1024)) for i in range(count)]
    out = [dict(operation="PUT 1 KB", **parallel(endpoint, pid, "PUT", puts, procs))]
    gets = [(path, 1024) for path, _ in puts]
    out.append(dict(operation="GET 1 KB", **parallel(endpoint, pid, "GET", gets, procs)))
    return out


# ---- one big object

class Pattern:
    """size bytes read as repeats of block, without building them: the PUT body."""

    def __init__(self, size, block):
        self.left, self.block = size, memoryview(block)

    def read(self, n=-1):
        n = min(len(self.block) if n is None or n < 0 else n, len(self.block), self.left)
        self.left -= n
        return self.block[:n]


def pattern_md5(size, block):
    h = hashlib.md5()
    whole, rest = divmod(size, len(block))
    for _ in range(whole):
        h.update(block)
    h.update(block[:rest])
    return h.hexdigest()


class RssSampler(threading.Thread):
    """The server's largest RSS while a transfer runs, sampled every 20 ms."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.max, self.done = pid, rss_mib(pid), threading.Event()

    def run(self):
        while not self.done.wait(0.02):
            self.max = max(self.max, rss_mib(self.pid))

    def stop(self):
        self.done.set()
        self.join()
        return round(max(self.max, rss_mib(self.pid)))


def transfer(pid, direction, mib, send):
    """Times send() (which returns a check) with the server's RSS sampled and both sides' CPU measured."""
    rss_before = round(rss_mib(pid))
    sampler = RssSampler(pid)
    sampler.start()
    cpu0, t0, client0 = server_cpu(pid), time.perf_counter(), time.thread_time()
    check = send()
    seconds = time.perf_counter() - t0
    client = time.thread_time() - client0
    server = server_cpu(pid) - cpu0
    return {"direction": direction, "mib": mib, "seconds": round(seconds, 2), "mib_per_s": round(mib / seconds, 1), "rss_before_mib": rss_before,
            "rss_max_mib": sampler.stop(), "server_cpu_s": round(server, 1), "client_cpu_s": round(client, 1),
            # This process's peak RSS so far: far below the object's size, it shows the transfer did not hold the object here.
            "client_rss_max_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024), "check": check}


def big_object(endpoint, pid, mib):
    create_bucket(endpoint, "bench-big")
    size = mib * MIB
    block = os.urandom(MIB)
    md5 = pattern_md5(size, block)
    path = "/bench-big/big.bin"
    conn = connection(endpoint)

    def put():
        status, data, r = call(conn, "PUT", path, Pattern(size, block), {"Content-Length": str(size), "Content-Type": "application/octet-stream"})
        if status != 200:
            error("PUT big", status, data)
            return f"HTTP {status}"
        return "ETag is the MD5" if r.getheader("ETag", "").strip('"') == md5 else f"ETag {r.getheader('ETag')} is not the MD5 {md5}"

    def get():
        conn.request("GET", path, headers=HEADERS)
        r = conn.getresponse()
        if r.status != 200:
            error("GET big", r.status, r.read())
            return f"HTTP {r.status}"
        buf, n = bytearray(MIB), 0
        while k := r.readinto(buf):
            n += k
        return "size as sent" if n == size else f"{n} bytes, not {size}"

    return [transfer(pid, "PUT", mib, put), transfer(pid, "GET", mib, get)]


# ---- ListObjectsV2

def list_key(i):
    """100 keys a folder, 10 folders a top folder: d0000/s0/k0000000."""
    return f"d{i // 1000:04d}/s{i // 100 % 10}/k{i:07d}"


def timed_list(conn, params):
    path = "/bench-list?" + urllib.parse.urlencode(params, quote_via=urllib.parse.quote)
    t0 = time.perf_counter()
    status, data, _ = call(conn, "GET", path)
    ms = (time.perf_counter() - t0) * 1000
    if status != 200:
        error(f"GET {path}", status, data)
        raise RuntimeError(f"ListObjectsV2 answered HTTP {status}")
    return ms, ET.fromstring(data)


def child(root, name):
    """A child element by local name (Moto's answer has S3's namespace, Stratus's has none)."""
    return [e for e in root if e.tag.rsplit("}", 1)[-1] == name]


def text(root, name):
    found = child(root, name)
    return found[0].text if found else None


def summary(listing, times, per_call, check):
    times = sorted(times)
    return {"listing": listing, "calls": len(times), "per_call": per_call, "p50_ms": round(statistics.median(times), 1),
            "p99_ms": round(times[max(0, -(-len(times) * 99 // 100) - 1)], 1), "max_ms": round(times[-1], 1), "total_s": round(sum(times) / 1000, 2),
            "check": check}


def full_listing(conn, count, round_):
    times, keys, token, last = [], 0, None, ""
    ordered = True
    while True:
        params = {"list-type": "2", "max-keys": str(PAGE)}
        if token:
            params["continuation-token"] = token
        ms, root = timed_list(conn, params)
        times.append(ms)
        page = [text(c, "Key") for c in child(root, "Contents")]
        ordered = ordered and page == sorted(page) and (not page or page[0] > last)
        last = page[-1] if page else last
        keys += len(page)
        if text(root, "IsTruncated") != "true":
            break
        token = text(root, "NextContinuationToken")
    check = "all keys, in order" if keys == count and ordered else f"{keys} keys of {count}{'' if ordered else ', out of order'}"
    return summary(f"all keys, {PAGE} a page, {round_}", times, PAGE, check)


def repeated(conn, listing, params, calls, expect_prefixes):
    times, seen = [], None
    for _ in range(calls):
        ms, root = timed_list(conn, params)
        times.append(ms)
        seen = len(child(root, "CommonPrefixes")) + len(child(root, "Contents"))
    return summary(listing, times, expect_prefixes, "as expected" if seen == expect_prefixes else f"{seen} entries")


def listing(endpoint, pid, count, procs, calls):
    create_bucket(endpoint, "bench-list")
    loaded = parallel(endpoint, pid, "PUT", [(f"/bench-list/{list_key(i)}", b"") for i in range(count)], procs)
    conn = connection(endpoint)
    # The first round also pays for what a fresh server has not yet run (the JIT, the statement cache).
    out = [full_listing(conn, count, "first round"), full_listing(conn, count, "second round")]
    tops = -(-count // 1000)
    middle = f"d{tops // 2:04d}/"
    subs = len({list_key(i)[:8] for i in range(count) if list_key(i).startswith(middle)})
    out.append(repeated(conn, f"prefix {middle}, delimiter /", {"list-type": "2", "prefix": middle, "delimiter": "/"}, calls, subs))
    out.append(repeated(conn, "delimiter / over the whole bucket", {"list-type": "2", "delimiter": "/"}, calls, min(tops, PAGE)))
    return loaded, out


def keeps_alive(endpoint):
    conn = connection(endpoint)
    _, _, r = call(conn, "GET", "/bench-small?list-type=2&max-keys=1")
    return not r.will_close


def run(endpoint, pid, scale, big_mib, procs, calls):
    out = {"small": small_objects(endpoint, pid, max(procs, int(SMALL_OBJECTS * scale)), procs)}
    out["keeps_alive"] = keeps_alive(endpoint)
    out["big"] = big_object(endpoint, pid, big_mib)
    out["load"], out["list"] = listing(endpoint, pid, max(PAGE + 1, int(LIST_KEYS * scale)), procs, calls)
    return out


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--report":
        report(sys.argv[2])
        sys.exit(0)
    env = os.environ
    procs, calls, scale = int(env.get("PROCS", "4")), int(env.get("QUERIES", "20")), float(env.get("SCALE", "1"))
    result = {"stratus": run(env["ENDPOINT"], int(env["SERVER_PID"]), scale, int(env.get("BIG_MB", "1024")), procs, calls)}
    if env.get("MOTO_ENDPOINT"):
        result["moto"] = run(env["MOTO_ENDPOINT"], int(env["MOTO_PID"]), float(env.get("MOTO_SCALE", scale)), int(env.get("MOTO_BIG_MB", env.get("BIG_MB", "1024"))), procs, calls)
    print(json.dumps(result))
