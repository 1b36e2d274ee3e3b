import { ValidationError } from '../errors/errors.js';

/** A user as Mini Apps receive it in `initData` (`user`, `receiver`). */
export interface WebAppUser {
  /** The user's (or bot's) id. */
  id: number;
  /** `true` for a bot (only in `receiver`). */
  is_bot?: boolean;
  /** First name. */
  first_name: string;
  /** Last name. */
  last_name?: string;
  /** Username. */
  username?: string;
  /** IETF language tag of the user's language. */
  language_code?: string;
  /** `true` for a Telegram Premium user. */
  is_premium?: true;
  /** `true` if the user added the bot to the attachment menu. */
  added_to_attachment_menu?: true;
  /** `true` if the user allowed the bot to message them. */
  allows_write_to_pm?: true;
  /** URL of the user's profile photo (`.jpeg` or `.svg`). */
  photo_url?: string;
}

/** A chat as Mini Apps receive it in `initData` (opened from an attachment menu in a group). */
export interface WebAppChat {
  /** The chat's id. */
  id: number;
  /** `group`, `supergroup` or `channel`. */
  type: 'group' | 'supergroup' | 'channel';
  /** Title of the chat. */
  title: string;
  /** Username of the chat. */
  username?: string;
  /** URL of the chat's photo. */
  photo_url?: string;
}

/** Verified Mini App launch data, as {@link validateWebAppInitData} returns it. */
export interface WebAppInitData {
  /** When the data was signed (Unix time, seconds). */
  auth_date: number;
  /** The signature that was checked (hex). */
  hash: string;
  /** Id of the Mini App session, to answer with `answerWebAppQuery`. */
  query_id?: string;
  /** The user who opened the Mini App. */
  user?: WebAppUser;
  /** The chat partner, in a private chat opened from the attachment menu. */
  receiver?: WebAppUser;
  /** The chat, when opened from the attachment menu in a group. */
  chat?: WebAppChat;
  /** The type of chat it was opened from: `sender`, `private`, `group`, `supergroup` or `channel`. */
  chat_type?: string;
  /** Global identifier of the chat it was opened from. */
  chat_instance?: string;
  /** The `startapp` parameter of the link that opened it. */
  start_param?: string;
  /** Seconds after which a message can be sent with `answerWebAppQuery`. */
  can_send_after?: number;
  /** The Ed25519 signature for third-party validation, when present. */
  signature?: string;
  /** Every field as received (decoded strings), the ones not listed above included. */
  fields: Readonly<Record<string, string>>;
}

/** Options of {@link validateWebAppInitData}. */
export interface ValidateWebAppInitDataOptions {
  /**
   * The oldest `auth_date` accepted, in seconds before now. Default 86,400 (24 hours).
   * Pass `Infinity` to accept data of any age; 0 or a negative number is refused.
   */
  maxAgeSeconds?: number | undefined;
  /** The current time in milliseconds; default `Date.now`. For tests and replay checks. */
  now?: (() => number) | undefined;
}

const METHOD = 'validateWebAppInitData';
const JSON_FIELDS = ['user', 'receiver', 'chat'] as const;
// Pure: a bundler may drop it from apps that do not validate init data (the built package is one chunk).
const text = /* @__PURE__ */ new TextEncoder();

const fail = (message: string, field: string): never => {
  throw new ValidationError(message, { method: METHOD, field });
};

async function hmac(key: Uint8Array<ArrayBuffer>, message: string): Promise<Uint8Array<ArrayBuffer>> {
  const subtle = globalThis.crypto.subtle;
  const cryptoKey = await subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await subtle.sign('HMAC', cryptoKey, text.encode(message)));
}

