import { ValidationError } from '../errors/errors.js';
import { ForumTopicIconColor } from '../topics/constants.js';

// The server compares parse modes case-insensitively and also takes "" and "none" (no parsing).
const PARSE_MODES = ['html', 'markdownv2', 'markdown', 'none', ''];

/**
 * Refuses a `parse_mode`-like field that the Bot API would answer with `unsupported parse_mode`.
 * @internal
 */
export function checkParseMode(method: string, params: object, field = 'parse_mode'): void {
  const value = (params as Record<string, unknown>)[field];
  if (value !== undefined && !(typeof value === 'string' && PARSE_MODES.includes(value.toLowerCase()))) {
    throw new ValidationError(`${field} must be HTML, MarkdownV2 or Markdown, got ${String(value)}`, { method, field });
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
    throw new ValidationError(`${field} must be one of ${allowed.join(', ')}, got ${String(value)}`, { method, field });
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
    throw new ValidationError(`name must be a string of ${min}-128 characters`, { method, field: 'name' });
  }
}

/**
 * Refuses an `icon_color` that is not one of the six {@link ForumTopicIconColor} values.
 * @param method - the method being called, named in the error
 * @param color - the `icon_color` parameter, when given
 * @internal
 */
export function checkIconColor(method: string, color: unknown): void {
  if (color !== undefined && !Object.values<unknown>(ForumTopicIconColor).includes(color)) {
    throw new ValidationError('icon_color must be one of ForumTopicIconColor', { method, field: 'icon_color' });
  }
}
