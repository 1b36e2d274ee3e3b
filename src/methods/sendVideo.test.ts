import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import { inputFile } from '../client/inputFile.js';
import type { Params } from '../types/methods.js';
import { sendVideo } from './sendVideo.js';

const result = {
  message_id: 77,
  date: 1700000000,
  chat: { id: -1001234567890, type: 'supergroup', title: 'Forum', is_forum: true },
  message_thread_id: 42,
  is_topic_message: true,
  video: { file_id: 'BAACAgIAAxkBAAIB', file_unique_id: 'AgADv', width: 640, height: 360, duration: 5 },
};

describe('sendVideo', () => {
  it('posts the params as JSON to /bot<token>/sendVideo and unwraps the result', async () => {
    const seen = answer('sendVideo', result);
    const params: Params<'sendVideo'> = {
      chat_id: -1001234567890,
      message_thread_id: 42,
      video: 'BAACAgIAAxkBAAIB',
      supports_streaming: true,
      duration: 0,
    };
    await expect(sendVideo(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/sendVideo`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});

describe('sendVideo upload', () => {
  it('uploads the video as a multipart part with its name and content type, into the topic', async () => {
    const seen = answer('sendVideo', result);
    const bytes = new Uint8Array([1, 2, 3, 4]);
    await sendVideo(testClient(), { chat_id: '-1001234567890*42', video: inputFile(bytes, 'demo.mp4'), caption: 'x' });
    const form = seen[0]?.form;
    expect([...(form?.keys() ?? [])].sort()).toEqual(['video', 'caption', 'chat_id', 'message_thread_id'].sort());
    expect([form?.get('chat_id'), form?.get('message_thread_id')]).toEqual(['-1001234567890', '42']);
    const part = form?.get('video') as File;
    expect([part.name, part.type]).toEqual(['demo.mp4', 'video/mp4']);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytes);
  });
});
