#!/usr/bin/env python3
"""Schedule-lateness client for bench/schedule (boto3; client speed does not matter here).

Creates on the default EventBridge bus a rate(1 minute) rule and a cron(* * * * ? *) rule, each with
its own SQS target queue (queue policy allowing events.amazonaws.com, conditioned on the rule ARN,
as on AWS), observes for --minutes, and writes a Markdown fragment to --out.

When a fire is due (read from dev.stratus.time.ScheduleExpression and dev.stratus.events.EventsService):
  - cron: at each whole UTC minute.
  - rate(1 minute): PutRule anchors the chain at the server's clock when it handles the call
    (ScheduleExpression.nextAfter(now) = now + 60 s); each fire schedules the next at due + 60 s
    (nextAfter(due, now)), so dues are anchor + k * 60 s and do not drift with lateness. The client
    cannot see the anchor to the millisecond (the event's "time" is the due time truncated to whole
    seconds), so it takes the moment it sent PutRule: the anchor lies between that and the answer,
    so rate lateness here is overstated by at most PutRule's round trip, which the report gives.
Lateness = SQS SentTimestamp (ms, stamped by the server's clock on the same machine) - due.
"""
import argparse, json, math, os, threading, time

import boto3
from botocore.config import Config

TICKS = os.sysconf("SC_CLK_TCK")


def proc_stat():
    """(busy, total) jiffies of the whole machine."""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    idle = v[3] + (v[4] if len(v) > 4 else 0)
    total = sum(v[:8])
    return total - idle, total


