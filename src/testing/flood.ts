import { fail } from './failures.js';
import type { FloodState, World } from './state/types.js';

/** One sliding-window limit: at most `limit` messages per `windowMs`. */
export interface FloodRule {
  /** Messages allowed in one window. */
  limit: number;
  /** The window, in milliseconds. */
  windowMs: number;
}

/**
 * Flood limits of the emulator (Telegram's FAQ: about 1 message per second in one chat with
 * short bursts, 20 per minute in a group, 30 per second overall). Each rule can be changed
 * or turned off with `false`.
 */
export interface FloodOptions {
  /** Per chat; default 3 messages per 3 s (1/s with bursts of 3). */
  perChat?: FloodRule | false;
  /** Per group chat; default 20 messages per 60 s. */
  perGroup?: FloodRule | false;
  /** Per bot, all chats; default 30 messages per second. */
  global?: FloodRule | false;
}

const DEFAULTS = {
  perChat: { limit: 3, windowMs: 3000 },
  perGroup: { limit: 20, windowMs: 60_000 },
  global: { limit: 30, windowMs: 1000 },
};

/** The flood counters for the emulator's options (`undefined` or `false`: no limits). @internal */
export function floodState(options: boolean | FloodOptions | undefined): FloodState {
  const rules =
    options === undefined || options === false ? undefined : { ...DEFAULTS, ...(options === true ? {} : options) };
  return { rules, seen: new Map() };
}

/**
 * Counts a send of a bot into a chat; throws the 429 failure Telegram gives
 * (`Too Many Requests: retry after N`, `parameters.retry_after`) when a limit is reached.
 * @internal
 */
export function checkFlood(world: World, botId: number, chatId: number, group: boolean): void {
  const { rules, seen } = world.flood;
  if (!rules) return;
  const at = world.now();
  const wait = (key: string, rule: FloodRule | false): number => {
    if (!rule) return 0;
    const list = seen.get(key) ?? [];
    seen.set(key, list);
    while (list.length > 0 && list[0]! <= at - rule.windowMs) list.shift();
    return list.length >= rule.limit ? list[0]! + rule.windowMs - at : 0;
  };
  const keys: Array<[string, FloodRule | false]> = [
    [`c${botId}:${chatId}`, rules.perChat],
    [`g${botId}`, rules.global],
  ];
  if (group) keys.push([`p${botId}:${chatId}`, rules.perGroup]);
  const ms = Math.max(...keys.map(([key, rule]) => wait(key, rule)));
  if (ms > 0) {
    const retry_after = Math.max(1, Math.ceil(ms / 1000));
    throw fail('retryAfter', retry_after).with({ retry_after });
  }
  for (const [key, rule] of keys) if (rule) seen.get(key)!.push(at);
}
