-- wrk script for the webhook benchmark (bench/webhook-bench.ts).
--
-- Each wrk thread sends pre-signed deliveries from its own file (`<BODIES>.<thread>`: one line per
-- delivery, "<hex signature> <compact JSON body>"), in order, each once: every request is a new
-- delivery. With BODIES unset it sends GET requests to the URL as given (the no-work route).
-- `done` prints one JSON line prefixed "WRK_JSON " with counts and latency percentiles (µs).

local bodies_prefix = os.getenv("BODIES")
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

-- Globals (not locals): done() reads the counters through thread:get().
lines, sigs, nextIndex, sent, ok, non2xx, exhausted = nil, nil, 1, 0, 0, 0, 0

function init(args)
  sent, ok, non2xx, exhausted = 0, 0, 0, 0
  nextIndex = 1
  if not bodies_prefix then return end
  lines, sigs = {}, {}
  local f = assert(io.open(bodies_prefix .. "." .. id, "r"))
  for line in f:lines() do
    local sp = line:find(" ", 1, true)
    table.insert(sigs, line:sub(1, sp - 1))
    table.insert(lines, line:sub(sp + 1))
  end
  f:close()
end

function request()
  sent = sent + 1
  if not bodies_prefix then return wrk.format("GET", nil, nil, nil) end
  local i = nextIndex
  if i > #lines then
    -- Out of bodies: resend the last one (a duplicate; counted so the report can say so).
    exhausted = exhausted + 1
    i = #lines
  else
    nextIndex = i + 1
  end
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json", ["X-Cal-Signature-256"] = sigs[i] }, lines[i])
end

function response(status, headers, body)
  if status >= 200 and status < 300 then ok = ok + 1 else non2xx = non2xx + 1 end
end

function done(summary, latency, requests)
  local s, o, n, x = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    s = s + t:get("sent")
    o = o + t:get("ok")
    n = n + t:get("non2xx")
    x = x + t:get("exhausted")
  end
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"durationUs":%d,"completed":%d,"sent":%d,"ok":%d,"non2xx":%d,"exhausted":%d,' ..
    '"connectErrors":%d,"readErrors":%d,"writeErrors":%d,"timeouts":%d,' ..
    '"p50Us":%d,"p90Us":%d,"p99Us":%d,"maxUs":%d,"meanUs":%.1f}\n',
    summary.duration, summary.requests, s, o, n, x,
    e.connect, e.read, e.write, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
end
