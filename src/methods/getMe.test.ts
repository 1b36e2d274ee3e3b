import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import { getMe } from './getMe.js';

const me = { id: 123456789, is_bot: true, first_name: 'Forum Bot', username: 'forum_bot', has_topics_enabled: true };

describe('getMe', () => {
  it('posts to /bot<token>/getMe with an empty JSON body and unwraps the result', async () => {
    const seen = answer('getMe', me);
    await expect(getMe(testClient())).resolves.toEqual(me);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/getMe`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual({});
  });

  it('passes the caller signal through', async () => {
    answer('getMe', me);
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(getMe(testClient(), { signal: controller.signal })).rejects.toThrow('stop');
  });
});