/**
 * Checks the signature of a Mini App's `initData` (`Telegram.WebApp.initData`, sent by your
 * front end) and returns its fields, parsed. Use it on your server before trusting `user`.
 *
 * The check is Telegram's: the secret is HMAC-SHA256 of the bot token keyed with `"WebAppData"`;
 * the hash is HMAC-SHA256 of the data-check string (every field but `hash`, sorted by name, as
 * `name=value` lines) keyed with that secret, compared in constant time. `auth_date` must be no
 * older than `maxAgeSeconds` (default 24 hours), so a leaked string cannot be replayed forever.
 * Runs on Web Crypto only (Node ≥ 20, Deno, Bun, Workers, browsers).
 *
 * It throws rather than returning a flag, so unverified data cannot be used by mistake: every
 * failure (malformed data, a duplicate field, a missing or wrong hash, expired data) is a
 * `ValidationError` whose `field` names the culprit. The token never appears in it.
 *
 * @example
 * ```ts
 * import { isValidationError, validateWebAppInitData } from 'telegram-forum';
 * const initData = 'query_id=AAH&user=%7B%22id%22%3A1%7D&auth_date=1700000000&hash=00';
 * const data = await validateWebAppInitData(process.env.BOT_TOKEN ?? '123:abc', initData).catch((e) => {
 *   if (isValidationError(e)) return undefined; // answer 401
 *   throw e;
 * });
 * ```
 * @param token - the bot token the Mini App belongs to
 * @param initData - the raw query string (`Telegram.WebApp.initData`); a leading `?` is ignored
 * @param options - `maxAgeSeconds`, `now`
 * @returns the verified fields, with `user`, `receiver` and `chat` parsed from JSON
 * @see https://core.telegram.org/bots/webapps#validating-data-received-via-the-mini-app
 */
export async function validateWebAppInitData(
  token: string,
  initData: string,
  options: ValidateWebAppInitDataOptions = {},
): Promise<WebAppInitData> {
  const { maxAgeSeconds = 86_400, now = Date.now } = options;
  if (typeof token !== 'string' || token === '') fail('token must be a non-empty string', 'token');
  if (typeof initData !== 'string' || initData === '') fail('initData must be a non-empty string', 'initData');
  if (!(typeof maxAgeSeconds === 'number' && maxAgeSeconds > 0)) {
    fail('maxAgeSeconds must be a positive number (Infinity for no limit)', 'maxAgeSeconds');
  }
  const fields: Record<string, string> = Object.create(null);
  for (const [key, value] of new URLSearchParams(initData)) {
    // A repeated field would make the data-check string ambiguous.
    if (Object.hasOwn(fields, key)) fail(`field ${key} appears twice`, key);
    fields[key] = value;
  }
  const { hash } = fields;
  if (hash === undefined) return fail('hash is missing', 'hash');
  if (!/^[\da-f]{64}$/i.test(hash)) fail('hash must be 64 hexadecimal digits', 'hash');
  const checkString = Object.keys(fields)
    .filter((key) => key !== 'hash')
    .sort()
    .map((key) => `${key}=${fields[key]}`)
    .join('\n');
  const secret = await hmac(text.encode('WebAppData'), token);
  const expected = await hmac(secret, checkString);
  let diff = 0;
  for (let i = 0; i < 32; i++) diff |= (expected[i] ?? 0) ^ Number.parseInt(hash.slice(2 * i, 2 * i + 2), 16);
  if (diff !== 0) fail('hash does not match: the data was not signed with this bot token', 'hash');

  const authDate = Number(fields.auth_date);
  if (!(fields.auth_date && Number.isSafeInteger(authDate) && authDate > 0)) {
    fail('auth_date must be a Unix time', 'auth_date');
  }
  if (now() / 1000 - authDate > maxAgeSeconds) fail(`auth_date is older than ${maxAgeSeconds} seconds`, 'auth_date');

  const result: Record<string, unknown> = { ...fields, auth_date: authDate, fields: Object.freeze({ ...fields }) };
  for (const key of JSON_FIELDS) {
    const raw = fields[key];
    if (raw === undefined) continue;
    try {
      result[key] = JSON.parse(raw);
    } catch {
      fail(`${key} is not JSON`, key);
    }
  }
  if (fields.can_send_after !== undefined) result.can_send_after = Number(fields.can_send_after);
  return result as unknown as WebAppInitData;
}
