import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import type { Params } from '../types/methods.js';
import { answerCallbackQuery } from './answerCallbackQuery.js';

const result = true;

describe('answerCallbackQuery', () => {
  it('posts the params as JSON to /bot<token>/answerCallbackQuery and unwraps the result', async () => {
    const seen = answer('answerCallbackQuery', result);
    const params: Params<'answerCallbackQuery'> = {
      callback_query_id: '4382bfdwdsb323b2d9',
      text: 'Closed',
      show_alert: false,
      cache_time: 0,
    };
    await expect(answerCallbackQuery(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/answerCallbackQuery`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});

describe('answerCallbackQuery text limit', () => {
  it('sends 200 characters, astral ones counted once', async () => {
    const seen = answer('answerCallbackQuery', true);
    const text = '✅'.repeat(100) + '🎉'.repeat(100);
    await answerCallbackQuery(testClient(), { callback_query_id: '1', text });
    expect(seen[0]?.json).toEqual({ callback_query_id: '1', text });
  });

  it('refuses 201 characters before sending', async () => {
    const seen = answer('answerCallbackQuery', true);
    await expect(
      answerCallbackQuery(testClient(), { callback_query_id: '1', text: 'x'.repeat(201) }),
    ).rejects.toMatchObject({ name: 'ValidationError', method: 'answerCallbackQuery', field: 'text' });
    expect(seen).toHaveLength(0);
  });
});
