import { Failure } from './markup.js';

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

/**
 * Counts sends per bot and chat; `check` throws the 429 failure Telegram gives
 * (`Too Many Requests: retry after N`, `parameters.retry_after`).
 * @internal
 */
export function createFlood(options: boolean | FloodOptions | undefined, now: () => number) {
  const rules =
    options === undefined || options === false ? undefined : { ...DEFAULTS, ...(options === true ? {} : options) };
  const seen = new Map<string, number[]>();
  const wait = (key: string, rule: FloodRule | false, at: number): number => {
    if (!rule) return 0;
    const list = seen.get(key) ?? [];
    seen.set(key, list);
    while (list.length > 0 && list[0]! <= at - rule.windowMs) list.shift();
    return list.length >= rule.limit ? list[0]! + rule.windowMs - at : 0;
  };
  return {
    check(botId: number, chatId: number, group: boolean): void {
      if (!rules) return;
      const at = now();
      const keys: Array<[string, FloodRule | false]> = [
        [`c${botId}:${chatId}`, rules.perChat],
        [`g${botId}`, rules.global],
      ];
      if (group) keys.push([`p${botId}:${chatId}`, rules.perGroup]);
      const ms = Math.max(...keys.map(([key, rule]) => wait(key, rule, at)));
      if (ms > 0) {
        const retry_after = Math.max(1, Math.ceil(ms / 1000));
        throw new Failure(429, `Too Many Requests: retry after ${retry_after}`, { retry_after });
      }
      for (const [key, rule] of keys) if (rule) seen.get(key)!.push(at);
    },
  };
}
