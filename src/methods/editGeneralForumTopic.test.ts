import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import { expectRefused } from '../../test/helpers/refused.js';
import { editGeneralForumTopic } from './editGeneralForumTopic.js';

const CHAT = -1001971186208;

describe('editGeneralForumTopic', () => {
  it('posts chat_id and name as JSON and unwraps true', async () => {
    const seen = answer('editGeneralForumTopic', true);
    await expect(editGeneralForumTopic(testClient(), { chat_id: CHAT, name: 'Lobby 💬' })).resolves.toBe(true);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/editGeneralForumTopic`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual({ chat_id: CHAT, name: 'Lobby 💬' });
  });

  it('accepts 128 characters and refuses 0, 129 or a non-string, sending nothing', async () => {
    const seen = answer('editGeneralForumTopic', true);
    await editGeneralForumTopic(testClient(), { chat_id: CHAT, name: '💬'.repeat(128) });
    expect(seen).toHaveLength(1);
    seen.length = 0;
    for (const name of ['', 'x'.repeat(129), undefined]) {
      await expectRefused(editGeneralForumTopic(testClient(), { chat_id: CHAT, name: name as string }), seen, {
        method: 'editGeneralForumTopic',
        field: 'name',
        message: /1-128 characters/,
      });
    }
  });

  it('refuses the "chat*thread" form: the General topic has no thread id', async () => {
    const seen = answer('editGeneralForumTopic', true);
    await expectRefused(editGeneralForumTopic(testClient(), { chat_id: `${CHAT}*1`, name: 'Lobby' }), seen, {
      method: 'editGeneralForumTopic',
      field: 'chat_id',
    });
  });
});
