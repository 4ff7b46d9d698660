-- bench/sqs-wrk: ReceiveMessage (up to 10, no wait) from QUEUE_URL, then DeleteMessageBatch of the
-- receipt handles it got. wrk asks each thread for its next request whenever one of the thread's
-- connections is free, so the handles wait in a per-thread list: a connection deletes what any
-- receive of its thread got, else receives. Items are the messages answered deleted.
local lib = dofile(string.match(debug.getinfo(1, "S").source, "^@(.*/)") .. "lib.lua")

local queue = lib.env("QUEUE_URL")
local receive = wrk.format("POST", "/", lib.sqs_headers("ReceiveMessage"),
  '{"QueueUrl":"' .. queue .. '","MaxNumberOfMessages":10,"WaitTimeSeconds":0}')
local delete_headers = lib.sqs_headers("DeleteMessageBatch")
local pending = {}   -- lists of receipt handles (still JSON-escaped, as received) waiting to be deleted

-- The receipt handles in a ReceiveMessage answer, each as its JSON string's raw contents.
local function handles(body)
  local out, pos = {}, 1
  while true do
    local _, open = string.find(body, '"ReceiptHandle"%s*:%s*"', pos)
    if not open then return out end
    local i = open + 1
    while true do
      local c = string.find(body, '["\\]', i)
      if not c then return out end
      if string.byte(body, c) == 92 then i = c + 2 else i = c; break end
    end
    out[#out + 1] = string.sub(body, open + 1, i - 1)
    pos = i + 1
  end
end

local function delete_request(list)
  local entries = {}
  for i, h in ipairs(list) do entries[i] = '{"Id":"' .. i .. '","ReceiptHandle":"' .. h .. '"}' end
  return wrk.format("POST", "/", delete_headers,
    '{"QueueUrl":"' .. queue .. '","Entries":[' .. table.concat(entries, ",") .. ']}')
end

lib.install({
  probe = receive,
  request = function()
    local list = table.remove(pending)
    if list then
      deletes_sent = deletes_sent + 1
      return delete_request(list)
    end
    receives_sent = receives_sent + 1
    return receive
  end,
  on_ok = function(b)
    if string.find(b, '"Successful"', 1, true) then
      delete_failed = delete_failed + lib.count_entries(b, "Failed")
      return lib.count_entries(b, "Successful")
    end
    local got = handles(b)
    if #got == 0 then
      empty_receives = empty_receives + 1
    else
      received = received + #got
      pending[#pending + 1] = got
    end
    return 0
  end,
}, { "receives_sent", "deletes_sent", "received", "empty_receives", "delete_failed" })
