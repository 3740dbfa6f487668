-- KEYS[i] the active zset of candidate i; ARGV[1] in-flight score (ms), then per candidate broadcaster_id, score read
-- Sets the in-flight score on every candidate whose score is still the one read. Returns the claimed indexes (0-based).
local claimed = {}
for i = 1, #KEYS do
  local member = ARGV[2 * i]
  local score = redis.call('ZSCORE', KEYS[i], member)
  if score and tonumber(score) == tonumber(ARGV[2 * i + 1]) then
    redis.call('ZADD', KEYS[i], 'XX', ARGV[1], member)
    claimed[#claimed + 1] = i - 1
  end
end
return claimed
