import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import { type InputFile, inputFile } from '../client/inputFile.js';
import { ValidationError } from '../errors/errors.js';
import type { Params } from '../types/methods.js';
import { sendDocument } from './sendDocument.js';

const result = {
  message_id: 77,
  date: 1700000000,
  chat: { id: -1001234567890, type: 'supergroup', title: 'Forum', is_forum: true },
  message_thread_id: 42,
  is_topic_message: true,
  document: { file_id: 'BQACAgIAAxkBAAIB', file_unique_id: 'AgADd', file_name: 'report.pdf' },
};

describe('sendDocument', () => {
  it('posts the params as JSON to /bot<token>/sendDocument and unwraps the result', async () => {
    const seen = answer('sendDocument', result);
    const params: Params<'sendDocument'> = {
      chat_id: -1001234567890,
      message_thread_id: 42,
      document: 'https://example.com/report.pdf',
      disable_content_type_detection: false,
    };
    await expect(sendDocument(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/sendDocument`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});

describe('sendDocument uploads', () => {
  const pdf = new TextEncoder().encode('%PDF-1.7 report');
  const thumb = new Uint8Array([0xff, 0xd8, 9, 9]);

  it('uploads several files at the top level, each as its own part', async () => {
    const seen = answer('sendDocument', result);
    await sendDocument(testClient(), {
      chat_id: '-1001234567890*42',
      document: inputFile(pdf, 'report.pdf'),
      thumbnail: inputFile(thumb, 'thumb.jpg'),
      caption: '',
    });
    const form = seen[0]?.form;
    expect([...(form?.keys() ?? [])].sort()).toEqual([
      'caption',
      'chat_id',
      'document',
      'message_thread_id',
      'thumbnail',
    ]);
    expect(form?.get('caption')).toBe('');
    expect(form?.get('message_thread_id')).toBe('42');
    const document = form?.get('document') as File;
    const thumbnail = form?.get('thumbnail') as File;
    expect([document.name, document.type, thumbnail.name, thumbnail.type]).toEqual([
      'report.pdf',
      'application/pdf',
      'thumb.jpg',
      'image/jpeg',
    ]);
    expect(new Uint8Array(await document.arrayBuffer())).toEqual(pdf);
    expect(new Uint8Array(await thumbnail.arrayBuffer())).toEqual(thumb);
  });

  it('reads a ReadableStream once and sends its bytes, with an explicit content type', async () => {
    const seen = answer('sendDocument', result);
    const chunks = [new TextEncoder().encode('id,name\n'), new TextEncoder().encode('1,Ada\n')];
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
    await sendDocument(testClient(), {
      chat_id: 1,
      document: inputFile(stream, 'people', { contentType: 'text/csv' }),
    });
    const part = seen[0]?.form?.get('document') as File;
    expect([part.name, part.type]).toEqual(['people', 'text/csv']);
    expect(await part.text()).toBe('id,name\n1,Ada\n');
  });

  it('falls back to application/octet-stream for an unknown extension', async () => {
    const seen = answer('sendDocument', result);
    await sendDocument(testClient(), { chat_id: 1, document: inputFile(pdf, 'data.bin') });
    const part = seen[0]?.form?.get('document') as File;
    expect(part.type).toBe('application/octet-stream');
  });

  it('refuses bare bytes or a stream, and an empty file name, before sending', async () => {
    const seen = answer('sendDocument', result);
    const nameless = [pdf, new ReadableStream()] as unknown as InputFile[];
    for (const document of nameless) {
      await expect(sendDocument(testClient(), { chat_id: 1, document })).rejects.toMatchObject({
        name: 'ValidationError',
        method: 'sendDocument',
        field: 'document',
      });
    }
    expect(() => inputFile(pdf, '')).toThrow(ValidationError);
    expect(seen).toHaveLength(0);
  });
});
