import { groupByUsername, RIGHT_NAMES } from '../state/chats.js';
import type { AdminRights, BotState, ChatState, UserJson, World } from '../state/types.js';

/**
 * Argument checks of the test-side helpers. Each takes the helper's name and the argument's
 * (as the caller wrote it, e.g. `target.chat_id`), accepts the natural alternatives (an object
 * where an id is expected, an id as a numeric string) and throws a `TypeError` naming both for
 * anything else; a chat, user, bot or message that does not exist is an `Error` naming them.
 * @module
 * @internal
 */

/** A short, safe description of a value for an error message (never a whole object). */
function shown(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `the string "${value.slice(0, 40)}…"` : `the string "${value}"`;
    case 'number':
    case 'bigint':
    case 'boolean':
      return `the ${typeof value} ${String(value)}`;
    case 'undefined':
      return 'undefined';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/** The `TypeError` of a helper's argument. @internal */
export function argumentError(helper: string, arg: string, expected: string, value: unknown): TypeError {
  return new TypeError(`${helper}: ${arg} must be ${expected}; got ${shown(value)}`);
}

const NUMERIC = /^-?\d+$/;

function safeId(helper: string, arg: string, expected: string, value: unknown): number {
  const id = typeof value === 'string' && NUMERIC.test(value.trim()) ? Number(value.trim()) : value;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id === 0)
    throw argumentError(helper, arg, expected, value);
  return id;
}

/** A chat reference: a group's or user's id, or a group's `@username`. @internal */
export type ChatKey = { id: number } | { username: string };

/** Reads a chat reference: a number, a numeric string, `@username`, or an object with a numeric `id`. @internal */
export function chatKey(helper: string, arg: string, value: unknown): ChatKey {
  const expected = 'a chat (its id, a numeric string, "@username", or an object with its id)';
  if (typeof value === 'string' && /^@[A-Za-z0-9_]{1,64}$/.test(value.trim())) {
    return { username: value.trim().slice(1) };
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'id' in value) {
    return { id: safeId(helper, `${arg}.id`, 'an integer', (value as { id: unknown }).id) };
  }
  return { id: safeId(helper, arg, expected, value) };
}

/** Reads a user id: a number, a numeric string, or an object with a numeric `id`. @internal */
export function userId(helper: string, arg: string, value: unknown): number {
  const expected = 'a user (a User, its id or its id as a numeric string)';
  const raw =
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { id?: unknown }).id : value;
  const id = safeId(helper, arg, expected, raw);
  if (id < 0) throw argumentError(helper, arg, expected, value);
  return id;
}

/** The user a reference names; an `Error` when there is none. @internal */
export function userOf(world: World, helper: string, arg: string, value: unknown): UserJson {
  const id = userId(helper, arg, value);
  const user = world.users.get(id);
  if (!user) throw new Error(`${helper}: no user ${id}; create it with createUser()`);
  return user;
}

/** The bot a reference (token or `{ token }`) names, or the first bot when it is `undefined`. @internal */
export function botOf(world: World, helper: string, arg: string, value: unknown, first: BotState): BotState {
  if (value === undefined) return first;
  const token = typeof value === 'object' && value !== null ? (value as { token?: unknown }).token : value;
  if (typeof token !== 'string') throw argumentError(helper, arg, 'a bot (its token or the EmulatedBot)', value);
  const bot = world.bots.get(token);
  // The token itself is left out of the message, as everywhere else.
  if (!bot) throw new Error(`${helper}: ${arg} is not the token of a bot of this emulator`);
  return bot;
}

/** The group chat a reference names; a private chat is a `TypeError`, an unknown group an `Error`. @internal */
export function groupOf(world: World, helper: string, arg: string, value: unknown): ChatState {
  const key = chatKey(helper, arg, value);
  if ('username' in key) {
    const chat = groupByUsername(world, key.username);
    if (!chat) throw new Error(`${helper}: no group @${key.username}`);
    return chat;
  }
  if (key.id > 0) throw argumentError(helper, arg, 'a group chat (a negative id)', value);
  const chat = world.chats.get(key.id);
  if (!chat) throw new Error(`${helper}: no group chat ${key.id}; create it with createForum()`);
  return chat;
}

/** A topic id: a positive integer, a numeric string, or an object with `message_thread_id`. @internal */
export function threadId(helper: string, arg: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const raw =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as { message_thread_id?: unknown }).message_thread_id
      : value;
  const id = typeof raw === 'string' && NUMERIC.test(raw.trim()) ? Number(raw.trim()) : raw;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) {
    throw argumentError(helper, arg, 'a topic (its message_thread_id, a numeric string, or a ForumTopic)', value);
  }
  return id;
}

/** A message reference: an object with a numeric `chat.id` and `message_id`. @internal */
export function messageKey(helper: string, arg: string, value: unknown): { chatId: number; messageId: number } {
  const m = value as { chat?: { id?: unknown }; message_id?: unknown } | null;
  const chatId = typeof m === 'object' && m !== null && typeof m.chat === 'object' ? m.chat?.id : undefined;
  const messageId = typeof m === 'object' && m !== null ? m.message_id : undefined;
  if (
    typeof chatId !== 'number' ||
    !Number.isSafeInteger(chatId) ||
    typeof messageId !== 'number' ||
    !Number.isSafeInteger(messageId)
  ) {
    throw argumentError(helper, arg, 'a message (an object with chat.id and message_id)', value);
  }
  return { chatId, messageId };
}

/** A message id: a positive integer, a numeric string, or a message (whose chat must be `chatId`). @internal */
export function messageId(helper: string, arg: string, value: unknown, chatId: number): number {
  if (typeof value === 'object' && value !== null) {
    const key = messageKey(helper, arg, value);
    if (key.chatId !== chatId) throw new TypeError(`${helper}: ${arg} is a message of another chat (${key.chatId})`);
    return key.messageId;
  }
  const id = safeId(helper, arg, 'a message (its id, a numeric string or the Message)', value);
  if (id < 0) throw argumentError(helper, arg, 'a positive message id', value);
  return id;
}

/** A non-empty string. @internal */
export function text(helper: string, arg: string, value: unknown, hint = ''): string {
  if (typeof value !== 'string' || value === '') throw argumentError(helper, arg, `a non-empty string${hint}`, value);
  return value;
}

/** An options object (or `undefined`) whose keys are all known. @internal */
export function options<T extends object>(helper: string, arg: string, value: unknown, known: readonly string[]): T {
  if (value === undefined) return {} as T;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw argumentError(helper, arg, 'an object', value);
  }
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      throw new TypeError(`${helper}: ${arg} has no option "${key}" (known: ${known.join(', ')})`);
    }
  }
  return value as T;
}

/** Rights: `'member'`, `'left'` where allowed, or an object of known right names with boolean values. @internal */
export function rights<S extends string>(
  helper: string,
  arg: string,
  value: unknown,
  statuses: readonly S[],
): Partial<AdminRights> | S {
  if (typeof value === 'string' && (statuses as readonly string[]).includes(value)) return value as S;
  const expected = `an object of rights${statuses.map((s) => ` or '${s}'`).join('')}`;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw argumentError(helper, arg, expected, value);
  for (const [name, given] of Object.entries(value)) {
    if (!(RIGHT_NAMES as readonly string[]).includes(name)) {
      throw new TypeError(`${helper}: ${arg} has no right "${name}" (known: ${RIGHT_NAMES.join(', ')})`);
    }
    if (typeof given !== 'boolean') throw argumentError(helper, `${arg}.${name}`, 'a boolean', given);
  }
  return value as Partial<AdminRights>;
}
