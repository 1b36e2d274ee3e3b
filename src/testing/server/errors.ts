import type { ServerError } from './outcome.js';

/** A Bot API failure as the official server answers it. @internal */
export interface DescribedError {
  readonly error_code: number;
  readonly description: string;
  readonly parameters?: { readonly retry_after: number };
}

/** Options of {@link describeError}. @internal */
export interface DescribeOptions {
  /**
   * The text the server substitutes for any error that ends up as a 400 (the third argument of
   * `fail_query_with_error`, e.g. `chat not found` after a failed chat lookup).
   */
  readonly defaultMessage?: string;
  /** The lower-cased method name; only `setchatmembertag` changes a text (the `RANK_*` errors). */
  readonly method?: string;
}

// TDLib/server texts that the Bot API front end replaces (telegram-bot-api/Client.cpp,
// Client::fail_query_with_error). The value is [new code, new text].
const REPLACED: Record<string, readonly [number, string]> = {
  MESSAGE_NOT_MODIFIED: [
    400,
    'message is not modified: specified new message content and reply markup are exactly the same as a current ' +
      'content and reply markup of the message',
  ],
  WC_CONVERT_URL_INVALID: [400, 'Wrong HTTP URL specified'],
  EXTERNAL_URL_INVALID: [400, 'Wrong HTTP URL specified'],
  WEBPAGE_CURL_FAILED: [400, 'Failed to get HTTP URL content'],
  WEBPAGE_MEDIA_EMPTY: [400, 'Wrong type of the web page content'],
  MEDIA_GROUPED_INVALID: [400, "Can't use the media of the specified type in the album"],
  REPLY_MARKUP_TOO_LONG: [400, 'reply markup is too long'],
  INPUT_USER_DEACTIVATED: [403, 'Forbidden: user is deactivated'],
  USER_IS_BLOCKED: [403, 'bot was blocked by the user'],
  USER_ADMIN_INVALID: [400, 'user is an administrator of the chat'],
  'File generation failed': [400, "can't upload file by URL"],
  CHAT_ABOUT_NOT_MODIFIED: [400, 'chat description is not modified'],
  PACK_SHORT_NAME_INVALID: [400, 'invalid sticker set name is specified'],
  PACK_SHORT_NAME_OCCUPIED: [400, 'sticker set name is already occupied'],
  STICKER_EMOJI_INVALID: [400, 'invalid sticker emojis'],
  QUERY_ID_INVALID: [400, 'query is too old and response timeout expired or query ID is invalid'],
  MESSAGE_DELETE_FORBIDDEN: [400, "message can't be deleted"],
};

const PREFIXES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  500: 'Internal Server Error',
};

const RETRY_AFTER = 'Too Many Requests: retry after ';

/** An error message made only of `A`–`Z`, digits and `_` is a raw server error code such as `CHAT_ADMIN_REQUIRED`. */
const isServerCode = (message: string): boolean => /^[A-Z0-9_]*$/.test(message);

/**
 * Turns an error of TDLib or of the server's parameter readers into the `error_code` and
 * `description` the Bot API answers with, following `Client::fail_query_with_error`
 * (telegram-bot-api/Client.cpp): codes below 400 and 404 become 400, a 403 whose text is a raw
 * upper-case server code becomes 400, a 400 takes the caller's default text, a few known texts are
 * replaced, then the text gets its prefix (`Bad Request: `, `Forbidden: ` …) and its first letter
 * is lower-cased unless the second character is `_` or upper-case. A 429 keeps `retry_after`.
 * @internal
 */
export function describeError(error: ServerError, options: DescribeOptions = {}): DescribedError {
  let code = error.code;
  let message = error.message;
  if (code === 429) {
    const seconds = message.startsWith(RETRY_AFTER) ? strictPositive(message.slice(RETRY_AFTER.length)) : 0;
    if (seconds > 0) return { error_code: 429, description: message, parameters: { retry_after: seconds } };
    return { error_code: 500, description: message };
  }
  if (code < 400 || code === 404) code = 400;
  else if (code === 403 && isServerCode(message)) code = 400;
  if (code === 400) {
    if (options.defaultMessage) message = options.defaultMessage;
    const replaced = REPLACED[message];
    if (replaced) [code, message] = replaced;
    else if (
      message === 'RANK_CHANGE_FORBIDDEN' ||
      message === 'RANK_EMOJI_NOT_ALLOWED' ||
      message === 'RANK_INVALID'
    ) {
      message = (options.method === 'setchatmembertag' ? 'TAG' : 'CUSTOM_TITLE') + message.slice(4);
    }
  }
  const prefix = PREFIXES[code];
  if (prefix === undefined) return { error_code: 400, description: `Bad Request: ${message}` };
  if (message.startsWith(prefix)) return { error_code: code, description: message };
  if (message === '') return { error_code: code, description: prefix };
  const second = message[1];
  const keep = second !== undefined && (second === '_' || (second >= 'A' && second <= 'Z'));
  const first = message[0]!;
  const text = keep ? message : (first >= 'A' && first <= 'Z' ? first.toLowerCase() : first) + message.slice(1);
  return { error_code: code, description: `${prefix}: ${text}` };
}

/** `td::to_integer_safe<int>` of a `retry after` suffix, 0 when it is not a positive integer. */
function strictPositive(text: string): number {
  if (!/^(0|[1-9]\d{0,9})$/.test(text)) return 0;
  const value = Number(text);
  return value <= 2 ** 31 - 1 ? value : 0;
}
