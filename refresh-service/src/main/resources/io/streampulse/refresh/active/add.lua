-- KEYS[1] active zset, KEYS[2] stream-id hash; ARGV broadcaster_id, stream_id, last refresh (ms)
-- Adds the broadcaster unless present (its refresh time is kept); records the stream id. Returns 1 if new.
local added = redis.call('ZADD', KEYS[1], 'NX', ARGV[3], ARGV[1])
if ARGV[2] ~= '' then
  redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
end
return added
