import { describe, expect, it } from 'vitest';
import { answer, testClient } from '../../test/helpers/msw.js';
import { expectRefused } from '../../test/helpers/refused.js';
import { editForumTopic } from './editForumTopic.js';

const CHAT = -1001971186208;

describe('editForumTopic', () => {
  it('sends name and icon_custom_emoji_id as given, an empty icon id (removes the icon) included', async () => {
    const seen = answer('editForumTopic', true);
    await editForumTopic(testClient(), {
      chat_id: CHAT,
      message_thread_id: 13140,
      name: 'Incident 7 (resolved)',
      icon_custom_emoji_id: '',
    });
    await editForumTopic(testClient(), { chat_id: `${CHAT}*13140`, icon_custom_emoji_id: '5310132165583840589' });
    expect(seen.map((r) => r.json)).toEqual([
      { chat_id: CHAT, message_thread_id: 13140, name: 'Incident 7 (resolved)', icon_custom_emoji_id: '' },
      { chat_id: CHAT, message_thread_id: 13140, icon_custom_emoji_id: '5310132165583840589' },
    ]);
  });

  it('sends an empty name (Telegram keeps the current one) and a 128-character one', async () => {
    const seen = answer('editForumTopic', true);
    await editForumTopic(testClient(), { chat_id: CHAT, message_thread_id: 9, name: '' });
    await editForumTopic(testClient(), { chat_id: CHAT, message_thread_id: 9, name: 'ü'.repeat(128) });
    expect(seen.map((r) => (r.json as { name: string }).name)).toEqual(['', 'ü'.repeat(128)]);
  });

  it('refuses a name over 128 characters or not a string, sending nothing', async () => {
    const seen = answer('editForumTopic', true);
    for (const name of ['x'.repeat(129), null, 7]) {
      await expectRefused(
        editForumTopic(testClient(), { chat_id: CHAT, message_thread_id: 9, name: name as string }),
        seen,
        { method: 'editForumTopic', field: 'name', message: /0-128 characters/ },
      );
    }
  });
});
