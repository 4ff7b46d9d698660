"""Driver of bench/cloudwatch (see its header): PutMetricData throughput and GetMetricData latency against ENDPOINT.

Prints one JSON object. Bodies are JSON 1.0 built before the clock starts and posted unsigned over keep-alive
connections by PROCS client processes, so that the client is not what limits the rate; client and server CPU
seconds are recorded beside the rate. GetMetricData is timed to the whole answer over plain HTTP.
"""
import http.client
import json
import multiprocessing
import os
import socket
import statistics
import sys
import time
import urllib.parse

TARGET = "GraniteServiceVersion20100801."


def report(path):
    r = json.load(open(path))
    print("| server | body | requests | datapoints | seconds | datapoints/s | server CPU s | client CPU s | errors |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, runs in r.items():
        for p in runs.get("put", []):
            print(f"| {name} | {p['shape']} | {p['requests']} | {p['datapoints']} | {p['seconds']} | {p['rate']} | "
                  f"{p['server_cpu_s']} | {p['client_cpu_s']} | {p['errors']} |")
    print()
    print("GetMetricData, ms to the whole answer over plain HTTP (goal for a day of one-minute data: < 20 ms):")
    print()
    print("| server | query | datapoints answered | p50 ms | p95 ms | min ms |")
    print("|---|---|---|---|---|---|")
    for name, runs in r.items():
        for q in runs.get("get", []):
            print(f"| {name} | {q['query']} | {q['points']} | {q['p50_ms']} | {q['p95_ms']} | {q['min_ms']} |")
    print()
    print("Alarm evaluation lateness: seconds from the end of the period holding each alarm's breaching datum to its")
    print("StateUpdatedTimestamp (p50, max), and to when DescribeAlarms first showed them all in ALARM (seen):")
    print()
    print("| server | alarms | in ALARM | p50 s | max s | seen s |")
    print("|---|---|---|---|---|---|")
    for name, runs in r.items():
        for a in runs.get("lateness", []):
            print(f"| {name} | {a['alarms']} | {a['in_alarm']} | {a['p50_s']} | {a['max_s']} | {a['seen_s']} |")


class Connection(http.client.HTTPConnection):
    """No Nagle: http.client writes headers and body apart, and a small body would otherwise wait for the delayed ACK (40 ms)."""

    def connect(self):
        super().connect()
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def connection(endpoint):
    u = urllib.parse.urlparse(endpoint)
    return Connection(u.hostname, u.port, timeout=300)


def post(conn, operation, body):
    conn.request("POST", "/", body=body, headers={"Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": TARGET + operation,
                                                 "Authorization": "AWS4-HMAC-SHA256 Credential=test/20261206/us-east-1/monitoring/aws4_request, SignedHeaders=host, Signature=0"})
    r = conn.getresponse()
    data = r.read()
    return r.status, data


def bodies(namespace, count, per_request, values_per_datum, start_s, step_s, metrics):
    """count bodies of per_request data each; datum i of the run is at start_s + i*step_s (seconds) on metric i % metrics."""
    out, i = [], 0
    for _ in range(count):
        data = []
        for _ in range(per_request):
            d = {"MetricName": "Load", "Dimensions": [{"Name": "Host", "Value": f"h{i % metrics}"}], "Timestamp": start_s + (i // metrics) * step_s}
            if values_per_datum == 1:
                d["Value"] = float(i % 97)
            else:
                d["Values"] = [float(v) for v in range(values_per_datum)]
                d["Counts"] = [1.0] * values_per_datum
            if step_s < 60:
                d["StorageResolution"] = 1
            data.append(d)
            i += 1
        out.append(json.dumps({"Namespace": namespace, "MetricData": data}).encode())
    return out


def worker(endpoint, chunk, queue):
    conn = connection(endpoint)
    errors = 0
    t0 = time.process_time()
    for body in chunk:
        status, data = post(conn, "PutMetricData", body)
        if status != 200:
            errors += 1
            if errors == 1:
                print("[cloudwatch.py] error", status, data[:300], file=sys.stderr, flush=True)
    queue.put((errors, time.process_time() - t0))


def server_cpu(pid):
    if not pid:
        return 0.0
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def put_run(endpoint, pid, shape, all_bodies, datapoints, procs):
    chunks = [all_bodies[k::procs] for k in range(procs)]
    queue = multiprocessing.Queue()
    cpu0 = server_cpu(pid)
    t0 = time.perf_counter()
    ps = [multiprocessing.Process(target=worker, args=(endpoint, c, queue)) for c in chunks]
    for p in ps:
        p.start()
    results = [queue.get() for _ in ps]
    for p in ps:
        p.join()
    seconds = time.perf_counter() - t0
    return {"shape": shape, "requests": len(all_bodies), "datapoints": datapoints, "seconds": round(seconds, 2),
            "rate": round(datapoints / seconds), "server_cpu_s": round(server_cpu(pid) - cpu0, 1),
            "client_cpu_s": round(sum(r[1] for r in results), 1), "errors": sum(r[0] for r in results)}


def timed(endpoint, body, calls):
    """Calls on one kept-alive connection, as SDKs make them, after a warm-up (the JIT, the statement cache)."""
    conn = connection(endpoint)
    for _ in range(max(3, calls // 5)):
        post(conn, "GetMetricData", body)
    times, points = [], 0
    for _ in range(calls):
        t0 = time.perf_counter()
        status, data = post(conn, "GetMetricData", body)
        times.append((time.perf_counter() - t0) * 1000)
        if status != 200:
            print(f"[cloudwatch.py] GetMetricData answered {status}: {data[:200]}", file=sys.stderr, flush=True)
            return {"points": f"HTTP {status}", "p50_ms": "–", "p95_ms": "–", "min_ms": "–"}
        points = sum(len(r["Values"]) for r in json.loads(data)["MetricDataResults"])
    times.sort()
    return {"points": points, "p50_ms": round(statistics.median(times), 1), "p95_ms": round(times[int(len(times) * 0.95) - 1], 1),
            "min_ms": round(times[0], 1)}


def query(namespace, host, period, start_s, end_s, stat="Average"):
    return json.dumps({"StartTime": start_s, "EndTime": end_s, "ScanBy": "TimestampAscending", "MetricDataQueries": [
        {"Id": "m", "MetricStat": {"Metric": {"Namespace": namespace, "MetricName": "Load", "Dimensions": [{"Name": "Host", "Value": host}]},
                                   "Period": period, "Stat": stat}}]}).encode()


def run(endpoint, pid, scale, week):
    procs = int(os.environ.get("PROCS", "4"))
    calls = int(os.environ.get("QUERIES", "50"))
    now = int(time.time()) // 60 * 60
    out = {"put": [], "get": []}
    n = int(200 * scale)
    # Throughput: 1,000 data a request, over 200 metrics, one minute apart per metric, from ten days back.
    out["put"].append(put_run(endpoint, pid, "1,000 × Value", bodies("Bench/Put", n, 1000, 1, now - 10 * 86400, 60, 200), n * 1000, procs))
    m = max(1, int(20 * scale))
    out["put"].append(put_run(endpoint, pid, "100 × 150 Values", bodies("Bench/Values", m, 100, 150, now - 10 * 86400, 60, 100),
                              m * 100 * 150, procs))
    # A day of one-minute data on one metric, then GetMetricData over it.
    day = bodies("Bench/Day", 2, 720, 1, now - 86400, 60, 1)
    conn = connection(endpoint)
    for b in day:
        status, data = post(conn, "PutMetricData", b)
        assert status == 200, data
    out["get"].append(dict(query="a day of 1-minute data, Period 60", **timed(endpoint, query("Bench/Day", "h0", 60, now - 86400, now), calls)))
    out["get"].append(dict(query="a day of 1-minute data, p99, Period 60",
                           **timed(endpoint, query("Bench/Day", "h0", 60, now - 86400, now, "p99"), calls)))
    if week:
        # A week of one-second data on one metric: 604,800 data, read back at one minute and one hour.
        week_bodies = bodies("Bench/Week", 605, 1000, 1, now - 7 * 86400, 1, 1)
        out["put"].append(put_run(endpoint, pid, "1,000 × Value, 1-second data", week_bodies, 605 * 1000, procs))
        for when in ("as posted", "after the minute timer's roll-up"):
            if when != "as posted":
                # The next minute's end rolls the seconds older than three hours into minutes; give it that minute and a margin.
                time.sleep(75)
            for period in (3600, 60):
                out["get"].append(dict(query=f"a week of 1-second data, Period {period}, {when}",
                                       **timed(endpoint, query("Bench/Week", "h0", period, now - 7 * 86400, now), max(5, calls // 10))))
    return out


def alarms_named(conn, prefix):
    found, token = [], None
    while True:
        body = {"AlarmNamePrefix": prefix, "MaxRecords": 100}
        if token:
            body["NextToken"] = token
        status, data = post(conn, "DescribeAlarms", json.dumps(body).encode())
        assert status == 200, data
        page = json.loads(data)
        found += page.get("MetricAlarms", [])
        token = page.get("NextToken")
        if not token:
            return found


def lateness(endpoint, count):
    """Alarm evaluation lateness: count alarms of Period 60 and count // 5 of Period 10 (high resolution), each on a
    metric of its own, all INSUFFICIENT_DATA; then one breaching datum each, now. Each alarm should reach ALARM at the
    end of the period that holds its datum: its lateness is StateUpdatedTimestamp minus that end, as the server saw
    it, and 'seen' is when DescribeAlarms first showed every alarm in ALARM."""
    conn = connection(endpoint)
    kinds = [("minute", 60, count), ("10 s", 10, max(1, count // 5))]
    for name, period, n in kinds:
        for i in range(n):
            alarm = {"AlarmName": f"late-{period}-{i:04d}", "Namespace": "Bench/Late", "MetricName": f"P{period}",
                     "Dimensions": [{"Name": "Host", "Value": f"h{i}"}], "Statistic": "Maximum", "Period": period,
                     "EvaluationPeriods": 1, "Threshold": 0.0, "ComparisonOperator": "GreaterThanThreshold"}
            status, data = post(conn, "PutMetricAlarm", json.dumps(alarm).encode())
            assert status == 200, data
    # Start right after a minute begins, so every datum lies in the same minute and the same 10 s.
    time.sleep(60 - time.time() % 60 + 0.5)
    sent = time.time()
    for name, period, n in kinds:
        data = [{"MetricName": f"P{period}", "Dimensions": [{"Name": "Host", "Value": f"h{i}"}], "Value": 1.0,
                 **({"StorageResolution": 1} if period < 60 else {})} for i in range(n)]
        for k in range(0, n, 1000):
            status, answer = post(conn, "PutMetricData", json.dumps({"Namespace": "Bench/Late", "MetricData": data[k:k + 1000]}).encode())
            assert status == 200, answer
    out = []
    # The 10 s alarms first: with missing data treated as missing they leave ALARM once their datum is out of range.
    for name, period, n in sorted(kinds, key=lambda k: k[1]):
        due = (int(sent) // period + 1) * period
        seen = None
        while time.time() < due + 150:
            alarms = alarms_named(conn, f"late-{period}-")
            if all(a["StateValue"] == "ALARM" for a in alarms):
                seen = time.time()
                break
            time.sleep(0.2)
        late = sorted(a["StateUpdatedTimestamp"] - due for a in alarms if a["StateValue"] == "ALARM")
        out.append({"alarms": f"{n} of Period {period} ({name})", "in_alarm": len(late),
                    "p50_s": round(statistics.median(late), 2) if late else "–", "max_s": round(late[-1], 2) if late else "–",
                    "seen_s": round(seen - due, 2) if seen else "not all within 150 s"})
    return out


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--report":
        report(sys.argv[2])
        sys.exit(0)
    result = {"stratus": run(os.environ["ENDPOINT"], int(os.environ["SERVER_PID"]), float(os.environ.get("SCALE", "1")), True)}
    result["stratus"]["lateness"] = lateness(os.environ["ENDPOINT"], int(500 * float(os.environ.get("SCALE", "1"))))
    if os.environ.get("MOTO_ENDPOINT"):
        result["moto"] = run(os.environ["MOTO_ENDPOINT"], int(os.environ["MOTO_PID"]), float(os.environ.get("MOTO_SCALE", "0.05")), False)
    print(json.dumps(result))
