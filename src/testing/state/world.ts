import { type FloodOptions, floodState } from '../flood.js';
import type { Counters, World } from './types.js';

/** What the world is created from (resolved from the emulator's options). @internal */
export interface WorldOptions {
  now?: (() => number) | undefined;
  strictWebhooks?: boolean | undefined;
  callbackQueryTtlMs?: number | undefined;
  flood?: boolean | FloodOptions | undefined;
}

/** An empty world. @internal */
export function createWorld(options: WorldOptions): World {
  return {
    now: options.now ?? Date.now,
    settings: {
      strictWebhooks: options.strictWebhooks ?? false,
      callbackQueryTtlMs: options.callbackQueryTtlMs ?? 15_000,
    },
    bots: new Map(),
    botsById: new Map(),
    users: new Map(),
    chats: new Map(),
    privates: new Map(),
    files: new Map(),
    filesByPath: new Map(),
    callbacks: new Map(),
    ids: {
      user: 100_000_001,
      group: 1,
      bot: 7_000_000_001,
      callbackQuery: 4_000_000_000_000_000,
      file: 1,
      mediaGroup: 10_000_000_000_001,
      poll: 5_000_000_000_000_001,
      dice: 0,
      inviteLink: 1,
      inlineQuery: 3_000_000_000_000_001,
    },
    flood: floodState(options.flood),
    inlineQueries: new Map(),
    profilePhotos: new Map(),
  };
}

/** Takes the next id of a kind. @internal */
export function nextId(world: World, kind: keyof Counters): number {
  return world.ids[kind]++;
}

/** The current time in whole seconds, as message dates carry it. @internal */
export function unixTime(world: World): number {
  return Math.floor(world.now() / 1000);
}
