-- bench/lambda-async-wrk: asynchronous (Event) invokes of FUNCTION; items are the 202 answers.
-- With EVENTS set (a burst), the WRK_THREADS threads share that many invokes. A thread that has
-- sent its share leaves each connection idle once it asks for more; it is done when its share is
-- answered, or when every one of its connections has gone idle (a connection the server closed
-- mid-request loses that request's answer, and wrk reconnects it), and then stops and prints
-- "## thread_done", on which bench/lambda-async-wrk interrupts wrk.
local lib = dofile(string.match(debug.getinfo(1, "S").source, "^@(.*/)") .. "lib.lua")

local req = wrk.format("POST", "/2015-03-31/functions/" .. lib.env("FUNCTION") .. "/invocations", {
  ["Host"] = lib.host(),
  ["Content-Type"] = "application/json",
  ["X-Amz-Invocation-Type"] = "Event",
  ["X-Amz-Date"] = lib.amz_date(),
  ["Authorization"] = lib.authorization("lambda"),
}, '{"bench":"lambda-async-wrk"}')

local events = tonumber(lib.env("EVENTS", "0"))
local threads = tonumber(lib.env("WRK_THREADS", "1"))
-- wrk gives each thread connections / threads connections.
local connections = math.floor(tonumber(lib.env("CONNECTIONS", "1")) / threads)
quota = 0        -- this thread's share of a burst, set by setup()
local idle, finished = 0, false

local function finish()
  if finished then return end
  finished = true
  io.write("## thread_done\n")
  io.stdout:flush()
  wrk.thread:stop()
end

lib.install({
  probe = req,
  setup = function(thread, index)
    if events > 0 then
      thread:set("quota", math.floor(events / threads) + (index <= events % threads and 1 or 0))
    end
  end,
  request = function()
    if quota > 0 and sent >= quota then
      idle = idle + 1
      if idle >= connections then finish() end
      return nil
    end
    return req
  end,
  on_ok = function(_, status) return status == 202 and 1 or 0 end,
  answered = function()
    if quota > 0 and ok + bad == quota then finish() end
  end,
})
