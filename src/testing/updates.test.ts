import { afterEach, describe, expect, it } from 'vitest';
import { isApiError } from '../errors/errors.js';
import { createEmulator, type Emulator, type WebhookFetch } from './index.js';

let emulator: Emulator;
afterEach(() => emulator?.close());

/**
 * A clock that moves only when told: the server treats a getUpdates call that repeats the previous
 * offset within 0.5 s (limit 1) or 3 s (timeout 3) specially (Client.cpp process_get_updates_query).
 */
function clock() {
  let time = Date.UTC(2026, 0, 1);
  return {
    now: () => time,
    advance(ms: number) {
      time += ms;
    },
  };
}

describe('getUpdates', () => {
  it('confirms updates by offset and honours limit and negative offsets', async () => {
    const time = clock();
    emulator = createEmulator({ now: time.now });
    const client = emulator.client({ retry: false });
    const user = emulator.createUser();
    for (const text of ['a', 'b', 'c']) emulator.userSends(user, text);
    const all = await client.call('getUpdates', { limit: 2 });
    expect(all.map((u) => u.message?.text)).toEqual(['a', 'b']);
    // Not confirmed yet: the same updates come again (a second later: the same offset within
    // half a second would get one update only).
    time.advance(1000);
    expect((await client.call('getUpdates', {})).length).toBe(3);
    const next = await client.call('getUpdates', { offset: all[1]!.update_id + 1 });
    expect(next.map((u) => u.message?.text)).toEqual(['c']);
    emulator.userSends(user, 'd');
    emulator.userSends(user, 'e');
    const last = await client.call('getUpdates', { offset: -1 });
    expect(last.map((u) => u.message?.text)).toEqual(['e']);
    expect(emulator.pendingUpdates()).toHaveLength(1);
  });

  it('wakes a long poll early when an update arrives', async () => {
    emulator = createEmulator();
    const client = emulator.client({ retry: false });
    const user = emulator.createUser();
    const poll = client.call('getUpdates', { timeout: 50 });
    await new Promise((r) => setTimeout(r, 10));
    emulator.userSends(user, 'wake');
    const updates = await poll;
    expect(updates.map((u) => u.message?.text)).toEqual(['wake']);
  });

  it('ends a long poll with an empty list after its timeout', async () => {
    emulator = createEmulator();
    const client = emulator.client({ retry: false });
    expect(await client.call('getUpdates', { timeout: 1 })).toEqual([]);
  });

  it('terminates the older poll with 409 when a second one starts to wait', async () => {
    const time = clock();
    emulator = createEmulator({ now: time.now });
    const client = emulator.client({ retry: false });
    const first = client.call('getUpdates', { timeout: 30 }).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 10));
    time.advance(5000);
    const second = client.call('getUpdates', { timeout: 30 });
    const error = await first;
    expect(isApiError(error) && error.description).toBe(
      'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
    );
    emulator.userSends(emulator.createUser(), 'wake');
    expect((await second).map((u) => u.message?.text)).toEqual(['wake']);
  });

  it('filters by allowed_updates', async () => {
    const time = clock();
    emulator = createEmulator({ now: time.now });
    const client = emulator.client({ retry: false });
    const user = emulator.createUser();
    await client.call('getUpdates', { allowed_updates: ['callback_query'] });
    emulator.userSends(user, 'ignored');
    time.advance(5000);
    expect(await client.call('getUpdates', {})).toEqual([]);
  });
});

