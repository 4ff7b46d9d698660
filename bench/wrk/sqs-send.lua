-- bench/sqs-wrk: SendMessage of a BODY_BYTES-byte body to QUEUE_URL, one message a request.
local lib = dofile(string.match(debug.getinfo(1, "S").source, "^@(.*/)") .. "lib.lua")

local req = wrk.format("POST", "/", lib.sqs_headers("SendMessage"),
  '{"QueueUrl":"' .. lib.env("QUEUE_URL") .. '","MessageBody":"' .. lib.body(tonumber(lib.env("BODY_BYTES", "256"))) .. '"}')

lib.install({ probe = req, request = function() return req end })
