import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import type { Params } from '../types/methods.js';
import { deleteMessage } from './deleteMessage.js';

const result = true;

describe('deleteMessage', () => {
  it('posts the params as JSON to /bot<token>/deleteMessage and unwraps the result', async () => {
    const seen = answer('deleteMessage', result);
    const params: Params<'deleteMessage'> = { chat_id: -1001234567890, message_id: 77 };
    await expect(deleteMessage(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/deleteMessage`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});

describe('deleteMessage and topics', () => {
  it('refuses the "chat*thread" form, which it has no thread for, naming the method', async () => {
    const seen = answer('deleteMessage', result);
    const error = await deleteMessage(testClient(), { chat_id: '-1001234567890*42', message_id: 77 }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'ValidationError', method: 'deleteMessage', field: 'chat_id' });
    expect(String(error)).toContain('deleteMessage');
    expect(seen).toHaveLength(0);
  });
});
