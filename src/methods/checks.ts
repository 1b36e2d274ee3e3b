import { invalid } from '../errors/errors.js';
import type { ForumTopicIconColor } from '../topics/constants.js';
import { isPrivateChat } from '../topics/privateChats.js';

/**
 * The values of `ForumTopicIconColor` without their names, which an app that creates topics need
 * not bundle (a test keeps the two equal).
 * @internal
 */
export const ICON_COLORS: readonly ForumTopicIconColor[] = [0x6fb9f0, 0xffd67e, 0xcb86db, 0x8eee98, 0xff93b2, 0xfb6f5f];

// The server compares parse modes case-insensitively and also takes "" and "none" (no parsing).
const PARSE_MODES = /^(html|markdown(v2)?|none|)$/i;

/**
 * Refuses a `parse_mode`-like field that the Bot API would answer with `unsupported parse_mode`.
 * @internal
 */
export function checkParseMode(method: string, params: object, field = 'parse_mode'): void {
  const value = (params as Record<string, unknown>)[field];
  if (value !== undefined && !(typeof value === 'string' && PARSE_MODES.test(value))) {
    throw invalid(field, `must be HTML, MarkdownV2 or Markdown, got ${String(value)}`, method);
  }
}

/**
 * Refuses a value outside a documented enumeration; `undefined` passes unless `required`.
 * @internal
 */
export function checkOneOf(
  method: string,
  field: string,
  value: unknown,
  allowed: readonly string[],
  required = false,
): void {
  if ((required || value !== undefined) && !allowed.includes(value as string)) {
    throw invalid(field, `must be one of ${allowed.join(', ')}, got ${String(value)}`, method);
  }
}

/**
 * Refuses a topic name that is not a string of `min`-128 characters, where Telegram would cut a
 * longer name silently. Characters are Unicode code points, as TDLib counts them when it
 * truncates a topic name (`clean_name` → `utf8_truncate`): an emoji such as 🎓 is one character
 * although it is two UTF-16 units in JavaScript.
 * @param method - the method being called, named in the error
 * @param name - the `name` parameter
 * @param min - 1 where a name is required, 0 where an empty one keeps the current name
 * @internal
 */
export function checkTopicName(method: string, name: unknown, min: number): void {
  const length = typeof name === 'string' ? [...name].length : -1;
  if (length < min || length > 128) {
    throw invalid('name', `must be ${min}-128 characters`, method);
  }
}

/**
 * Refuses an `icon_color` that is not one of the six {@link ForumTopicIconColor} values.
 * @param method - the method being called, named in the error
 * @param color - the `icon_color` parameter, when given
 * @internal
 */
export function checkIconColor(method: string, color: unknown): void {
  if (color !== undefined && !ICON_COLORS.includes(color as ForumTopicIconColor)) {
    throw invalid('icon_color', 'must be one of ForumTopicIconColor', method);
  }
}

/**
 * Refuses a `message_ids` list that is not 1-100 message ids, the batch size of
 * `forwardMessages`, `copyMessages` and `deleteMessages`.
 * @internal
 */
export function checkMessageIds(method: string, ids: unknown): void {
  if (!Array.isArray(ids) || ids.length < 1 || ids.length > 100) {
    throw invalid('message_ids', 'must hold 1-100 message ids', method);
  }
}

// Emoji are not allowed in member tags and administrator titles (flags are pairs of regional
// indicators, which are not pictographs).
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;

/**
 * Refuses a member tag or administrator title that is not a string of 0-16 characters without
 * emoji (`undefined` passes: the tag is then removed).
 * @internal
 */
export function checkMemberTag(method: string, field: string, value: unknown): void {
  if (value !== undefined && !(typeof value === 'string' && [...value].length <= 16 && !EMOJI.test(value))) {
    throw invalid(field, 'must be 0-16 characters without emoji', method);
  }
}

/**
 * Refuses a message draft Telegram would not show: a chat that is not private, or a `draft_id`
 * that is not a non-zero integer.
 * @internal
 */
export function checkDraft(method: string, params: { chat_id?: unknown; draft_id?: unknown }): void {
  if (!isPrivateChat(params.chat_id)) {
    throw invalid('chat_id', 'must be a private chat: drafts are streamed to users', method);
  }
  const id = params.draft_id;
  if (!(typeof id === 'number' && id !== 0 && Number.isSafeInteger(id))) {
    throw invalid('draft_id', `must be a non-zero integer, got ${String(id)}`, method);
  }
}
