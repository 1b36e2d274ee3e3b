import type { BotState, UserJson, World } from './types.js';
import { nextId } from './world.js';

/**
 * Whether a token is well formed as ClientManager.cpp `ClientManager::send` checks it: at most
 * 80 characters, no `/`, not starting with `0`, and the part before the first `:` an exact
 * integer in (0, 2^54).
 * @internal
 */
export function isValidToken(token: string): boolean {
  if (token.length > 80 || token.startsWith('0') || token.includes('/')) return false;
  const colon = token.indexOf(':');
  if (colon === -1) return false;
  const id = token.slice(0, colon);
  return /^[1-9]\d{0,16}$/.test(id) && Number(id) < 2 ** 54;
}

/** A bot to add: every field checked by the caller. @internal */
export interface BotSpec {
  token: string | undefined;
  username: string | undefined;
  first_name: string | undefined;
  has_topics_enabled: boolean;
  can_read_all_group_messages: boolean;
  allows_users_to_create_topics: boolean;
  supports_inline_queries: boolean;
}

/** Adds a bot (its user too); a fresh token and id unless `spec.token` gives them. @internal */
export function addBot(world: World, spec: BotSpec): BotState {
  let token = spec.token;
  let id: number;
  if (token !== undefined) id = Number(token.slice(0, token.indexOf(':')));
  else {
    id = nextId(world, 'bot');
    token = `${id}:AA${id.toString(36).padEnd(10, 'x')}_emulator-token-${world.bots.size + 1}`;
  }
  const n = world.bots.size + 1;
  const username = spec.username ?? (n === 1 ? 'emulator_bot' : `emulator_bot${n}`);
  // Frozen, as every user: messages share it, and its JSON text is built once (http/jsonText.ts).
  const user = Object.freeze({ id, is_bot: true, first_name: spec.first_name ?? 'Emulator Bot', username });
  const bot: BotState = {
    id,
    token,
    user,
    me: {
      ...user,
      can_join_groups: true,
      can_read_all_group_messages: spec.can_read_all_group_messages,
      supports_inline_queries: spec.supports_inline_queries,
      can_connect_to_business: false,
      has_main_web_app: false,
      has_topics_enabled: spec.has_topics_enabled,
      allows_users_to_create_topics: spec.allows_users_to_create_topics,
    },
    // Each bot's update ids start in a range of their own.
    firstUpdateId: 100_000_001 + n * 1_000_000,
  };
  world.bots.set(token, bot);
  world.botsById.set(id, bot);
  world.users.set(id, user);
  return bot;
}

/** Adds a user; the next free id unless `id` is given. @internal */
export function addUser(
  world: World,
  id: number | undefined,
  names: { first_name?: string; last_name?: string; username?: string; language_code?: string },
): UserJson {
  let userId = id;
  if (userId === undefined) {
    do userId = nextId(world, 'user');
    while (world.users.has(userId));
  }
  const user: UserJson = { id: userId, is_bot: false, first_name: names.first_name ?? `User ${world.users.size}` };
  if (names.last_name !== undefined) user.last_name = names.last_name;
  if (names.username !== undefined) user.username = names.username;
  if (names.language_code !== undefined) user.language_code = names.language_code;
  Object.freeze(user);
  world.users.set(userId, user);
  return user;
}