def pid_jiffies(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            s = f.read()
        v = s[s.rindex(")") + 2:].split()
        return int(v[11]) + int(v[12])  # utime + stime (fields 14, 15)
    except OSError:
        return None


class Sampler(threading.Thread):
    """Every `every` s: machine busy jiffies, server and client jiffies."""

    def __init__(self, server_pid, every=10.0):
        super().__init__(daemon=True)
        self.server_pid, self.every, self.samples, self.stop = server_pid, every, [], threading.Event()

    def sample(self):
        busy, total = proc_stat()
        self.samples.append((time.time(), busy, total, pid_jiffies(self.server_pid), pid_jiffies(os.getpid())))

    def run(self):
        while not self.stop.is_set():
            self.sample()
            self.stop.wait(self.every)

    def window(self, a, b):
        """cores used (machine busy, server, client, other) between samples a and b."""
        dt = b[0] - a[0]
        busy = (b[1] - a[1]) / TICKS / dt
        srv = (b[3] - a[3]) / TICKS / dt if a[3] is not None and b[3] is not None else float("nan")
        cli = (b[4] - a[4]) / TICKS / dt
        return busy, srv, cli, max(0.0, busy - srv - cli)

    def around(self, t):
        """the window that contains time t."""
        for a, b in zip(self.samples, self.samples[1:]):
            if a[0] <= t <= b[0]:
                return self.window(a, b)
        return None


def pct(sorted_vals, p):
    if not sorted_vals:
        return float("nan")
    k = max(0, math.ceil(p / 100 * len(sorted_vals)) - 1)  # nearest rank
    return sorted_vals[k]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--endpoint", required=True)
    ap.add_argument("--server-pid", type=int, required=True)
    ap.add_argument("--minutes", type=float, default=60)
    ap.add_argument("--grace", type=float, default=30, help="seconds to keep receiving after the last due fire")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()

    cfg = Config(region_name="us-east-1", retries={"max_attempts": 3, "mode": "standard"},
                 read_timeout=60, connect_timeout=5)
    kw = dict(endpoint_url=a.endpoint, aws_access_key_id="test", aws_secret_access_key="test", config=cfg)
    ev, sqs = boto3.client("events", **kw), boto3.client("sqs", **kw)
    nonce = format(int(time.time()) % 1_000_000, "x")

    sampler = Sampler(a.server_pid)
    sampler.sample()
    rules = {}
    # A warm connection and a warm PutRule path, so that PutRule's round trip (the anchor's uncertainty) is short.
    ev.put_rule(Name=f"bench-sched-warm-{nonce}", ScheduleExpression="rate(1 hour)", State="DISABLED")
    ev.delete_rule(Name=f"bench-sched-warm-{nonce}")
    for kind, expr in (("rate", "rate(1 minute)"), ("cron", "cron(* * * * ? *)")):
        name = f"bench-sched-{kind}-{nonce}"
        url = sqs.create_queue(QueueName=name)["QueueUrl"]
        qarn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        t_before = time.time() * 1000
        rarn = ev.put_rule(Name=name, ScheduleExpression=expr, State="ENABLED")["RuleArn"]
        t_after = time.time() * 1000
        policy = {"Version": "2012-10-17", "Statement": [{
            "Sid": "events", "Effect": "Allow", "Principal": {"Service": "events.amazonaws.com"},
            "Action": "sqs:SendMessage", "Resource": qarn, "Condition": {"ArnEquals": {"aws:SourceArn": rarn}}}]}
        sqs.set_queue_attributes(QueueUrl=url, Attributes={"Policy": json.dumps(policy)})
        r = ev.put_targets(Rule=name, Targets=[{"Id": "q", "Arn": qarn}])
        if r.get("FailedEntryCount"):
            raise SystemExit(f"PutTargets failed: {r}")
        rules[kind] = dict(name=name, arn=rarn, url=url, expr=expr, t_before=t_before, t_after=t_after, msgs=[], errors=[])
    t_start = time.time() * 1000
    t_end = t_start + a.minutes * 60_000
    sampler.start()
    print(f"[schedule] rules created; observing {a.minutes:g} min (until {time.strftime('%H:%M:%S', time.gmtime(t_end / 1000))} UTC)",
          flush=True)

    stop = threading.Event()

    def consume(r):
        while not stop.is_set():
            try:
                resp = sqs.receive_message(QueueUrl=r["url"], MaxNumberOfMessages=10, WaitTimeSeconds=5,
                                           AttributeNames=["SentTimestamp", "ApproximateReceiveCount"])
            except Exception as e:  # noqa: BLE001 - count and keep going
                r["errors"].append(repr(e)[:200])
                time.sleep(1)
                continue
            now = time.time() * 1000
            for m in resp.get("Messages", []):
                body = json.loads(m["Body"])
                r["msgs"].append(dict(sent=int(m["Attributes"]["SentTimestamp"]), recv=now, id=body.get("id"),
                                      time=body.get("time"), rcount=int(m["Attributes"].get("ApproximateReceiveCount", 1)),
                                      resources=body.get("resources"), dtype=body.get("detail-type")))
                sqs.delete_message(QueueUrl=r["url"], ReceiptHandle=m["ReceiptHandle"])
                print(f"[schedule] {r['name']}: event time {body.get('time')}, sent {m['Attributes']['SentTimestamp']}", flush=True)

    threads = [threading.Thread(target=consume, args=(r,), daemon=True) for r in rules.values()]
    for t in threads:
        t.start()
    while time.time() * 1000 < t_end + a.grace * 1000:
        time.sleep(1)
    stop.set()
    for t in threads:
        t.join(timeout=10)
    sampler.stop.set()
    sampler.join(timeout=15)
    sampler.sample()
    # remove the rules so the server is idle when it is stopped
    for r in rules.values():
        try:
            ev.remove_targets(Rule=r["name"], Ids=["q"])
            ev.delete_rule(Name=r["name"])
        except Exception as e:  # noqa: BLE001
            r["errors"].append("cleanup: " + repr(e)[:200])

    md = []
    w = md.append
    s0, s1 = sampler.samples[0], sampler.samples[-1]
    busy, srv, cli, other = sampler.window(s0, s1)
    ncpu = os.cpu_count()
    wins = [sampler.window(x, y) for x, y in zip(sampler.samples, sampler.samples[1:]) if y[0] - x[0] > 1]
    w(f"Observed {a.minutes:g} min from {time.strftime('%H:%M:%S', time.gmtime(t_start / 1000))} UTC, "
      f"then {a.grace:g} s more for late fires.\n")
    w("## CPU during the run (from /proc, cores of " + str(ncpu) + ")\n")
    w("| | whole run | busiest 10 s window |")
    w("|---|---:|---:|")
    w(f"| Stratus server | {srv:.3f} | {max((x[1] for x in wins), default=float('nan')):.2f} |")
    w(f"| this client (python) | {cli:.3f} | {max((x[2] for x in wins), default=float('nan')):.2f} |")
    w(f"| everything else on the machine | {other:.2f} | {max((x[3] for x in wins), default=float('nan')):.2f} |")
    w(f"| machine busy | {busy:.2f} | {max((x[0] for x in wins), default=float('nan')):.2f} |")
    w("")
    hist = {}
    for x in wins:
        b = min(int(x[3] / ncpu * 4), 3)
        hist[b] = hist.get(b, 0) + 1
    labels = ["< 25 %", "25–50 %", "50–75 %", "≥ 75 %"]
    w("Other processes' load in 10 s windows (share of all cores): " +
      ", ".join(f"{labels[b]}: {hist.get(b, 0)}" for b in range(4)) + f" of {len(wins)} windows.\n")

    w("## Fires\n")
    w("| Rule | Expected | Received | Distinct fires | Duplicates | Lost | Lateness min | p50 | p90 | p99 | max | Interval min | mean | max |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    per_fire = {}
    notes = []
    for kind, r in rules.items():
        if kind == "rate":
            anchor = r["t_before"]
            due = [anchor + k * 60_000 for k in range(1, 100_000) if anchor + k * 60_000 <= t_end]
        else:
            first = (math.floor(r["t_after"] / 60_000) + 1) * 60_000
            due = [first + k * 60_000 for k in range(0, 100_000) if first + k * 60_000 <= t_end]
        # match each message to its due: nearest due at or before SentTimestamp (+ rounding slack)
        got = {}
        dup = 0
        extra = []
        after = 0
        for m in sorted(r["msgs"], key=lambda m: m["sent"]):
            if due and m["dtype"] == "Scheduled Event" and m["resources"] == [r["arn"]] and m["sent"] > due[-1] + 30_000:
                after += 1  # the fire after the window, arriving during the grace period: not counted
                continue
            if m["dtype"] != "Scheduled Event" or m["resources"] != [r["arn"]]:
                extra.append(m)
                continue
            k = round((m["sent"] - due[0]) / 60_000) if due else -1
            # the event's time field: the due time truncated to whole seconds
            if 0 <= k < len(due) and m["sent"] >= due[k] - 1_000:
                ev_s = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(math.floor(due[k] / 1000)))
                if m["time"] != ev_s:
                    notes.append(f"{kind}: event time {m['time']} but due {ev_s} (k={k})")
                if k in got:
                    dup += 1
                else:
                    got[k] = m
            else:
                extra.append(m)
        late = sorted(got[k]["sent"] - due[k] for k in got)
        ks = sorted(got)
        intervals = [got[b]["sent"] - got[a_]["sent"] for a_, b in zip(ks, ks[1:]) if b == a_ + 1]
        lost = len(due) - len(got)
        per_fire[kind] = (due, got)
        r["extra"] = extra
        f = lambda v: f"{v:.0f}" if not math.isnan(v) else "–"  # noqa: E731
        w(f"| `{r['expr']}` | {len(due)} | {len(r['msgs']) - after} | {len(got)} | {dup} | {lost} | "
          f"{f(late[0] if late else float('nan'))} | {f(pct(late, 50))} | {f(pct(late, 90))} | {f(pct(late, 99))} | "
          f"{f(late[-1] if late else float('nan'))} | "
          f"{f(min(intervals) if intervals else float('nan'))} | "
          f"{f'{sum(intervals) / len(intervals):.1f}' if intervals else '–'} | {f(max(intervals) if intervals else float('nan'))} |")
        if lost:
            notes.append(f"{kind}: no event for dues " + ", ".join(
                time.strftime('%H:%M:%S', time.gmtime(due[k] / 1000)) for k in range(len(due)) if k not in got)[:500])
        if extra:
            notes.append(f"{kind}: {len(extra)} messages that match no due fire: " + "; ".join(
                f"time {m['time']} sent {m['sent']}" for m in extra[:5]))
        if r["errors"]:
            notes.append(f"{kind}: {len(r['errors'])} client errors; first: {r['errors'][0]}")
        redelivered = sum(1 for m in r["msgs"] if m["rcount"] > 1)
        if redelivered:
            notes.append(f"{kind}: {redelivered} messages were received more than once (ApproximateReceiveCount > 1)")
    w("")
    w("Lateness and intervals in milliseconds. Lateness = SQS `SentTimestamp` − due time; intervals are between the "
      "`SentTimestamp`s of consecutive fires (ideal 60,000). Fires due after the observed window, arriving in the grace period, are not counted. Percentiles are nearest-rank over the fires received "
      f"(with ~{a.minutes:g} samples per rule, p99 is the largest or second largest).")
    rt = rules["rate"]["t_after"] - rules["rate"]["t_before"]
    w(f"The rate rule's anchor is taken as the moment PutRule was sent; its answer came {rt:.1f} ms later, "
      "so the rate rule's lateness may be overstated by up to that much, never understated.\n")
    for kind in per_fire:
        due, got = per_fire[kind]
        late = [got[k]["sent"] - due[k] for k in sorted(got)]
        if len(late) >= 4:
            h = len(late) // 2
            w(f"- `{rules[kind]['expr']}`: mean lateness {sum(late[:h]) / h:.1f} ms in the first half of the run, "
              f"{sum(late[h:]) / (len(late) - h):.1f} ms in the second (a steady increase would be drift of the schedule).")
    w("")
    if notes:
        w("### Problems seen by the client\n")
        for n in notes:
            w("- " + n)
        w("")
    else:
        w("No lost, duplicated, redelivered or unexpected messages; every event's `time` equalled its due time truncated to seconds; no client errors.\n")

    w("### Per fire\n")
    w("Due time of the cron fire (UTC); lateness of each rule's fire in that minute (the rate rule's fire is due at "
      f"hh:mm:{(rules['rate']['t_before'] / 1000) % 60:06.3f}); the load of other processes in the 10 s window "
      "around each fire (cores).\n")
    w("| Cron due | cron late (ms) | rate late (ms) | other cores (cron fire) | other cores (rate fire) | server cores (cron fire) |")
    w("|---|---:|---:|---:|---:|---:|")
    cdue, cgot = per_fire["cron"]
    rdue, rgot = per_fire["rate"]
    for k, d in enumerate(cdue):
        cl = f"{cgot[k]['sent'] - d:.0f}" if k in cgot else "lost"
        # the rate fire in the same minute
        rk = [j for j, x in enumerate(rdue) if d <= x < d + 60_000]
        rl = (f"{rgot[rk[0]]['sent'] - rdue[rk[0]]:.0f}" if rk[0] in rgot else "lost") if rk else ""
        wnd = sampler.around(d / 1000)
        rw = sampler.around(rdue[rk[0]] / 1000) if rk else None
        w(f"| {time.strftime('%H:%M:%S', time.gmtime(d / 1000))} | {cl} | {rl} | "
          f"{f'{wnd[3]:.2f}' if wnd else '?'} | {f'{rw[3]:.2f}' if rw else '?'} | {f'{wnd[1]:.3f}' if wnd else '?'} |")
    w("")
    with open(a.out, "w") as fh:
        fh.write("\n".join(md) + "\n")


if __name__ == "__main__":
    main()
