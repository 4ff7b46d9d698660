-- Shared by the wrk scripts of bench/sqs-wrk and bench/lambda-async-wrk (loaded with dofile by each).
--
-- Every wrk thread counts in its own Lua state: `sent` (requests handed to wrk), `ok` (2xx answers),
-- `bad` (other answers), `items` (what the scenario counts: messages stored or deleted, events
-- accepted), plus scenario counters the script lists in `extra`. done() sums them over the threads
-- and prints them, the times of the first request and the last answer, wrk's latency distribution
-- and wrk's own CPU as "@@ name value" lines, which the shell scripts read. Requests sent but
-- unanswered when wrk stops (sent - ok - bad) may still have been served: the scripts allow for
-- them when they check stored counts.

local lib = {}

local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clock, bench_timespec *tp);
]]
local timespec = ffi.new("bench_timespec")

-- Microseconds since the epoch (CLOCK_REALTIME, as bash's EPOCHREALTIME, so the scripts can
-- compare); Lua itself has no wall clock.
function lib.now_us()
  ffi.C.clock_gettime(0, timespec)
  return tonumber(timespec.tv_sec) * 1000000 + math.floor(tonumber(timespec.tv_nsec) / 1000)
end

-- Stratus's default auth mode and ElasticMQ take the access key from this header and check no
-- signature, so a fixed one serves every request; the date is today's, as a signed request's is.
function lib.authorization(service)
  local day = os.date("!%Y%m%d")
  return "AWS4-HMAC-SHA256 Credential=test/" .. day .. "/us-east-1/" .. service .. "/aws4_request, "
      .. "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=" .. string.rep("0", 64)
end

function lib.amz_date()
  return os.date("!%Y%m%dT%H%M%SZ")
end

-- The Host header. wrk.format() takes it from wrk.headers only once wrk.init() ran, after the
-- scripts' top level, where they format their requests.
function lib.host()
  return wrk.port and (wrk.host .. ":" .. wrk.port) or wrk.host
end

-- Headers of an SQS JSON-protocol call.
function lib.sqs_headers(action)
  return {
    ["Host"] = lib.host(),
    ["Content-Type"] = "application/x-amz-json-1.0",
    ["X-Amz-Target"] = "AmazonSQS." .. action,
    ["X-Amz-Date"] = lib.amz_date(),
    ["Authorization"] = lib.authorization("sqs"),
  }
end

function lib.env(name, default)
  local v = os.getenv(name)
  if v == nil or v == "" then
    if default == nil then error(name .. " is not set") end
    return default
  end
  return v
end

-- A message body of n bytes (printable ASCII, so it needs no JSON escaping).
function lib.body(n)
  local pattern = "abcdefghijklmnopqrstuvwxyz0123456789"
  return string.sub(string.rep(pattern, math.floor(n / #pattern) + 1), 1, n)
end

-- Number of entries in the JSON array named `name` in `body` (entries are objects with no nested
-- arrays, as SendMessageBatch's and DeleteMessageBatch's Successful and Failed are).
function lib.count_entries(body, name)
  local _, open = string.find(body, '"' .. name .. '"%s*:%s*%[')
  if not open then return 0 end
  local close = string.find(body, "]", open + 1, true)
  if not close then return 0 end
  local n = 0
  for _ in string.gmatch(string.sub(body, open + 1, close - 1), "{") do n = n + 1 end
  return n
end

-- Installs the per-thread counters and the request/response/setup/done functions. `scenario` gives
-- request() (returns the next request, or nil when the thread has none left to send), probe (a
-- request for wrk to check, never sent) and,
-- optionally, on_ok(body, status) returning the items of a 2xx answer, answered() called after
-- every answer is counted, and setup(thread, index) called for each thread (1-based) before it
-- starts; `extra` names further per-thread counters the scenario keeps in globals.
function lib.install(scenario, extra)
  extra = extra or {}
  local counters = { "sent", "ok", "bad", "items" }
  for _, name in ipairs(extra) do counters[#counters + 1] = name end

  -- Per-thread globals, read by done() through thread:get().
  for _, name in ipairs(counters) do _G[name] = 0 end
  first_error = ""
  first_us, last_us = 0, 0

  -- With SEND_FOR_MS, a thread sends for that long from its first request, then lets its
  -- connections idle: run with wrk's -d a little longer, every request sent is answered before wrk
  -- stops, and the stored counts can be checked exactly.
  local send_for_us = tonumber(os.getenv("SEND_FOR_MS") or "0") * 1000

  -- wrk 4.1 calls request() once on the first thread's state before the thread starts, only to
  -- parse what it returns (script_verify_request): that call gets the scenario's probe, a request
  -- like the others, and counts nothing.
  probe_pending = false

  function request()
    if probe_pending then
      probe_pending = false
      return scenario.probe
    end
    local r
    if send_for_us == 0 or sent == 0 or lib.now_us() - first_us < send_for_us then r = scenario.request() end
    -- Nothing to send: an empty request makes wrk write nothing, and the connection idles.
    if r == nil then return "" end
    if sent == 0 then first_us = lib.now_us() end
    sent = sent + 1
    return r
  end

  function response(status, headers, body)
    last_us = lib.now_us()
    if status >= 200 and status < 300 then
      ok = ok + 1
      items = items + (scenario.on_ok and scenario.on_ok(body, status) or 1)
    else
      bad = bad + 1
      if first_error == "" then
        first_error = status .. " " .. string.gsub(string.sub(body or "", 1, 300), "[\r\n\t]", " ")
      end
    end
    if scenario.answered then scenario.answered() end
  end

  local threads = {}
  function setup(thread)
    threads[#threads + 1] = thread
    if #threads == 1 then thread:set("probe_pending", true) end
    if scenario.setup then scenario.setup(thread, #threads) end
  end

  function done(summary, latency, requests)
    local sums, err, first, last = {}, "", nil, 0
    for _, name in ipairs(counters) do sums[name] = 0 end
    for _, t in ipairs(threads) do
      for _, name in ipairs(counters) do sums[name] = sums[name] + (t:get(name) or 0) end
      local f = t:get("first_us")
      if f > 0 and (first == nil or f < first) then first = f end
      last = math.max(last, t:get("last_us"))
      local e = t:get("first_error")
      if err == "" and e and e ~= "" then err = e end
    end
    local function out(name, value)
      -- %.0f: tostring() would print a time in µs since the epoch as 1.79e+15
      io.write("@@ ", name, " ", type(value) == "number" and string.format("%.0f", value) or value, "\n")
    end
    out("duration_us", summary.duration)
    out("responses", summary.requests)
    out("first_us", first or 0)
    out("last_us", last)
    for _, name in ipairs(counters) do out(name, sums[name]) end
    local e = summary.errors
    out("socket_errors", e.connect + e.read + e.write + e.timeout)
    for _, p in ipairs({ 50, 90, 99, 99.9 }) do out("p" .. p .. "_us", latency:percentile(p)) end
    out("max_us", latency.max)
    out("mean_us", latency.mean)
    -- wrk's own CPU, its threads joined: utime and stime, fields 14 and 15 of /proc/self/stat.
    local f = io.open("/proc/self/stat")
    if f then
      local stat = f:read("*a")
      f:close()
      local fields = {}
      for v in string.gmatch(string.match(stat, "%) (.*)$"), "%S+") do fields[#fields + 1] = v end
      out("cpu_ticks", tonumber(fields[12]) + tonumber(fields[13]))
    end
    if err ~= "" then out("first_error", err) end
  end
end

return lib
