// Lua scripts run atomically by Redis (EVALSHA). Each reads and writes only the keys it is given.

/** KEYS[1]; ARGV: expected value, new value, lifetime in ms (0: none). Returns 1 when written. */
export const SET_IF_VALUE = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
if tonumber(ARGV[3]) > 0 then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
else
  redis.call('SET', KEYS[1], ARGV[2])
end
return 1
`;

/** KEYS[1]; ARGV: expected value. Returns 1 when deleted. */
export const DELETE_IF_VALUE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/**
 * Sliding windows as sorted sets (score = time in ms, from the server's clock so that every
 * instance agrees). KEYS: the windows; ARGV: limit and ms of each, then a unique member.
 * Returns {0, -1} when recorded in all, or {wait ms, index of the fullest window}.
 */
export const TAKE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local wait, which = 0, -1
for i = 1, #KEYS do
  local limit = tonumber(ARGV[2 * i - 1])
  local ms = tonumber(ARGV[2 * i])
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - ms)
  local count = redis.call('ZCARD', KEYS[i])
  if count >= limit then
    local leaving = redis.call('ZRANGE', KEYS[i], count - limit, count - limit, 'WITHSCORES')
    local ms_left = tonumber(leaving[2]) + ms - now
    if ms_left > wait then
      wait = ms_left
      which = i - 1
    end
  end
end
if which >= 0 then return {math.max(1, wait), which} end
local member = ARGV[2 * #KEYS + 1]
for i = 1, #KEYS do
  redis.call('ZADD', KEYS[i], now, member)
  redis.call('PEXPIRE', KEYS[i], ARGV[2 * i])
end
return {0, -1}
`;
