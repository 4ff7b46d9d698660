-- bench/sqs-wrk: SendMessageBatch of 10 BODY_BYTES-byte bodies to QUEUE_URL. Items are the
-- entries answered Successful; entries answered Failed are counted apart.
local lib = dofile(string.match(debug.getinfo(1, "S").source, "^@(.*/)") .. "lib.lua")

local body = lib.body(tonumber(lib.env("BODY_BYTES", "256")))
local entries = {}
for i = 0, 9 do entries[#entries + 1] = '{"Id":"' .. i .. '","MessageBody":"' .. body .. '"}' end
local req = wrk.format("POST", "/", lib.sqs_headers("SendMessageBatch"),
  '{"QueueUrl":"' .. lib.env("QUEUE_URL") .. '","Entries":[' .. table.concat(entries, ",") .. ']}')

lib.install({
  probe = req,
  request = function() return req end,
  on_ok = function(b)
    failed_entries = failed_entries + lib.count_entries(b, "Failed")
    return lib.count_entries(b, "Successful")
  end,
}, { "failed_entries" })
