import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import { inputFile } from '../client/inputFile.js';
import type { Params } from '../types/methods.js';
import { sendAnimation } from './sendAnimation.js';

const result = {
  message_id: 77,
  date: 1700000000,
  chat: { id: -1001234567890, type: 'supergroup', title: 'Forum', is_forum: true },
  message_thread_id: 42,
  is_topic_message: true,
  animation: { file_id: 'CgACAgIAAxkBAAIB', file_unique_id: 'AgADn', width: 320, height: 240, duration: 2 },
};

describe('sendAnimation', () => {
  it('posts the params as JSON to /bot<token>/sendAnimation and unwraps the result', async () => {
    const seen = answer('sendAnimation', result);
    const params: Params<'sendAnimation'> = {
      chat_id: -1001234567890,
      message_thread_id: 42,
      animation: 'CgACAgIAAxkBAAIB',
      has_spoiler: false,
    };
    await expect(sendAnimation(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/sendAnimation`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});

describe('sendAnimation upload', () => {
  it('uploads the animation as a multipart part with its name and content type, into the topic', async () => {
    const seen = answer('sendAnimation', result);
    const bytes = new Uint8Array([1, 2, 3, 4]);
    await sendAnimation(testClient(), {
      chat_id: '-1001234567890*42',
      animation: inputFile(bytes, 'party.gif'),
      caption: 'x',
    });
    const form = seen[0]?.form;
    expect([...(form?.keys() ?? [])].sort()).toEqual(['animation', 'caption', 'chat_id', 'message_thread_id'].sort());
    expect([form?.get('chat_id'), form?.get('message_thread_id')]).toEqual(['-1001234567890', '42']);
    const part = form?.get('animation') as File;
    expect([part.name, part.type]).toEqual(['party.gif', 'image/gif']);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytes);
  });
});
