import { createHmac } from 'node:crypto';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isValidationError } from '../errors/errors.js';
import { validateWebAppInitData } from './validateWebAppInitData.js';

const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
const AUTH_DATE = 1_700_000_000;
const NOW = () => (AUTH_DATE + 60) * 1000;
const user = { id: 461699897, first_name: 'Ada', username: 'ada', language_code: 'en', allows_write_to_pm: true };

/** Signs fields the way Telegram does, with node:crypto (independent of the code under test). */
function sign(fields: Record<string, string>, token = TOKEN): string {
  const secret = createHmac('sha256', 'WebAppData').update(token).digest();
  const dcs = Object.keys(fields)
    .sort()
    .map((k) => `${k}=${fields[k]}`)
    .join('\n');
  const hash = createHmac('sha256', secret).update(dcs).digest('hex');
  return new URLSearchParams({ ...fields, hash }).toString();
}

const fields = {
  query_id: 'AAHdF6IQAAAAAN0XohDhrOrc',
  user: JSON.stringify(user),
  auth_date: String(AUTH_DATE),
  chat_type: 'supergroup',
  chat_instance: '-8391725011226',
  start_param: 'topic_42',
  signature: 'sig-for-third-parties',
};

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isValidationError(error)).toBe(true);
  const text = [String(error), (error as Error).stack, JSON.stringify(error), inspect(error)].join('\n');
  expect(text).not.toContain(TOKEN);
  expect(text).not.toContain(TOKEN.split(':')[1]);
  return error as { field?: string; method?: string };
}

describe('validateWebAppInitData', () => {
  it('accepts data signed with the token and returns the fields, user parsed from JSON', async () => {
    const data = await validateWebAppInitData(TOKEN, sign(fields), { now: NOW });
    expect(data).toMatchObject({
      auth_date: AUTH_DATE,
      query_id: fields.query_id,
      chat_type: 'supergroup',
      chat_instance: '-8391725011226',
      start_param: 'topic_42',
      signature: 'sig-for-third-parties',
      user,
    });
    expect(data.hash).toMatch(/^[\da-f]{64}$/);
    expect(data.fields.user).toBe(fields.user);
    expect(Object.isFrozen(data.fields)).toBe(true);
  });

  it('accepts a leading "?", an upper-case hash and fields it does not know', async () => {
    const signed = sign({ ...fields, new_field: 'x' });
    const upper = signed.replace(/hash=([\da-f]+)/, (_, h: string) => `hash=${h.toUpperCase()}`);
    const data = await validateWebAppInitData(TOKEN, `?${upper}`, { now: NOW });
    expect(data.fields.new_field).toBe('x');
  });

  it('parses receiver and chat, and can_send_after as a number', async () => {
    const chat = { id: -1001234567890, type: 'supergroup', title: 'Forum' };
    const data = await validateWebAppInitData(
      TOKEN,
      sign({ ...fields, receiver: JSON.stringify(user), chat: JSON.stringify(chat), can_send_after: '10' }),
      { now: NOW },
    );
    expect(data).toMatchObject({ receiver: user, chat, can_send_after: 10 });
  });

  it('rejects data signed with another token', async () => {
    const error = await failure(validateWebAppInitData(TOKEN, sign(fields, '987654321:other'), { now: NOW }));
    expect(error).toMatchObject({ method: 'validateWebAppInitData', field: 'hash' });
  });

  it('rejects a tampered field, an added field and a removed field', async () => {
    const signed = sign(fields);
    const tampered = [
      signed.replace('topic_42', 'topic_43'),
      `${signed}&is_admin=true`,
      signed.replace(/&?start_param=topic_42/, ''),
    ];
    for (const initData of tampered) {
      expect(await failure(validateWebAppInitData(TOKEN, initData, { now: NOW }))).toMatchObject({ field: 'hash' });
    }
  });

  it('rejects a missing, empty or malformed hash', async () => {
    const plain = new URLSearchParams(fields).toString();
    for (const initData of [plain, `${plain}&hash=`, `${plain}&hash=abc`, `${plain}&hash=${'g'.repeat(64)}`]) {
      expect(await failure(validateWebAppInitData(TOKEN, initData, { now: NOW }))).toMatchObject({ field: 'hash' });
    }
  });

  it('rejects a duplicate field, even one the signature covers', async () => {
    const signed = sign(fields);
    const error = await failure(validateWebAppInitData(TOKEN, `${signed}&auth_date=${AUTH_DATE}`, { now: NOW }));
    expect(error.field).toBe('auth_date');
    expect(String(error)).toContain('twice');
  });

  it('rejects data older than maxAgeSeconds (24 h by default), and accepts it with Infinity', async () => {
    const signed = sign(fields);
    const dayLater = () => (AUTH_DATE + 86_400) * 1000;
    const tooLate = () => (AUTH_DATE + 86_401) * 1000;
    await expect(validateWebAppInitData(TOKEN, signed, { now: dayLater })).resolves.toBeDefined();
    expect(await failure(validateWebAppInitData(TOKEN, signed, { now: tooLate }))).toMatchObject({
      field: 'auth_date',
    });
    expect(await failure(validateWebAppInitData(TOKEN, signed, { now: NOW, maxAgeSeconds: 59 }))).toMatchObject({
      field: 'auth_date',
    });
    await expect(
      validateWebAppInitData(TOKEN, signed, { now: () => 4_000_000_000_000, maxAgeSeconds: Infinity }),
    ).resolves.toBeDefined();
  });

  it('rejects a signed but missing or non-numeric auth_date', async () => {
    const { auth_date: _, ...noDate } = fields;
    expect(await failure(validateWebAppInitData(TOKEN, sign(noDate), { now: NOW }))).toMatchObject({
      field: 'auth_date',
    });
    expect(
      await failure(validateWebAppInitData(TOKEN, sign({ ...fields, auth_date: 'yesterday' }), { now: NOW })),
    ).toMatchObject({ field: 'auth_date' });
  });

  it('rejects a signed user that is not JSON', async () => {
    const error = await failure(validateWebAppInitData(TOKEN, sign({ ...fields, user: '{id:1' }), { now: NOW }));
    expect(error.field).toBe('user');
  });

  it('rejects bad arguments: empty data, empty token, a maxAgeSeconds of 0 or below', async () => {
    const signed = sign(fields);
    expect(await failure(validateWebAppInitData(TOKEN, ''))).toMatchObject({ field: 'initData' });
    expect(await failure(validateWebAppInitData('', signed))).toMatchObject({ field: 'token' });
    for (const maxAgeSeconds of [0, -1, Number.NaN]) {
      expect(await failure(validateWebAppInitData(TOKEN, signed, { maxAgeSeconds }))).toMatchObject({
        field: 'maxAgeSeconds',
      });
    }
  });

  it('uses the real clock by default', async () => {
    const fresh = sign({ ...fields, auth_date: String(Math.floor(Date.now() / 1000)) });
    await expect(validateWebAppInitData(TOKEN, fresh)).resolves.toMatchObject({ user });
    expect(await failure(validateWebAppInitData(TOKEN, sign(fields)))).toMatchObject({ field: 'auth_date' });
  });
});
