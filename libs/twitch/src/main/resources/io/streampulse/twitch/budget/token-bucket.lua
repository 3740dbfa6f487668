-- Shared Helix token bucket of one client id (see RateBudget for the model).
-- KEYS[1] = bucket hash {tokens, ts, blocked_until, limit}
-- ARGV[1] = op: take | correct | block | peek
-- ARGV[2] = configured limit per minute; ARGV[3], ARGV[4] = op arguments
-- ARGV[5] = tokens of a new bucket;      ARGV[6] = key ttl in ms
-- ARGV[7] = in-flight allowance at the configured limit, scaled with Twitch's limit: the bucket holds at most
--           limit - allowance * limit / configured limit (see BudgetSettings)
-- take:    ARGV[3] points, ARGV[4] floor (tokens that must stay after the take)
-- correct: ARGV[3] Ratelimit-Remaining, ARGV[4] Ratelimit-Limit (0 = unknown)
-- block:   ARGV[3] milliseconds from now during which nobody may take
-- Returns {granted 0|1, wait ms, tokens, limit, blocked ms}. Time is Redis's own clock (TIME),
-- so replicas with skewed clocks agree.
local key = KEYS[1]
local op = ARGV[1]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local s = redis.call('HMGET', key, 'tokens', 'ts', 'blocked_until', 'limit')
local limit = tonumber(s[4]) or tonumber(ARGV[2])
local tokens = tonumber(s[1])
local ts = tonumber(s[2])
local blocked = tonumber(s[3]) or 0
local configured = tonumber(ARGV[2])
local function capacity_of(l)
  return math.max(1, l - tonumber(ARGV[7]) * l / configured)
end
local capacity = capacity_of(limit)
if tokens == nil or ts == nil then
  tokens = math.min(capacity, tonumber(ARGV[5]))
  ts = now
end
local rate = limit / 60000.0
if now > ts then
  tokens = math.min(capacity, tokens + (now - ts) * rate)
  ts = now
end
local granted = 0
local wait = 0
if op == 'take' then
  local points = tonumber(ARGV[3])
  local floor = tonumber(ARGV[4])
  if now < blocked then
    wait = blocked - now
  elseif tokens - points >= floor then
    tokens = tokens - points
    granted = 1
  else
    wait = math.ceil((points + floor - tokens) / rate)
  end
elseif op == 'correct' then
  local header_limit = tonumber(ARGV[4])
  if header_limit > 0 then
    limit = header_limit
    capacity = capacity_of(limit)
    redis.call('HSET', key, 'limit', tostring(limit))
  end
  tokens = math.min(tokens, tonumber(ARGV[3]), capacity)
elseif op == 'block' then
  local until_ms = now + tonumber(ARGV[3])
  if until_ms > blocked then
    blocked = until_ms
  end
  tokens = 0
end
redis.call('HSET', key, 'tokens', tostring(tokens), 'ts', tostring(ts), 'blocked_until', tostring(blocked))
redis.call('PEXPIRE', key, tonumber(ARGV[6]))
local blocked_for = 0
if blocked > now then
  blocked_for = blocked - now
end
return {granted, wait, tostring(tokens), tostring(limit), blocked_for}
