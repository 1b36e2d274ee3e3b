import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmulator } from './index.js';

const emulator = createEmulator();
const forum = emulator.createForum();
const user = emulator.createUser();
emulator.userSends(user, 'hi');
const methods = emulator.methods.filter((m) => !['getUpdates', 'leaveChat', 'setWebhook'].includes(m));
const names = [
  'chat_id',
  'text',
  'message_thread_id',
  'name',
  'icon_color',
  'reply_markup',
  'message_id',
  'media',
  'reply_parameters',
  'parse_mode',
  'user_id',
  'url',
  'options',
  'question',
  'entities',
  'document',
  'photo',
  'from_chat_id',
  'callback_query_id',
  'latitude',
  'longitude',
  'action',
  'secret_token',
  'file_id',
  'allowed_updates',
];
const value = fc.oneof(
  fc.constantFrom(forum.id, user.id, 1, 0, -1, 2, '', '@x', 'attach://f', '<b>', '&#99999999;', null, true),
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.jsonValue({ maxDepth: 3 }),
);

describe('robustness', () => {
  it('answers any parameters in any encoding with a Bot API envelope, never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...methods),
        fc.dictionary(fc.constantFrom(...names), value, { maxKeys: 6 }),
        fc.constantFrom('json', 'form', 'query', 'multipart'),
        async (method, params, encoding) => {
          const url = new URL(`${emulator.apiRoot}/bot${emulator.bot.token}/${method}`);
          const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
          const init: RequestInit = { method: 'POST' };
          if (encoding === 'json') {
            init.headers = { 'content-type': 'application/json' };
            init.body = JSON.stringify(params);
          } else if (encoding === 'form') {
            init.body = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, text(v)]));
          } else if (encoding === 'multipart') {
            const form = new FormData();
            for (const [k, v] of Object.entries(params)) form.append(k, text(v));
            init.body = form;
          } else for (const [k, v] of Object.entries(params)) url.searchParams.set(k, text(v));
          const response = await emulator.fetch(url, init);
          const body = await response.json();
          expect(response.status).toBeLessThan(500);
          expect(typeof body.ok).toBe('boolean');
          if (!body.ok) expect(body.error_code).toBe(response.status);
        },
      ),
      { numRuns: 400 },
    );
  });
});
