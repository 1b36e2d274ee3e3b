import fc from 'fast-check';

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_';

/** Integer chat ids: users, basic groups and `-100…` supergroups, up to the safe limit. */
export const chatIds = fc.oneof(
  fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
  fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: -1 }),
  fc.integer({ min: 1, max: 999_999_999_999 }).map((n) => -1_000_000_000_000 - n),
);

/** `@username`s: a letter, then 3-31 letters, digits or `_` (4-32 in all). */
export const usernames = fc
  .tuple(
    fc.constantFrom(...ALNUM.slice(0, 52)),
    fc.string({ unit: fc.constantFrom(...ALNUM), minLength: 3, maxLength: 31 }),
  )
  .map(([first, rest]) => `@${first}${rest}`);

/** Topic ids: positive safe integers, General (1) included. */
export const threadIds = fc.oneof(
  fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
  fc.integer({ min: 1, max: 100_000 }),
  fc.constant(1),
);

/** A chat as `chat_id` takes it. */
export const chats = fc.oneof(chatIds, usernames);

/**
 * The reference reading of a `"chat*thread"` string, written without the parser's regular
 * expressions: exactly two parts, a non-zero safe integer written canonically or a
 * `@username`, then a positive safe integer written canonically.
 * @returns the target, or undefined when the string is malformed
 */
export function referenceParse(value: string): { chat_id: number | string; message_thread_id: number } | undefined {
  const parts = value.split('*');
  if (parts.length !== 2) return undefined;
  const [chat = '', thread = ''] = parts;
  const id = Number(thread);
  if (!(Number.isSafeInteger(id) && id > 0 && String(id) === thread)) return undefined;
  if (chat.startsWith('@')) {
    const name = chat.slice(1);
    const ok =
      name.length >= 4 &&
      name.length <= 32 &&
      ALNUM.slice(0, 52).includes(name[0] ?? '-') &&
      [...name].every((c) => ALNUM.includes(c));
    return ok ? { chat_id: chat, message_thread_id: id } : undefined;
  }
  const chatId = Number(chat);
  if (!(Number.isSafeInteger(chatId) && chatId !== 0 && String(chatId) === chat)) return undefined;
  return { chat_id: chatId, message_thread_id: id };
}