describe('member updates', () => {
  it('a forum starts with the bot in it, and no update', () => {
    emulator = createEmulator();
    emulator.createForum();
    expect(emulator.pendingUpdates()).toEqual([]);
  });

  it('tells the bot when its rights change (my_chat_member), from the owner', async () => {
    emulator = createEmulator();
    const client = emulator.client({ retry: false });
    const owner = emulator.createUser({ first_name: 'Owner' });
    const forum = emulator.createForum({ owner, rights: 'member' });
    emulator.setRights(forum.id, { can_pin_messages: false });
    emulator.setRights(forum.id, { can_pin_messages: false }); // no change: no update
    const [promoted, ...rest] = (await client.call('getUpdates', {})).map((u) => u.my_chat_member);
    expect(rest).toEqual([]);
    expect(promoted).toMatchObject({
      chat: { id: forum.id, type: 'supergroup', is_forum: true },
      from: { id: owner.id },
      old_chat_member: { status: 'member', user: { id: emulator.bot.id } },
      new_chat_member: { status: 'administrator', can_manage_topics: true, can_pin_messages: false },
    });
    expect(typeof promoted?.date).toBe('number');
    // What the update says is what getChatMember answers.
    expect(await client.call('getChatMember', { chat_id: forum.id, user_id: emulator.bot.id })).toEqual(
      promoted?.new_chat_member,
    );
    emulator.setRights(forum.id, 'left');
    const [left] = (await client.call('getUpdates', { offset: -1 })).map((u) => u.my_chat_member);
    expect(left).toMatchObject({ old_chat_member: { status: 'administrator' }, new_chat_member: { status: 'left' } });
  });

  it('sends chat_member only to administrator bots that ask for it', async () => {
    const time = clock();
    emulator = createEmulator({ now: time.now });
    const client = emulator.client({ retry: false });
    const forum = emulator.createForum();
    const ann = emulator.createUser({ first_name: 'Ann' });
    emulator.addMember(forum.id, ann);
    expect(emulator.pendingUpdates()).toEqual([]); // chat_member is off by default
    await client.call('getUpdates', { allowed_updates: ['chat_member'] });
    const bob = emulator.createUser({ first_name: 'Bob' });
    emulator.addMember(forum.id, bob);
    await client.call('banChatMember', { chat_id: forum.id, user_id: ann.id });
    time.advance(5000);
    const changes = (await client.call('getUpdates', {})).map((u) => u.chat_member);
    expect(changes).toMatchObject([
      {
        from: { id: bob.id },
        old_chat_member: { status: 'left' },
        new_chat_member: { status: 'member', user: { id: bob.id } },
      },
      { from: { id: emulator.bot.id }, old_chat_member: { status: 'member' }, new_chat_member: { status: 'kicked' } },
    ]);
  });

  it('tells the bot it left when it calls leaveChat', async () => {
    emulator = createEmulator();
    const client = emulator.client({ retry: false });
    const forum = emulator.createForum();
    await client.call('leaveChat', { chat_id: forum.id });
    const [update] = await client.call('getUpdates', {});
    expect(update?.my_chat_member?.new_chat_member.status).toBe('left');
    expect(update?.my_chat_member?.from.id).toBe(emulator.bot.id);
  });
});

