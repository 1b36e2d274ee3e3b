import { describe, expect, it } from 'vitest';
import { checkLink, linkCustomEmojiId, linkDateFormat, linkUserId, parseUrl } from './links.js';

// td/telegram/LinkManager.cpp `check_link`, `get_link_user_id`, `get_link_custom_emoji_id`,
// `get_link_date_format`; tdutils/td/utils/HttpUrl.cpp `parse_url`, `HttpUrl::get_url`.
describe('checkLink (LinkManager.cpp check_link, HttpUrl.cpp parse_url)', () => {
  it.each([
    ['example.com', 'http://example.com/'],
    ['https://Example.COM/Path?Q=1#F', 'https://example.com/Path?Q=1#F'],
    ['HTTP://a.b', 'http://a.b/'],
    ['a.b:8080/x', 'http://a.b:8080/x'],
    ['a.b:0080', 'http://a.b:80/'],
    ['user:pw@a.b', 'http://user:pw@a.b/'],
    ['a.b/x y ', 'http://a.b/x%20y'],
    ['a.b?x', 'http://a.b/?x'],
    ['tg://resolve?domain=x', 'tg://resolve?domain=x'],
    ['tg:resolve?domain=x', 'tg://resolve?domain=x'],
    ['TG://join?invite=abc', 'tg://join?invite=abc'],
    ['ton://wallet', 'ton://wallet/'],
    ['пример.рф', 'http://пример.рф/'],
    ['[::1]', 'http://[::1]/'],
  ])('%j becomes %j', (link, url) => {
    expect(checkLink(link)).toEqual({ ok: true, value: url });
  });

  it.each([
    ['localhost', 'Wrong HTTP URL'],
    ['ftp://a.b', 'Unsupported URL protocol'],
    ['a.b:99999', 'Wrong port number specified in the URL'],
    ['a.b:0', 'Wrong port number specified in the URL'],
    ['a.b:x', 'Wrong port number specified in the URL'],
    ['', 'URL host is empty'],
    ['http://', 'URL host is empty'],
    ['.', 'Host is invalid'],
    ['a_b!.c<d', 'Disallowed character in URL host'],
    ['a.b%zz', 'Wrong percent-encoded symbol in URL host'],
    ['tg://http://x', 'Wrong tg URL'],
    ['tg://a:80', 'Wrong tg URL'],
    ['tg://a.b', 'Unallowed characters in URL host'],
  ])('%j is invalid: %s', (link, reason) => {
    expect(checkLink(link)).toEqual({
      ok: false,
      error: { code: 400, message: `URL '${link}' is invalid: ${reason}` },
    });
  });

  it.each([
    [{ httpsOnly: true }, 'http://a.b', 'Only HTTPS links are allowed'],
    [{ httpsOnly: true }, 'tg://resolve?domain=x', 'Only HTTPS links are allowed'],
    [{ httpOnly: true }, 'tg://resolve?domain=x', 'Only HTTP links are allowed'],
  ] as const)('with %j, %j is invalid: %s', (options, link, reason) => {
    expect(checkLink(link, options)).toEqual({
      ok: false,
      error: { code: 400, message: `URL '${link}' is invalid: ${reason}` },
    });
  });

  it('parseUrl keeps the pieces (HttpUrl.cpp parse_url)', () => {
    expect(parseUrl('https://u@Host.io:8443/p')).toEqual({
      ok: true,
      value: { protocol: 'https', userinfo: 'u', host: 'host.io', isIpv6: false, specifiedPort: 8443, query: '/p' },
    });
  });
});

describe('linkUserId (LinkManager.cpp get_link_user_id)', () => {
  it.each([
    ['tg://user?id=123', 123],
    ['TG://USER?ID=5', 5],
    ['tg:user?id=9', 9],
    ['tg://user/?id=8', 8],
    ['tg://user?x=1&id=77#frag', 77],
    ['tg://user?id=1099511627775', 1099511627775],
    ['tg://user?id=1099511627776', undefined],
    ['tg://user?id=0', undefined],
    ['tg://user?id=012', undefined],
    ['tg://users?id=1', undefined],
    ['tg://user', undefined],
    ['https://t.me/user?id=1', undefined],
  ] as const)('%j is %s', (url, id) => {
    expect(linkUserId(url)).toBe(id);
  });
});

describe('custom emoji and time links (LinkManager.cpp get_link_custom_emoji_id, get_link_date_format)', () => {
  it.each([
    ['tg://emoji?id=5368324170671202286', { ok: true, value: '5368324170671202286' }],
    ['tg:emoji?id=1', { ok: true, value: '1' }],
    ['tg://emoji?id=0', { ok: false, error: { code: 400, message: 'Invalid custom emoji identifier specified' } }],
    ['tg://emoji?x=1', { ok: false, error: { code: 400, message: 'Custom emoji URL must have an emoji identifier' } }],
    ['tg://emojis?id=1', { ok: false, error: { code: 400, message: 'URL must have host "emoji"' } }],
    ['tg://emoji#id=1', { ok: false, error: { code: 400, message: 'URL must have parameters' } }],
    ['https://emoji?id=1', { ok: false, error: { code: 400, message: 'URL must have scheme tg' } }],
  ])('%j', (url, result) => {
    expect(linkCustomEmojiId(url)).toEqual(result);
  });

  it.each([
    ['tg://time?unix=100&format=t', { ok: true, value: { unixTime: 100, format: 't' } }],
    ['tg://time?unix=100', { ok: true, value: { unixTime: 100, format: '' } }],
    ['tg://time?unix=0', { ok: false, error: { code: 400, message: 'Invalid Unix time specified' } }],
    ['tg://time?format=t', { ok: false, error: { code: 400, message: 'URL must have the corresponding Unix time' } }],
  ])('%j', (url, result) => {
    expect(linkDateFormat(url)).toEqual(result);
  });
});
