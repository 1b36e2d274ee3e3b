import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import { getForumTopicIconStickers } from './getForumTopicIconStickers.js';

// Ids as the live API returns them (shared/reference/opi-samples): beyond 2^53, so strings.
const stickers = [
  {
    file_id: 'CAACAgIAAxUAAWZ0',
    file_unique_id: 'AgADdw8AAmh0',
    type: 'custom_emoji',
    width: 100,
    height: 100,
    is_animated: true,
    is_video: false,
    emoji: '📰',
    set_name: 'Topics',
    custom_emoji_id: '5434144690511290129',
  },
  {
    file_id: 'CAACAgIAAxUAAWZ1',
    file_unique_id: 'AgADeA8AAmh1',
    type: 'custom_emoji',
    width: 100,
    height: 100,
    is_animated: true,
    is_video: false,
    emoji: '💡',
    set_name: 'Topics',
    custom_emoji_id: '5312536423851630001',
  },
];

describe('getForumTopicIconStickers', () => {
  it('posts an empty JSON body and unwraps the stickers, custom_emoji_id kept as exact strings', async () => {
    const seen = answer('getForumTopicIconStickers', stickers);
    const result = await getForumTopicIconStickers(testClient());
    expect(result).toEqual(stickers);
    expect(result.map((s) => s.custom_emoji_id)).toEqual(['5434144690511290129', '5312536423851630001']);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/getForumTopicIconStickers`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual({});
  });

  it('passes the caller signal through', async () => {
    answer('getForumTopicIconStickers', stickers);
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(getForumTopicIconStickers(testClient(), { signal: controller.signal })).rejects.toThrow('stop');
  });
});
