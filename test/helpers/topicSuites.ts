import { expect, it } from 'vitest';
import type { CallOptions, Client } from '../../src/client/types.js';
import { answer, TOKEN, testClient } from './msw.js';
import { expectRefused } from './refused.js';

const CHAT = -1001971186208;

/** A method module; `never` lets every module's own params type fit. */
type MethodModule = (client: Client, params: never, options?: CallOptions) => Promise<unknown>;

/**
 * The cases every method on one topic shares (`closeForumTopic`, …): the exact request, the
 * `"chat*thread"` form, the General topic refused with the variant to use, bad thread ids.
 */
export function topicMethodCases(method: string, module: MethodModule, general: RegExp): void {
  const call = (client: Client, params: object) => module(client, params as never);
  it(`posts chat_id and message_thread_id as JSON to /bot<token>/${method} and unwraps true`, async () => {
    const seen = answer(method, true);
    await expect(call(testClient(), { chat_id: CHAT, message_thread_id: 13140 })).resolves.toBe(true);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/${method}`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual({ chat_id: CHAT, message_thread_id: 13140 });
  });

  it('splits the "chat*thread" form into chat_id and message_thread_id', async () => {
    const seen = answer(method, true);
    await call(testClient(), { chat_id: `${CHAT}*13140` });
    await call(testClient(), { chat_id: '@forum_group*7' });
    await call(testClient(), { chat_id: `${CHAT}*13140`, message_thread_id: 13140 });
    expect(seen.map((r) => r.json)).toEqual([
      { chat_id: CHAT, message_thread_id: 13140 },
      { chat_id: '@forum_group', message_thread_id: 7 },
      { chat_id: CHAT, message_thread_id: 13140 },
    ]);
  });

  it('refuses the General topic, by id or by "chat*1", and names the General method', async () => {
    const seen = answer(method, true);
    for (const params of [{ chat_id: CHAT, message_thread_id: 1 }, { chat_id: `${CHAT}*1` }]) {
      await expectRefused(call(testClient(), params), seen, { method, field: 'message_thread_id', message: general });
    }
  });

  it('refuses a missing thread and names the General method', async () => {
    const seen = answer(method, true);
    await expectRefused(call(testClient(), { chat_id: CHAT }), seen, {
      method,
      field: 'message_thread_id',
      message: general,
    });
  });

  it('refuses a thread id that is not a positive safe integer, sending nothing', async () => {
    const seen = answer(method, true);
    for (const message_thread_id of [0, -5, 1.5, 2 ** 53, Number.NaN, '42' as unknown as number]) {
      await expectRefused(call(testClient(), { chat_id: CHAT, message_thread_id }), seen, {
        method,
        field: 'message_thread_id',
        message: /positive integer/,
      });
    }
  });

  it('refuses a malformed "chat*thread" form or one that disagrees with message_thread_id', async () => {
    const seen = answer(method, true);
    for (const chat_id of [`${CHAT}*`, '*5', `${CHAT}*abc`, `${CHAT}*0`, `${CHAT}*5*6`, `${CHAT} * 5`]) {
      await expectRefused(call(testClient(), { chat_id }), seen, { method, field: 'chat_id' });
    }
    await expectRefused(call(testClient(), { chat_id: `${CHAT}*5`, message_thread_id: 6 }), seen, {
      method,
      field: 'message_thread_id',
      message: /disagrees/,
    });
  });
}

/** The cases every General-topic method without a name shares (`closeGeneralForumTopic`, …). */
export function generalMethodCases(method: string, module: MethodModule): void {
  const call = (client: Client, params: object, options?: CallOptions) => module(client, params as never, options);
  it(`posts chat_id as JSON to /bot<token>/${method} and unwraps true`, async () => {
    const seen = answer(method, true);
    await expect(call(testClient(), { chat_id: CHAT })).resolves.toBe(true);
    await expect(call(testClient(), { chat_id: '@forum_group' })).resolves.toBe(true);
    expect(seen).toHaveLength(2);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/${method}`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen.map((r) => r.json)).toEqual([{ chat_id: CHAT }, { chat_id: '@forum_group' }]);
  });

  it('refuses the "chat*thread" form and an empty chat_id: the General topic has no thread id', async () => {
    const seen = answer(method, true);
    for (const chat_id of [`${CHAT}*5`, `${CHAT}*1`, '']) {
      await expectRefused(call(testClient(), { chat_id }), seen, { method, field: 'chat_id' });
    }
  });

  it('passes the caller signal through', async () => {
    answer(method, true);
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(call(testClient(), { chat_id: CHAT }, { signal: controller.signal })).rejects.toThrow('stop');
  });
}
