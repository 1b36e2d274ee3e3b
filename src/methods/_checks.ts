import { ValidationError } from '../errors/errors.js';
import { ForumTopicIconColor } from '../topics/constants.js';

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
