import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import { expectRefused } from '../../test/helpers/refused.js';
import { ForumTopicIconColor } from '../topics/constants.js';
import { createForumTopic } from './createForumTopic.js';

// Recorded from the live Bot API (shared/reference/opi-samples).
const topic = {
  message_thread_id: 13140,
  name: 'TestTopic 65b9a653-521f-4be9-8158-8d3567b829a3',
  icon_color: 7322096,
  icon_custom_emoji_id: '5357419403325481346',
};
const CHAT = -1001971186208;

describe('createForumTopic', () => {
  it('posts chat_id, name, icon_color and icon_custom_emoji_id as JSON and unwraps the ForumTopic', async () => {
    const seen = answer('createForumTopic', topic);
    const params = {
      chat_id: CHAT,
      name: topic.name,
      icon_color: ForumTopicIconColor.Blue,
      icon_custom_emoji_id: '5357419403325481346',
    };
    await expect(createForumTopic(testClient(), params)).resolves.toEqual(topic);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/createForumTopic`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual({
      chat_id: CHAT,
      name: topic.name,
      icon_color: 7322096,
      icon_custom_emoji_id: '5357419403325481346',
    });
  });

  it('sends only what was given: no icon fields when none are set', async () => {
    const seen = answer('createForumTopic', { ...topic, name: 'Incident 7' });
    await createForumTopic(testClient(), { chat_id: '@forum_group', name: 'Incident 7' });
    expect(seen[0]?.json).toEqual({ chat_id: '@forum_group', name: 'Incident 7' });
  });

  it('accepts each of the six icon colours', async () => {
    const seen = answer('createForumTopic', topic);
    const client = testClient();
    for (const icon_color of Object.values(ForumTopicIconColor)) {
      await createForumTopic(client, { chat_id: CHAT, name: 'T', icon_color });
    }
    expect(seen.map((r) => (r.json as { icon_color: number }).icon_color)).toEqual([
      0x6fb9f0, 0xffd67e, 0xcb86db, 0x8eee98, 0xff93b2, 0xfb6f5f,
    ]);
  });

  it('refuses an icon_color outside the six, sending nothing', async () => {
    const seen = answer('createForumTopic', topic);
    for (const icon_color of [0, 0x123456, 0xffffff, -1, '7322096']) {
      await expectRefused(
        createForumTopic(testClient(), { chat_id: CHAT, name: 'T', icon_color: icon_color as ForumTopicIconColor }),
        seen,
        { method: 'createForumTopic', field: 'icon_color', message: /ForumTopicIconColor/ },
      );
    }
  });

  it('counts the name in Unicode characters: 128 emoji pass, 129 characters do not', async () => {
    const seen = answer('createForumTopic', topic);
    const emoji = '🎓'.repeat(128); // 256 UTF-16 units, 128 characters
    await createForumTopic(testClient(), { chat_id: CHAT, name: emoji });
    expect(seen[0]?.json).toEqual({ chat_id: CHAT, name: emoji });
    seen.length = 0;
    for (const name of ['x'.repeat(129), `${'🎓'.repeat(128)}x`]) {
      await expectRefused(createForumTopic(testClient(), { chat_id: CHAT, name }), seen, {
        method: 'createForumTopic',
        field: 'name',
        message: /1-128 characters/,
      });
    }
  });

  it('refuses an empty, missing or non-string name, sending nothing', async () => {
    const seen = answer('createForumTopic', topic);
    for (const name of ['', undefined, 42]) {
      await expectRefused(createForumTopic(testClient(), { chat_id: CHAT, name: name as string }), seen, {
        method: 'createForumTopic',
        field: 'name',
      });
    }
  });

  it('refuses the "chat*thread" form: createForumTopic has no message_thread_id', async () => {
    const seen = answer('createForumTopic', topic);
    await expectRefused(createForumTopic(testClient(), { chat_id: `${CHAT}*5`, name: 'T' }), seen, {
      method: 'createForumTopic',
      field: 'chat_id',
    });
  });
});
