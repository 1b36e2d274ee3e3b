import { decodeJson } from './json.js';

/** Parameters in the order the server reads them: the first of a name wins. @internal */
export type Parameters = Array<readonly [name: string, value: string]>;

/**
 * The parameters of a JSON body as the server's HTTP reader takes them
 * (tdnet/td/net/HttpReader.cpp, `parse_json_parameters`): a top-level object's string values are
 * decoded, every other value (number, `true`, `null`, object, array) is kept as its JSON text; a
 * body that is one JSON string is a single parameter `content`. Reading stops at the first
 * syntax error, but the parameters read before it are kept (the server only logs the error), so
 * `{"chat_id":1,"text":"a" oops` still carries `chat_id` and `text`.
 * @internal
 */
export function readJsonBody(body: string): Parameters {
  const params: Parameters = [];
  let i = skipSpaces(body, 0);
  if (i >= body.length) return params;
  if (body[i] === '"') {
    const value = stringAt(body, i);
    if (value !== undefined && skipSpaces(body, value.end) === body.length) params.push(['content', value.text]);
    return params;
  }
  if (body[i] !== '{') return params;
  i++;
  for (;;) {
    i = skipSpaces(body, i);
    if (body[i] === '}' || i >= body.length) return params;
    const name = stringAt(body, i);
    if (name === undefined) return params;
    i = skipSpaces(body, name.end);
    if (body[i] !== ':') return params;
    i = skipSpaces(body, i + 1);
    let value: string;
    if (body[i] === '"') {
      const text = stringAt(body, i);
      if (text === undefined) return params;
      value = text.text;
      i = text.end;
    } else {
      const end = valueEnd(body, i);
      if (end === undefined) return params;
      value = body.slice(i, end);
      i = end;
    }
    params.push([name.text, value]);
    i = skipSpaces(body, i);
    if (body[i] === ',') i++;
    else if (body[i] !== '}') return params;
  }
}

/** Space, tab, carriage return, newline: JSON's whitespace. */
const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 13 || code === 9;

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** A number as TDLib's reader takes it: a sign, dot or digit, then any of `-+.0-9eE`. */
const NUMBER = /^[-+.0-9][-+.0-9eE]*$/;

/** A JSON string literal at `from`, decoded as TDLib does. */
function stringAt(text: string, from: number): { text: string; end: number } | undefined {
  let end = from + 1;
  let escaped = false;
  while (end < text.length && text.charCodeAt(end) !== 34) {
    if (text.charCodeAt(end) === 92) {
      escaped = true;
      end += 2;
    } else end++;
  }
  if (end >= text.length) return undefined;
  // Without an escape the decoded string is the literal's inside, character for character.
  if (!escaped) return { text: text.slice(from + 1, end), end: end + 1 };
  const decoded = decodeJson(text.slice(from, end + 1));
  return decoded.ok && decoded.value.kind === 'string' ? { text: decoded.value.value, end: end + 1 } : undefined;
}

/** A character TDLib's reader takes in a number: `-+.0-9eE`. */
const isNumberChar = (code: number): boolean =>
  (code >= 48 && code <= 57) || code === 45 || code === 43 || code === 46 || code === 101 || code === 69;

/**
 * The end of a plain number at `from` (the common case of {@link valueEnd}, without slicing
 * and matching it): the number characters up to a `,`, `}`, `]`, whitespace or the end;
 * `undefined` when the value is anything else.
 */
function numberEnd(text: string, from: number): number | undefined {
  const first = text.charCodeAt(from);
  if (!isNumberChar(first) || first === 101 || first === 69) return undefined;
  let i = from + 1;
  while (i < text.length && isNumberChar(text.charCodeAt(i))) i++;
  if (i === text.length) return i;
  const next = text.charCodeAt(i);
  return next === 44 || next === 125 || next === 93 || isSpace(next) ? i : undefined;
}

/** The end of a non-string JSON value (TDLib's `do_json_skip`): balanced brackets, strings skipped. */
function valueEnd(text: string, from: number): number | undefined {
  const number = numberEnd(text, from);
  if (number !== undefined) return number;
  let depth = 0;
  let i = from;
  for (; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') {
      const string = stringAt(text, i);
      if (string === undefined) return undefined;
      i = string.end - 1;
    } else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      if (depth === 0) break;
      depth--;
      if (depth === 0) {
        i++;
        break;
      }
    } else if (depth === 0 && (char === ',' || isSpace(char.charCodeAt(0)))) break;
  }
  if (depth !== 0) return undefined;
  const value = text.slice(from, i);
  if (NUMBER.test(value) || value === 'true' || value === 'false' || value === 'null') return i;
  return value === '' || !decodeJson(value).ok ? undefined : i;
}

/** A request found in a webhook reply. @internal */
export interface WebhookReplyRequest {
  /** The method name, lower-cased. */
  readonly method: string;
  readonly params: Parameters;
}

/**
 * Whether a bot's answer to a webhook delivery carries a Bot API request, as `WebhookActor::handle`
 * (telegram-bot-api/WebhookActor.cpp) decides: only a 2xx answer counts; its body is read by
 * content type like a request (`application/json` or `application/x-www-form-urlencoded`;
 * `multipart/form-data` is read as a form with files, which this helper does not model; any other
 * type carries no parameters); the `method` parameter is lower-cased, and `setWebhook`,
 * `deleteWebhook`, `close`, `logOut` and every `get…` method are ignored. The request's own
 * answer goes nowhere.
 * @internal
 */
export function webhookReplyRequest(
  status: number,
  contentType: string,
  body: string,
): WebhookReplyRequest | undefined {
  if (status < 200 || status > 299) return undefined;
  const type = contentType.toLowerCase();
  let params: Parameters;
  if (type.includes('application/x-www-form-urlencoded')) params = [...new URLSearchParams(body)];
  else if (type.includes('application/json')) params = readJsonBody(body);
  else return undefined;
  const method = (params.find(([name]) => name === 'method')?.[1] ?? '').replace(/[A-Z]+/g, (part) =>
    part.toLowerCase(),
  );
  if (
    method === '' ||
    ['deletewebhook', 'setwebhook', 'close', 'logout'].includes(method) ||
    method.startsWith('get')
  ) {
    return undefined;
  }
  return { method, params };
}

/**
 * The webhook error the server records for a failed delivery (`WebhookActor::handle`): a non-2xx
 * answer is `Wrong response from the webhook: <status> <reason phrase>`; a `Retry-After` header
 * (a plain non-negative integer) delays the next attempt, at most 3600 seconds.
 * @internal
 */
export function webhookFailure(
  status: number,
  reason: string,
  retryAfter?: string,
): { message: string; retryAfter: number } {
  const seconds = retryAfter !== undefined && /^(0|[1-9]\d{0,8})$/.test(retryAfter) ? Number(retryAfter) : 0;
  return { message: `Wrong response from the webhook: ${status} ${reason}`, retryAfter: Math.min(seconds, 3600) };
}
