import { ValidationError } from '../errors/errors.js';

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
