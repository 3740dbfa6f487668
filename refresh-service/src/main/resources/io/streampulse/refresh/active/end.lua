-- KEYS[1] active zset, KEYS[2] stream-id hash; ARGV broadcaster_id, stream_id of the ended stream
-- Removes the broadcaster unless the hash records another stream of it. Returns 1 if removed (or unknown).
local current = redis.call('HGET', KEYS[2], ARGV[1])
if current and current ~= ARGV[2] then
  return 0
end
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])
return 1
