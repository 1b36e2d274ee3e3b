import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import { type InputFile, inputFile } from '../client/inputFile.js';
import { isValidationError } from '../errors/errors.js';
import type { Params } from '../types/methods.js';
import { sendPhoto } from './sendPhoto.js';

const result = {
  message_id: 77,
  date: 1700000000,
  chat: { id: -1001234567890, type: 'supergroup', title: 'Forum', is_forum: true },
  message_thread_id: 42,
  is_topic_message: true,
  photo: [{ file_id: 'AgACAgIAAxkBAAIBZ2', file_unique_id: 'AQADq', width: 90, height: 90 }],
  caption: 'Build #42',
};

describe('sendPhoto', () => {
  it('posts the params as JSON to /bot<token>/sendPhoto and unwraps the result', async () => {
    const seen = answer('sendPhoto', result);
    const params: Params<'sendPhoto'> = {
      chat_id: -1001234567890,
      message_thread_id: 42,
      photo: 'AgACAgIAAxkBAAIBZ2',
      caption: 'Build #42',
      parse_mode: 'HTML',
    };
    await expect(sendPhoto(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/sendPhoto`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});

describe('sendPhoto uploads and topic rules', () => {
  const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);

  it('uploads an inputFile as multipart, with name, content type and bytes; other fields as strings or JSON', async () => {
    const seen = answer('sendPhoto', result);
    await sendPhoto(testClient(), {
      chat_id: -1001234567890,
      message_thread_id: 42,
      photo: inputFile(bytes, 'build.jpg'),
      caption: 'Build #42',
      has_spoiler: false,
      reply_markup: { inline_keyboard: [[{ text: 'Logs', url: 'https://example.com/42' }]] },
    });
    const form = seen[0]?.form;
    expect(seen[0]?.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect([...(form?.keys() ?? [])].sort()).toEqual(
      ['caption', 'chat_id', 'has_spoiler', 'message_thread_id', 'photo', 'reply_markup'].sort(),
    );
    expect(form?.get('chat_id')).toBe('-1001234567890');
    expect(form?.get('message_thread_id')).toBe('42');
    expect(form?.get('has_spoiler')).toBe('false');
    expect(JSON.parse(String(form?.get('reply_markup')))).toEqual({
      inline_keyboard: [[{ text: 'Logs', url: 'https://example.com/42' }]],
    });
    const photo = form?.get('photo') as File;
    expect(photo.name).toBe('build.jpg');
    expect(photo.type).toBe('image/jpeg');
    expect(new Uint8Array(await photo.arrayBuffer())).toEqual(bytes);
  });

  it('uploads a File wrapped with inputFile(file), keeping its own name and type', async () => {
    const seen = answer('sendPhoto', result);
    const file = new File([bytes], 'diagram.webp', { type: 'image/webp' });
    await sendPhoto(testClient(), { chat_id: 1, photo: inputFile(file) });
    const photo = seen[0]?.form?.get('photo') as File;
    expect([photo.name, photo.type]).toEqual(['diagram.webp', 'image/webp']);
    expect(new Uint8Array(await photo.arrayBuffer())).toEqual(bytes);
  });

  it('sends a file_id or URL string as plain JSON', async () => {
    const seen = answer('sendPhoto', result);
    await sendPhoto(testClient(), { chat_id: 1, photo: 'https://example.com/cat.jpg' });
    expect(seen[0]?.json).toEqual({ chat_id: 1, photo: 'https://example.com/cat.jpg' });
  });

  it('splits the "chat*thread" form into chat_id and message_thread_id, also in multipart', async () => {
    const seen = answer('sendPhoto', result);
    await sendPhoto(testClient(), { chat_id: '-1001234567890*42', photo: 'AgACAgIAAxkBAAIBZ2' });
    await sendPhoto(testClient(), { chat_id: '@forum*7', photo: inputFile(bytes, 'a.jpg') });
    expect(seen[0]?.json).toEqual({ chat_id: -1001234567890, message_thread_id: 42, photo: 'AgACAgIAAxkBAAIBZ2' });
    expect(seen[1]?.form?.get('chat_id')).toBe('@forum');
    expect(seen[1]?.form?.get('message_thread_id')).toBe('7');
  });

  it('drops the General topic id (1) so the photo lands in General', async () => {
    const seen = answer('sendPhoto', result);
    await sendPhoto(testClient(), { chat_id: -1001234567890, message_thread_id: 1, photo: 'AgAC' });
    await sendPhoto(testClient(), { chat_id: '-1001234567890*1', photo: 'AgAC' });
    expect(seen.map((r) => r.json)).toEqual([
      { chat_id: -1001234567890, photo: 'AgAC' },
      { chat_id: -1001234567890, photo: 'AgAC' },
    ]);
  });

  it('refuses a malformed legacy target, a nameless file and an unknown parse_mode before sending', async () => {
    const seen = answer('sendPhoto', result);
    const client = testClient();
    const bad: Array<[Params<'sendPhoto'>, string]> = [
      [{ chat_id: '-100123*', photo: 'AgAC' }, 'chat_id'],
      [{ chat_id: '-100123*4*5', photo: 'AgAC' }, 'chat_id'],
      [{ chat_id: 1, photo: bytes as unknown as InputFile }, 'photo'],
      [{ chat_id: 1, photo: 'AgAC', parse_mode: 'Markdown2' as 'Markdown' }, 'parse_mode'],
    ];
    for (const [params, field] of bad) {
      const error = await sendPhoto(client, params).catch((e: unknown) => e);
      expect(isValidationError(error), field).toBe(true);
      expect(error).toMatchObject({ method: 'sendPhoto', field });
    }
    expect(seen).toHaveLength(0);
  });

  it('accepts every parse mode the server takes, in any case', async () => {
    const seen = answer('sendPhoto', result);
    for (const parse_mode of ['HTML', 'html', 'MarkdownV2', 'markdown', 'None'] as const) {
      await sendPhoto(testClient(), { chat_id: 1, photo: 'AgAC', parse_mode: parse_mode as 'HTML' });
    }
    expect(seen).toHaveLength(5);
  });
});
