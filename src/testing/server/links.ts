import { toIntegerSafe } from './integers.js';
import { failure, type Outcome, success } from './outcome.js';

/** A parsed HTTP(S) URL (tdutils/td/utils/HttpUrl.h, `HttpUrl`). @internal */
export interface HttpUrl {
  readonly protocol: 'http' | 'https';
  readonly userinfo: string;
  readonly host: string;
  readonly isIpv6: boolean;
  /** The port written in the URL, 0 when none. */
  readonly specifiedPort: number;
  /** Path, query and fragment, always starting with `/`. */
  readonly query: string;
}

const MAX_USER_ID = 2 ** 40 - 1;
const ALLOWED_PUNCTUATION = new Set(".-_!$,~*'();&+=");

/**
 * TDLib's `parse_url` (tdutils/td/utils/HttpUrl.cpp): an optional `http://`/`https://` scheme
 * (another scheme is `Unsupported URL protocol`), optional userinfo, host and port, the rest as
 * the query. The host is lower-cased; host and userinfo may hold letters, digits, `.-_!$,~*'();&+=`
 * (userinfo also `:`), `%XX` escapes and any non-ASCII character; spaces and control characters in
 * the query are percent-encoded and trailing spaces dropped.
 * @internal
 */
export function parseUrl(url: string, defaultProtocol: 'http' | 'https' = 'http'): Outcome<HttpUrl> {
  let rest = url;
  let protocol = defaultProtocol;
  const scheme = /^([^:/?#@[\]]*):\/\//.exec(url);
  if (scheme) {
    const name = scheme[1]!.toLowerCase();
    if (name !== 'http' && name !== 'https') return failure('Unsupported URL protocol', 0);
    protocol = name;
    rest = url.slice(scheme[0].length);
  }
  const authorityEnd = rest.search(/[/?#]/);
  const authority = authorityEnd === -1 ? rest : rest.slice(0, authorityEnd);
  let query = authorityEnd === -1 ? '' : rest.slice(authorityEnd);

  let port = 0;
  let userinfoHost = authority;
  const colon = lastColon(authority);
  if (colon > 0) {
    const digits = authority.slice(colon + 1).replace(/^0+(?=.)/, '');
    const parsed = toIntegerSafe(digits);
    port = parsed === undefined || parsed === 0n ? -1 : Number(parsed);
    userinfoHost = authority.slice(0, colon);
  }
  if (port < 0 || port > 65535) return failure('Wrong port number specified in the URL', 0);

  const at = userinfoHost.lastIndexOf('@');
  const userinfo = at === -1 ? '' : userinfoHost.slice(0, at);
  const rawHost = userinfoHost.slice(at + 1);
  const isIpv6 = rawHost.startsWith('[') && rawHost.endsWith(']');
  if (isIpv6 && !/^\[[0-9a-fA-F:.]*:[0-9a-fA-F:.]*\]$/.test(rawHost)) {
    return failure('Wrong IPv6 address specified in the URL', 0);
  }
  if (rawHost === '') return failure('URL host is empty', 0);
  if (rawHost === '.') return failure('Host is invalid', 0);

  query = query.replace(/[ \t\r\n\0\v]+$/, '');
  if (query === '') query = '/';
  let encoded = query.startsWith('/') ? '' : '/';
  for (const char of query) {
    const code = char.charCodeAt(0);
    encoded += code <= 0x20 ? `%${code.toString(16).toUpperCase().padStart(2, '0')}` : char;
  }

  const host = rawHost.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
  if (!isIpv6) {
    const checked = checkUrlPart(host, 'host', false);
    if (!checked.ok) return checked;
    const checkedUser = checkUrlPart(userinfo, 'userinfo', true);
    if (!checkedUser.ok) return checkedUser;
  }
  return success({ protocol, userinfo, host, isIpv6, specifiedPort: port, query: encoded });
}

/** The `:` that starts a port: searched from the end, stopping at `]` or `@`. */
function lastColon(authority: string): number {
  for (let i = authority.length - 1; i > 0; i--) {
    const char = authority[i];
    if (char === ':') return i;
    if (char === ']' || char === '@') return -1;
  }
  return -1;
}

function checkUrlPart(part: string, name: string, allowColon: boolean): Outcome<true> {
  for (let i = 0; i < part.length; i++) {
    const char = part[i]!;
    if (/[A-Za-z0-9]/.test(char) || ALLOWED_PUNCTUATION.has(char) || (allowColon && char === ':')) continue;
    if (char === '%') {
      if (/^[0-9a-fA-F]{2}$/.test(part.slice(i + 1, i + 3))) {
        i += 2;
        continue;
      }
      return failure(`Wrong percent-encoded symbol in URL ${name}`, 0);
    }
    if (char.charCodeAt(0) >= 128) continue;
    return failure(`Disallowed character in URL ${name}`, 0);
  }
  return success(true);
}

/** `HttpUrl::get_url`: the normalised URL text. @internal */
export function formatUrl(url: HttpUrl): string {
  const userinfo = url.userinfo === '' ? '' : `${url.userinfo}@`;
  const port = url.specifiedPort > 0 ? `:${url.specifiedPort}` : '';
  return `${url.protocol}://${userinfo}${url.host}${port}${url.query}`;
}

/** Options of {@link checkLink}. @internal */
export interface LinkOptions {
  /** Refuse `tg:`/`ton:` links (`Only HTTP links are allowed`). */
  readonly httpOnly?: boolean;
  /** Refuse everything but `https:` (`Only HTTPS links are allowed`); Web App and login buttons. */
  readonly httpsOnly?: boolean;
}

/**
 * TDLib's `LinkManager::check_link` (td/telegram/LinkManager.cpp): returns the normalised link —
 * `example.com` becomes `http://example.com/`, a `tg://resolve?domain=x` link keeps its form —
 * or the error `URL '<link>' is invalid: <reason>` (reasons such as `Wrong HTTP URL` for a host
 * without a dot, `Unsupported URL protocol`, `Wrong tg URL`).
 * @internal
 */
export function checkLink(link: string, options: LinkOptions = {}): Outcome<string> {
  const checked = checkLinkReason(link, options);
  if (checked.ok) return checked;
  return failure(`URL '${link}' is invalid: ${checked.error.message}`);
}

function checkLinkReason(link: string, options: LinkOptions): Outcome<string> {
  const lower = link.toLowerCase();
  const scheme = lower.startsWith('tg:')
    ? 'tg'
    : lower.startsWith('ton:')
      ? 'ton'
      : lower.startsWith('tonsite:')
        ? 'tonsite'
        : '';
  let rest = scheme === '' ? link : link.slice(scheme.length + 1);
  if (scheme !== '' && rest.startsWith('//')) rest = rest.slice(2);
  const parsed = parseUrl(rest);
  if (!parsed.ok) return parsed;
  const url = parsed.value;
  if (options.httpsOnly && (url.protocol !== 'https' || scheme !== ''))
    return failure('Only HTTPS links are allowed', 0);
  if (scheme === '') {
    if (!url.host.includes('.') && !url.isIpv6) return failure('Wrong HTTP URL', 0);
    return success(formatUrl(url));
  }
  if (options.httpOnly) return failure('Only HTTP links are allowed', 0);
  if (
    rest.toLowerCase().startsWith('http://') ||
    url.protocol === 'https' ||
    url.userinfo !== '' ||
    url.specifiedPort !== 0 ||
    url.isIpv6
  ) {
    return failure(scheme === 'tg' ? 'Wrong tg URL' : 'Wrong ton URL', 0);
  }
  const hostPattern = scheme === 'tonsite' ? /^[A-Za-z0-9_.-]*$/ : /^[A-Za-z0-9_-]*$/;
  if (!hostPattern.test(url.host)) return failure('Unallowed characters in URL host', 0);
  const query = url.query.startsWith('/?') ? url.query.slice(1) : url.query;
  return success(`${scheme}://${url.host}${query}`);
}

/** `LinkManager::get_checked_link`: the normalised link, or `''` when it is invalid. @internal */
export function checkedLinkOrEmpty(link: string, options: LinkOptions = {}): string {
  const checked = checkLinkReason(link, options);
  return checked.ok ? checked.value : '';
}

/**
 * The user of a `tg://user?id=<id>` link (any case, `tg:user?id=` too), as
 * `LinkManager::get_link_user_id` reads it; `undefined` when the link is not one or the id is not
 * a valid user id (1 … 2^40−1).
 * @internal
 */
export function linkUserId(url: string): number | undefined {
  const query = tgQuery(url.toLowerCase(), 'user');
  if (query === undefined) return undefined;
  const id = paramOf(query, 'id');
  if (id === undefined) return undefined;
  const value = toIntegerSafe(id, 64);
  if (value === undefined || value <= 0n || value > BigInt(MAX_USER_ID)) return undefined;
  return Number(value);
}

/** The query of `tg:[//]<host>[/]?<query>`, `undefined` when the URL does not have that form. */
function tgQuery(url: string, host: string): string | undefined {
  if (!url.toLowerCase().startsWith('tg:')) return undefined;
  let rest = url.slice(3);
  if (rest.startsWith('//')) rest = rest.slice(2);
  if (!rest.toLowerCase().startsWith(host)) return undefined;
  const after = rest[host.length];
  if (after !== undefined && !'/?#'.includes(after)) return undefined;
  rest = rest.slice(host.length);
  if (rest.startsWith('/')) rest = rest.slice(1);
  if (!rest.startsWith('?')) return undefined;
  const hash = rest.indexOf('#');
  return hash === -1 ? rest.slice(1) : rest.slice(1, hash);
}

function paramOf(query: string, key: string): string | undefined {
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if ((eq === -1 ? pair : pair.slice(0, eq)) === key) return eq === -1 ? '' : pair.slice(eq + 1);
  }
  return undefined;
}

/**
 * The custom emoji id of a `tg://emoji?id=<id>` link (`LinkManager::get_link_custom_emoji_id`), as
 * decimal text; errors `Invalid custom emoji identifier specified` or
 * `Custom emoji URL must have an emoji identifier`, or one about the URL's form.
 * @internal
 */
export function linkCustomEmojiId(url: string): Outcome<string> {
  const query = tgHostQuery(url, 'emoji');
  if (!query.ok) return query;
  const id = paramOf(query.value, 'id');
  if (id === undefined) return failure('Custom emoji URL must have an emoji identifier');
  const value = toIntegerSafe(id, 64);
  if (value === undefined || value === 0n) return failure('Invalid custom emoji identifier specified');
  return success(value.toString());
}

/** A `tg://time?unix=<date>&format=<format>` link (`LinkManager::get_link_date_format`). @internal */
export function linkDateFormat(url: string): Outcome<{ unixTime: number; format: string }> {
  const query = tgHostQuery(url, 'time');
  if (!query.ok) return query;
  let unixTime = 0;
  let format = '';
  for (const pair of query.value.split('&')) {
    const eq = pair.indexOf('=');
    const key = eq === -1 ? pair : pair.slice(0, eq);
    const value = eq === -1 ? '' : pair.slice(eq + 1);
    if (key === 'unix') {
      const date = toIntegerSafe(value);
      if (date === undefined || date <= 0n) return failure('Invalid Unix time specified');
      unixTime = Number(date);
    }
    if (key === 'format') format = value;
  }
  if (unixTime === 0) return failure('URL must have the corresponding Unix time');
  return success({ unixTime, format });
}

/** `LinkManager::check_tg_url_host` with its error texts. */
function tgHostQuery(url: string, host: string): Outcome<string> {
  if (!url.toLowerCase().startsWith('tg:')) return failure('URL must have scheme tg');
  let rest = url.slice(3);
  if (rest.startsWith('//')) rest = rest.slice(2);
  const after = rest[host.length];
  if (!rest.toLowerCase().startsWith(host) || (after !== undefined && !'/?#'.includes(after))) {
    return failure(`URL must have host "${host}"`);
  }
  rest = rest.slice(host.length);
  if (rest.startsWith('/')) rest = rest.slice(1);
  if (!rest.startsWith('?')) return failure('URL must have parameters');
  const hash = rest.indexOf('#');
  return success(hash === -1 ? rest.slice(1) : rest.slice(1, hash));
}
