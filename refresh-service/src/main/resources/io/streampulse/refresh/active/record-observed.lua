-- KEYS[1] active zset, KEYS[2] stream-id hash; ARGV[1] observed at (ms), then pairs broadcaster_id, stream_id
-- For broadcasters still active (an ended one is not brought back): last refresh = observed at, and the
-- stream id recorded unless it is '' (absent from the answer). Returns how many were still active.
local n = 0
for i = 2, #ARGV, 2 do
  if redis.call('ZSCORE', KEYS[1], ARGV[i]) then
    redis.call('ZADD', KEYS[1], 'XX', ARGV[1], ARGV[i])
    if ARGV[i + 1] ~= '' then
      redis.call('HSET', KEYS[2], ARGV[i], ARGV[i + 1])
    end
    n = n + 1
  end
end
return n