describe('webhooks', () => {
  function recorder(status = 200) {
    const seen: Array<{ url: string; secret: string | undefined; body: { message?: { text?: string } } }> = [];
    const send: WebhookFetch = async (url, init) => {
      seen.push({ url, secret: init.headers['x-telegram-bot-api-secret-token'], body: JSON.parse(init.body) });
      return { status, text: async () => '' };
    };
    return { seen, send };
  }

  it('delivers updates with the secret header and refuses getUpdates with 409', async () => {
    const hook = recorder();
    emulator = createEmulator({ webhookFetch: hook.send });
    const client = emulator.client({ retry: false });
    const user = emulator.createUser();
    await client.call('setWebhook', { url: 'https://bot.example/hook', secret_token: 's3cret' });
    emulator.userSends(user, 'hello');
    await emulator.settled();
    expect(hook.seen).toEqual([{ url: 'https://bot.example/hook', secret: 's3cret', body: expect.any(Object) }]);
    expect(hook.seen[0]?.body.message?.text).toBe('hello');
    const error = await client.call('getUpdates', {}).catch((e: unknown) => e);
    expect(isApiError(error) && [error.error_code, error.description]).toEqual([
      409,
      "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
    ]);
    expect((await client.call('getWebhookInfo')).pending_update_count).toBe(0);
  });

  it('keeps failed updates pending and reports the last error', async () => {
    const hook = recorder(500);
    emulator = createEmulator({ webhookFetch: hook.send, webhookRetryMs: 60_000 });
    const client = emulator.client({ retry: false });
    await client.call('setWebhook', { url: 'https://bot.example/hook' });
    emulator.userSends(emulator.createUser(), 'x');
    await emulator.settled();
    const info = await client.call('getWebhookInfo');
    expect(info).toMatchObject({
      url: 'https://bot.example/hook',
      pending_update_count: 1,
      last_error_message: 'Wrong response from the webhook: 500 Internal Server Error',
    });
    await client.call('deleteWebhook', { drop_pending_updates: true });
    expect(await client.call('getUpdates', {})).toEqual([]);
  });

  it('executes a method returned in the webhook response', async () => {
    emulator = createEmulator({
      webhookFetch: async (_url, init) => {
        const update = JSON.parse(init.body);
        const answer = { method: 'sendMessage', chat_id: update.message.chat.id, text: 'pong' };
        return { status: 200, text: async () => JSON.stringify(answer) };
      },
    });
    const client = emulator.client({ retry: false });
    const user = emulator.createUser();
    await client.call('setWebhook', { url: 'https://bot.example/hook' });
    emulator.userSends(user, 'ping');
    await emulator.settled();
    expect(emulator.messages(user.id).map((m) => m.text)).toEqual(['ping', 'pong']);
  });

  it('validates webhook settings', async () => {
    emulator = createEmulator({ strictWebhooks: true });
    const client = emulator.client({ retry: false });
    const fail = (params: Record<string, unknown>) =>
      client.call('setWebhook', params as never).catch((e: unknown) => (isApiError(e) ? e.description : e));
    expect(await fail({ url: 'http://bot.example/hook' })).toBe(
      'Bad Request: bad webhook: An HTTPS URL must be provided for webhook',
    );
    expect(await fail({ url: 'https://bot.example:9999/hook' })).toBe(
      'Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443',
    );
    expect(await fail({ url: 'https://bot.example/hook', secret_token: 'a b' })).toBe(
      'Bad Request: secret token contains unallowed characters',
    );
    // td::parse_url refuses another scheme (a bare host is read as https://, as the server does).
    expect(await fail({ url: 'ftp://bot.example/hook' })).toBe('Bad Request: invalid webhook URL specified');
    const response = await emulator.fetch(
      `${emulator.apiRoot}/bot${emulator.bot.token}/setWebhook?url=https://a.example/`,
    );
    expect(await response.json()).toEqual({ ok: true, result: true, description: 'Webhook was set' });
    const again = await emulator.fetch(
      `${emulator.apiRoot}/bot${emulator.bot.token}/setWebhook?url=https://a.example/`,
    );
    expect((await again.json()).description).toBe('Webhook is already set');
  });

  it('serves over loopback HTTP with listen()', async () => {
    emulator = createEmulator();
    const server = await emulator.listen();
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${server.url}/bot${emulator.bot.token}/getMe`);
      expect((await response.json()).result.username).toBe('emulator_bot');
      const missing = await fetch(`${server.url}/bot${emulator.bot.token}/nope`);
      expect(missing.status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

describe('flood limits', () => {
  it('answers 429 with retry_after and the Retry-After header', async () => {
    let clock = 1_700_000_000_000;
    emulator = createEmulator({ now: () => clock, flood: { perChat: { limit: 2, windowMs: 1000 } } });
    const forum = emulator.createForum();
    const send = () =>
      emulator.fetch(`${emulator.apiRoot}/bot${emulator.bot.token}/sendMessage?chat_id=${forum.id}&text=x`);
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(200);
    const limited = await send();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(await limited.json()).toEqual({
      ok: false,
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      parameters: { retry_after: 1 },
    });
    clock += 1000;
    expect((await send()).status).toBe(200);
  });

  it('applies the group limit per minute', async () => {
    let clock = 1_700_000_000_000;
    emulator = createEmulator({ now: () => clock, flood: true });
    const forum = emulator.createForum();
    const client = emulator.client({ retry: false });
    let limited: unknown;
    for (let i = 0; i < 25 && !limited; i++) {
      clock += 1000;
      limited = await client.call('sendMessage', { chat_id: forum.id, text: `m${i}` }).then(
        () => undefined,
        (e: unknown) => e,
      );
    }
    expect(isApiError(limited) && limited.retryAfter).toBe(40);
  });
});
