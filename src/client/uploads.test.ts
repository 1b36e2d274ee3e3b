import { describe, expect, it } from 'vitest';
import { answer, testClient } from '../../test/helpers/msw.js';
import { MSW_TRANSPORTS } from '../../test/helpers/transports.js';
import { inputFile } from './inputFile.js';

const message = { message_id: 7, date: 1, chat: { id: -1001, type: 'supergroup' as const, title: 'Forum' } };
const bytes = (file: File) => file.arrayBuffer().then((b) => [...new Uint8Array(b)]);
const stream = (...chunks: number[][]) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      for (const chunk of chunks) c.enqueue(new Uint8Array(chunk));
      c.close();
    },
  });

// Part by part, through msw, for the transports msw sees in-process: the global fetch (what
// browsers, Deno, Bun and Workers use) and the Node transport (what Node uses by default).
describe.each(MSW_TRANSPORTS)('uploads through %s', (_name, make) => {
  const client = () => testClient({ fetch: make() });

  it('sends multipart only when a parameter holds a file, objects JSON-serialized', async () => {
    const seen = answer('sendDocument', message);
    await client().call('sendDocument', {
      chat_id: -1001,
      document: inputFile(new TextEncoder().encode('report'), 'report.txt'),
      caption: '',
      disable_notification: false,
      reply_markup: { inline_keyboard: [[{ text: 'a', callback_data: 'b' }]] },
    });
    const form = seen[0]?.form;
    expect(seen[0]?.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(form?.get('chat_id')).toBe('-1001');
    expect(form?.get('caption')).toBe('');
    expect(form?.get('disable_notification')).toBe('false');
    expect(JSON.parse(String(form?.get('reply_markup')))).toEqual({
      inline_keyboard: [[{ text: 'a', callback_data: 'b' }]],
    });
    const file = form?.get('document') as File;
    expect([file.name, file.type, await file.text()]).toEqual(['report.txt', 'text/plain', 'report']);
  });

  it('sends a File as it is, with its own name and type', async () => {
    const seen = answer('sendDocument', message);
    const report = new File(['quarterly numbers'], 'Q3 report.csv', { type: 'text/csv' });
    await client().call('sendDocument', { chat_id: -1001, message_thread_id: 5, document: report });
    const form = seen[0]?.form;
    expect(seen[0]?.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect([...(form?.keys() ?? [])].sort()).toEqual(['chat_id', 'document', 'message_thread_id']);
    const part = form?.get('document') as File;
    expect([part.name, part.type, await part.text()]).toEqual(['Q3 report.csv', 'text/csv', 'quarterly numbers']);
  });

  it('sends a Blob with its own type, named after its parameter', async () => {
    const seen = answer('sendPhoto', message);
    await client().call('sendPhoto', {
      chat_id: -1001,
      photo: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }),
    });
    const part = seen[0]?.form?.get('photo') as File;
    expect([part.name, part.type, await bytes(part)]).toEqual(['photo', 'image/png', [1, 2, 3]]);
  });

  it('sends a File with an empty name, and a Blob without a type, as the parameter and octet-stream', async () => {
    const seen = answer('sendDocument', message);
    await client().call('sendDocument', { chat_id: -1001, document: new File(['x'], ''), thumbnail: new Blob(['y']) });
    const document = seen[0]?.form?.get('document') as File;
    const thumbnail = seen[0]?.form?.get('thumbnail') as File;
    expect([document.name, thumbnail.name]).toEqual(['document', 'thumbnail']);
    expect(thumbnail.type).toMatch(/^(application\/octet-stream)?$/);
  });

  it('sends nested files (File, Blob, inputFile of a stream) as attach:// parts', async () => {
    const seen = answer('sendMediaGroup', [message]);
    await client().call('sendMediaGroup', {
      chat_id: -1001,
      media: [
        { type: 'photo', media: inputFile(stream([1, 2], [3]), 'a.png') },
        { type: 'photo', media: new File([new Uint8Array([9])], 'b.jpg', { type: 'image/jpeg' }), caption: 'b' },
        { type: 'photo', media: new Blob([new Uint8Array([7])], { type: 'image/webp' }) },
        { type: 'photo', media: 'AgACfileid' },
      ],
    });
    const form = seen[0]?.form;
    expect(JSON.parse(String(form?.get('media')))).toEqual([
      { type: 'photo', media: 'attach://file0' },
      { type: 'photo', media: 'attach://file1', caption: 'b' },
      { type: 'photo', media: 'attach://file2' },
      { type: 'photo', media: 'AgACfileid' },
    ]);
    const parts = await Promise.all(
      ['file0', 'file1', 'file2'].map(async (key) => {
        const part = form?.get(key) as File;
        return [part.name, part.type, await bytes(part)];
      }),
    );
    expect(parts).toEqual([
      ['a.png', 'image/png', [1, 2, 3]],
      ['b.jpg', 'image/jpeg', [9]],
      ['media', 'image/webp', [7]],
    ]);
  });

  it('refuses bare bytes, a bare stream or an ArrayBuffer before sending, naming the field', async () => {
    const seen = answer('sendPhoto', message);
    const bare: unknown[] = [new Uint8Array([1]), stream([1]), new ArrayBuffer(1), new DataView(new ArrayBuffer(1))];
    for (const photo of bare) {
      await expect(client().call('sendPhoto', { chat_id: 1, photo: photo as never })).rejects.toMatchObject({
        name: 'ValidationError',
        method: 'sendPhoto',
        field: 'photo',
      });
    }
    await expect(
      client().call('sendMediaGroup', {
        chat_id: 1,
        media: [
          { type: 'photo', media: new File(['x'], 'x.jpg') },
          { type: 'photo', media: new Uint8Array([1]) as never },
        ],
      }),
    ).rejects.toMatchObject({ name: 'ValidationError', field: 'media[1].media' });
    expect(seen).toHaveLength(0);
  });
});

describe('inputFile', () => {
  it('refuses an empty file name and data that is not bytes', () => {
    expect(() => inputFile(new Uint8Array(), '')).toThrow(expect.objectContaining({ field: 'filename' }));
    expect(() => inputFile('text' as never, 'a.txt')).toThrow(expect.objectContaining({ field: 'data' }));
  });

  it("takes a File's own name, and guesses the type from the extension", () => {
    expect(inputFile(new File(['x'], 'cat.JPG'))).toMatchObject({ filename: 'cat.JPG', contentType: 'image/jpeg' });
    expect(inputFile(new Uint8Array(), 'x.unknown').contentType).toBe('application/octet-stream');
    expect(inputFile(new Uint8Array(), 'x.pdf', { contentType: 'text/plain' }).contentType).toBe('text/plain');
  });
});
