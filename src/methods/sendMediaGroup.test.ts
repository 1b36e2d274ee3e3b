import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import { type InputFile, inputFile } from '../client/inputFile.js';
import type { Params } from '../types/methods.js';
import { sendMediaGroup } from './sendMediaGroup.js';

const result = [
  {
    message_id: 77,
    date: 1700000000,
    chat: { id: -1001234567890, type: 'supergroup', title: 'Forum', is_forum: true },
    message_thread_id: 42,
    is_topic_message: true,
    media_group_id: '1',
    photo: [],
  },
  {
    ...{
      message_id: 77,
      date: 1700000000,
      chat: { id: -1001234567890, type: 'supergroup', title: 'Forum', is_forum: true },
      message_thread_id: 42,
      is_topic_message: true,
      media_group_id: '1',
      photo: [],
    },
    message_id: 78,
  },
];

describe('sendMediaGroup', () => {
  it('posts the params as JSON to /bot<token>/sendMediaGroup and unwraps the result', async () => {
    const seen = answer('sendMediaGroup', result);
    const params: Params<'sendMediaGroup'> = {
      chat_id: -1001234567890,
      message_thread_id: 42,
      media: [
        { type: 'photo', media: 'AgACAgIAAxkBAAIBZ2', caption: 'one' },
        { type: 'photo', media: 'https://example.com/two.jpg' },
      ],
    };
    await expect(sendMediaGroup(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/sendMediaGroup`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});

describe('sendMediaGroup uploads and checks', () => {
  const jpg = new Uint8Array([0xff, 0xd8, 1]);
  const mp4 = new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70]);
  const cover = new Uint8Array([0xff, 0xd8, 2]);

  it('sends nested files as attach:// parts and keeps strings in place', async () => {
    const seen = answer('sendMediaGroup', result);
    await sendMediaGroup(testClient(), {
      chat_id: '-1001234567890*42',
      media: [
        { type: 'photo', media: inputFile(jpg, 'one.jpg'), caption: 'Release 1.2', parse_mode: 'HTML' },
        { type: 'video', media: inputFile(mp4, 'demo.mp4'), thumbnail: inputFile(cover, 'cover.jpg') },
        { type: 'photo', media: 'AgACAgIAAxkBAAIBZ2' },
      ],
      disable_notification: true,
    });
    const form = seen[0]?.form;
    expect([...(form?.keys() ?? [])]).toEqual([
      'chat_id',
      'media',
      'disable_notification',
      'message_thread_id',
      'file0',
      'file1',
      'file2',
    ]);
    expect(form?.get('chat_id')).toBe('-1001234567890');
    expect(form?.get('message_thread_id')).toBe('42');
    expect(form?.get('disable_notification')).toBe('true');
    expect(JSON.parse(String(form?.get('media')))).toEqual([
      { type: 'photo', media: 'attach://file0', caption: 'Release 1.2', parse_mode: 'HTML' },
      { type: 'video', media: 'attach://file1', thumbnail: 'attach://file2' },
      { type: 'photo', media: 'AgACAgIAAxkBAAIBZ2' },
    ]);
    const parts = [0, 1, 2].map((i) => form?.get(`file${i}`) as File);
    expect(parts.map((p) => [p.name, p.type])).toEqual([
      ['one.jpg', 'image/jpeg'],
      ['demo.mp4', 'video/mp4'],
      ['cover.jpg', 'image/jpeg'],
    ]);
    const bytes = await Promise.all(parts.map(async (p) => new Uint8Array(await p.arrayBuffer())));
    expect(bytes).toEqual([jpg, mp4, cover]);
  });

  it('sends documents given as File objects nested in the group', async () => {
    const seen = answer('sendMediaGroup', result);
    const a = new File(['a'], 'a.txt', { type: 'text/plain' });
    const b = new File(['b,c'], 'b.csv', { type: 'text/csv' });
    await sendMediaGroup(testClient(), {
      chat_id: 1,
      media: [
        { type: 'document', media: inputFile(a) },
        { type: 'document', media: inputFile(b) },
      ],
    });
    const form = seen[0]?.form;
    expect(JSON.parse(String(form?.get('media')))).toEqual([
      { type: 'document', media: 'attach://file0' },
      { type: 'document', media: 'attach://file1' },
    ]);
    const part = form?.get('file1') as File;
    expect([await part.text(), part.type]).toEqual(['b,c', 'text/csv']);
  });

  it('refuses fewer than 2 or more than 10 items, a bad parse_mode and a nameless nested file', async () => {
    const seen = answer('sendMediaGroup', result);
    const photo = { type: 'photo', media: 'AgAC' } as const;
    const cases: Array<[Params<'sendMediaGroup'>['media'], string]> = [
      [[photo], 'media'],
      [Array.from({ length: 11 }, () => photo), 'media'],
      [[photo, { ...photo, parse_mode: 'markdown_v2' as 'HTML' }], 'parse_mode'],
      [[photo, { type: 'photo', media: jpg as unknown as InputFile }], 'media[1].media'],
    ];
    for (const [media, field] of cases) {
      await expect(sendMediaGroup(testClient(), { chat_id: 1, media }), field).rejects.toMatchObject({
        name: 'ValidationError',
        method: 'sendMediaGroup',
        field,
      });
    }
    expect(seen).toHaveLength(0);
  });
});
