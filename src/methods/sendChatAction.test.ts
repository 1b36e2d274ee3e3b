import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import type { Params } from '../types/methods.js';
import { sendChatAction } from './sendChatAction.js';

const result = true;

describe('sendChatAction', () => {
  it('posts the params as JSON to /bot<token>/sendChatAction and unwraps the result', async () => {
    const seen = answer('sendChatAction', result);
    const params: Params<'sendChatAction'> = { chat_id: -1001234567890, message_thread_id: 42, action: 'typing' };
    await expect(sendChatAction(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/sendChatAction`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});

describe('sendChatAction in topics', () => {
  it('shows the action inside the topic named by the legacy form', async () => {
    const seen = answer('sendChatAction', true);
    await sendChatAction(testClient(), { chat_id: '-1001234567890*42', action: 'upload_document' });
    expect(seen[0]?.json).toEqual({ chat_id: -1001234567890, message_thread_id: 42, action: 'upload_document' });
  });

  it('drops the General topic id, so the action shows in General', async () => {
    const seen = answer('sendChatAction', true);
    await sendChatAction(testClient(), { chat_id: '@forum', message_thread_id: 1, action: 'typing' });
    expect(seen[0]?.json).toEqual({ chat_id: '@forum', action: 'typing' });
  });

  it('refuses an action outside the documented list, a missing one, and a bad thread id', async () => {
    const seen = answer('sendChatAction', true);
    const cases: Array<[Params<'sendChatAction'>, string]> = [
      [{ chat_id: 1, action: 'Typing' as 'typing' }, 'action'],
      [{ chat_id: 1, action: 'upload_audio' as 'typing' }, 'action'],
      [{ chat_id: 1 } as Params<'sendChatAction'>, 'action'],
      [{ chat_id: 1, action: 'typing', message_thread_id: 0 }, 'message_thread_id'],
      [{ chat_id: '-100123*42', action: 'typing', message_thread_id: 43 }, 'message_thread_id'],
    ];
    for (const [params, field] of cases) {
      await expect(sendChatAction(testClient(), params), field).rejects.toMatchObject({
        name: 'ValidationError',
        method: 'sendChatAction',
        field,
      });
    }
    expect(seen).toHaveLength(0);
  });
});
