import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import { inputFile } from '../client/inputFile.js';
import type { Params } from '../types/methods.js';
import { sendAudio } from './sendAudio.js';

const result = {
  message_id: 77,
  date: 1700000000,
  chat: { id: -1001234567890, type: 'supergroup', title: 'Forum', is_forum: true },
  message_thread_id: 42,
  is_topic_message: true,
  audio: { file_id: 'CQACAgIAAxkBAAIB', file_unique_id: 'AgADa', duration: 60 },
};

describe('sendAudio', () => {
  it('posts the params as JSON to /bot<token>/sendAudio and unwraps the result', async () => {
    const seen = answer('sendAudio', result);
    const params: Params<'sendAudio'> = {
      chat_id: -1001234567890,
      message_thread_id: 42,
      audio: 'CQACAgIAAxkBAAIB',
      title: 'Standup',
      performer: 'Team',
    };
    await expect(sendAudio(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/sendAudio`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});

describe('sendAudio upload', () => {
  it('uploads the audio as a multipart part with its name and content type, into the topic', async () => {
    const seen = answer('sendAudio', result);
    const bytes = new Uint8Array([1, 2, 3, 4]);
    await sendAudio(testClient(), {
      chat_id: '-1001234567890*42',
      audio: inputFile(bytes, 'standup.mp3'),
      caption: 'x',
    });
    const form = seen[0]?.form;
    expect([...(form?.keys() ?? [])].sort()).toEqual(['audio', 'caption', 'chat_id', 'message_thread_id'].sort());
    expect([form?.get('chat_id'), form?.get('message_thread_id')]).toEqual(['-1001234567890', '42']);
    const part = form?.get('audio') as File;
    expect([part.name, part.type]).toEqual(['standup.mp3', 'audio/mpeg']);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytes);
  });
});
