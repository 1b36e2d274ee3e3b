import { describe, expect, it } from 'vitest';
import { formatCaption, formatMessageText, parseEntities, readFormattedText } from './format.js';
import { type Entity, toBotApiEntities } from './types.js';

// The whole chain of a message text: telegram-bot-api/Client.cpp `get_input_message_text` and
// `get_formatted_text`, td/telegram/SynchronousRequests.cpp `parseTextEntities`,
// td/telegram/MessageEntity.cpp `get_formatted_text`/`fix_formatted_text`, and the length checks
// of td/telegram/MessageContent.cpp (`create_input_message_content`, `get_input_message_content`).
type Params = { text?: string; parse_mode?: string; entities?: string };
const textCases: Array<{
  name: string;
  params: Params;
  result: { text: string; entities: Entity[] } | string;
  source: string;
}> = [
  { name: 'absent text', params: {}, result: 'Message text is empty', source: 'Client.cpp get_input_message_text' },
  {
    name: 'empty text',
    params: { text: '' },
    result: 'Message text is empty',
    source: 'Client.cpp get_input_message_text',
  },
  {
    name: 'text of spaces',
    params: { text: '   ' },
    result: 'Text must be non-empty',
    source: 'MessageEntity.cpp fix_formatted_text',
  },
  {
    name: 'over 32768 bytes',
    params: { text: 'é'.repeat(16385) },
    result: 'Text is too long',
    source: 'Client.cpp get_formatted_text',
  },
  {
    name: 'over 4096 code points',
    params: { text: 'a'.repeat(4097) },
    result: 'Message is too long',
    source: 'MessageContent.cpp create_input_message_content',
  },
  {
    name: 'exactly 4096 code points',
    params: { text: 'a'.repeat(4096) },
    result: { text: 'a'.repeat(4096), entities: [] },
    source: 'MessageContent.cpp create_input_message_content',
  },
  {
    name: '4096 emoji count as 4096 (code points, not UTF-16)',
    params: { text: '😀'.repeat(4096) },
    result: { text: '😀'.repeat(4096), entities: [] },
    source: 'MessageContent.cpp create_input_message_content',
  },
  {
    name: 'the limit applies after trimming',
    params: { text: ` ${'a'.repeat(4096)} ` },
    result: { text: 'a'.repeat(4096), entities: [] },
    source: 'MessageEntity.cpp fix_formatted_text',
  },
  {
    name: 'HTML, mode in any case',
    params: { text: '<b>x</b>', parse_mode: 'HTML' },
    result: { text: 'x', entities: [{ type: 'bold', offset: 0, length: 1 }] },
    source: 'Client.cpp get_formatted_text',
  },
  {
    name: 'MarkdownV2',
    params: { text: '*bold*', parse_mode: 'MarkdownV2' },
    result: { text: 'bold', entities: [{ type: 'bold', offset: 0, length: 4 }] },
    source: 'Client.cpp get_formatted_text',
  },
  {
    name: 'legacy Markdown',
    params: { text: '*bold*', parse_mode: 'Markdown' },
    result: { text: 'bold', entities: [{ type: 'bold', offset: 0, length: 4 }] },
    source: 'Client.cpp get_formatted_text',
  },
  {
    name: 'mode none is plain text',
    params: { text: '*x*', parse_mode: 'none' },
    result: { text: '*x*', entities: [] },
    source: 'Client.cpp get_formatted_text',
  },
  {
    name: 'unknown mode',
    params: { text: 'x', parse_mode: 'bbcode' },
    result: 'Unsupported parse_mode',
    source: 'Client.cpp get_formatted_text',
  },
  {
    name: 'MarkdownV2 reserved character',
    params: { text: 'Done.', parse_mode: 'MarkdownV2' },
    result: "Can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\'",
    source: 'SynchronousRequests.cpp parseTextEntities',
  },
  {
    name: 'HTML error',
    params: { text: '<b>x', parse_mode: 'HTML' },
    result: 'Can\'t parse entities: Can\'t find end tag corresponding to start tag "b"',
    source: 'SynchronousRequests.cpp parseTextEntities',
  },
  {
    name: 'a parse mode ignores entities',
    params: { text: '<i>x</i>', parse_mode: 'html', entities: '[{"type":"bold","offset":0,"length":1}]' },
    result: { text: 'x', entities: [{ type: 'italic', offset: 0, length: 1 }] },
    source: 'Client.cpp get_formatted_text',
  },
  {
    name: 'entities without a parse mode',
    params: { text: 'ab', entities: '[{"type":"bold","offset":1,"length":1}]' },
    result: { text: 'ab', entities: [{ type: 'bold', offset: 1, length: 1 }] },
    source: 'Client.cpp get_formatted_text',
  },
  {
    name: 'parsed text is trimmed, entities shift',
    params: { text: ' <b>a</b> ', parse_mode: 'HTML' },
    result: { text: 'a', entities: [{ type: 'bold', offset: 0, length: 1 }] },
    source: 'MessageEntity.cpp fix_formatted_text',
  },
  {
    name: 'a bold space only is empty',
    params: { text: '<b> </b>', parse_mode: 'HTML' },
    result: 'Text must be non-empty',
    source: 'MessageEntity.cpp fix_formatted_text',
  },
  {
    name: 'entity past the end',
    params: { text: 'ab', entities: '[{"type":"bold","offset":1,"length":5}]' },
    result: 'Entity beginning at UTF-16 offset 1 ends after the end of the text at UTF-16 offset 6',
    source: 'MessageEntity.cpp clean_input_string_with_entities',
  },
  {
    name: 'entities JSON error comes first',
    params: { text: '   ', entities: '[1]' },
    result: "Can't parse MessageEntity: expected an Object",
    source: 'Client.cpp get_formatted_text',
  },
  {
    name: 'a lone surrogate with a parse mode',
    params: { text: '\ud800', parse_mode: 'HTML' },
    result: 'Text must be encoded in UTF-8',
    source: 'SynchronousRequests.cpp parseTextEntities',
  },
];

const captionCases: Array<{
  name: string;
  params: { caption?: string; parse_mode?: string; caption_entities?: string };
  result: { text: string; entities: Entity[] } | string;
}> = [
  { name: 'no caption', params: {}, result: { text: '', entities: [] } },
  {
    name: 'an unknown mode with an empty caption is fine',
    params: { caption: '', parse_mode: 'bbcode' },
    result: { text: '', entities: [] },
  },
  { name: 'spaces only become empty', params: { caption: '  ' }, result: { text: '', entities: [] } },
  { name: 'over 1024 code points', params: { caption: 'a'.repeat(1025) }, result: 'Message caption is too long' },
  { name: 'exactly 1024', params: { caption: 'b'.repeat(1024) }, result: { text: 'b'.repeat(1024), entities: [] } },
  {
    name: 'caption entities',
    params: { caption: 'xy', caption_entities: '[{"type":"code","offset":0,"length":2}]' },
    result: { text: 'xy', entities: [{ type: 'code', offset: 0, length: 2 }] },
  },
];

const asOutcome = (result: { text: string; entities: Entity[] } | string) =>
  typeof result === 'string' ? { ok: false, error: { code: 400, message: result } } : { ok: true, value: result };

describe('formatMessageText', () => {
  it.each(textCases)('$name ($source)', ({ params, result }) => {
    expect(formatMessageText(params)).toEqual(asOutcome(result));
  });
});

describe('formatCaption (Client.cpp get_caption, MessageContent.cpp get_input_message_content)', () => {
  it.each(captionCases)('$name', ({ params, result }) => {
    expect(formatCaption(params)).toEqual(asOutcome(result));
  });
});

describe('parseEntities and readFormattedText', () => {
  it('prefixes parser errors, keeps code 400 (SynchronousRequests.cpp parseTextEntities)', () => {
    expect(parseEntities('*', 'markdownv2')).toEqual({
      ok: false,
      error: { code: 400, message: "Can't parse entities: Can't find end of Bold entity at byte offset 0" },
    });
  });

  it('reads caption_entities given as a decoded JSON value (Client.cpp get_input_media)', () => {
    const entities = {
      kind: 'array',
      items: [
        {
          kind: 'object',
          fields: [
            ['type', { kind: 'string', value: 'bold' }],
            ['offset', { kind: 'number', text: '0' }],
            ['length', { kind: 'number', text: '1' }],
          ],
        },
      ],
    } as const;
    expect(readFormattedText('x', '', entities)).toEqual({
      ok: true,
      value: { text: 'x', entities: [{ type: 'bold', offset: 0, length: 1 }] },
    });
  });
});

describe('toBotApiEntities (Client.cpp JsonEntity, JsonVectorEntities)', () => {
  it.each([
    {
      entity: { type: 'pre_code', offset: 0, length: 1, language: 'ts' } as Entity,
      json: { offset: 0, length: 1, type: 'pre', language: 'ts' },
    },
    {
      entity: { type: 'text_link', offset: 1, length: 2, url: 'http://a.b/' } as Entity,
      json: { offset: 1, length: 2, type: 'text_link', url: 'http://a.b/' },
    },
    {
      entity: { type: 'custom_emoji', offset: 0, length: 2, customEmojiId: '5368324170671202286' } as Entity,
      json: { offset: 0, length: 2, type: 'custom_emoji', custom_emoji_id: '5368324170671202286' },
    },
    {
      entity: { type: 'date_time', offset: 0, length: 1, unixTime: 5, dateFlags: 0 } as Entity,
      json: { offset: 0, length: 1, type: 'date_time', unix_time: 5, date_time_format: '' },
    },
    {
      entity: { type: 'date_time', offset: 0, length: 1, unixTime: 5, dateFlags: 1 } as Entity,
      json: { offset: 0, length: 1, type: 'date_time', unix_time: 5, date_time_format: 'r' },
    },
    {
      entity: { type: 'date_time', offset: 0, length: 1, unixTime: 5, dateFlags: 2 | 16 | 32 } as Entity,
      json: { offset: 0, length: 1, type: 'date_time', unix_time: 5, date_time_format: 'wDt' },
    },
    {
      entity: { type: 'text_mention', offset: 0, length: 1, userId: 9 } as Entity,
      json: { offset: 0, length: 1, type: 'text_mention', user: { id: 9, is_bot: false, first_name: 'U9' } },
    },
  ])('prints $entity.type', ({ entity, json }) => {
    const users = (id: number) => ({ id, is_bot: false, first_name: `U${id}` });
    expect(toBotApiEntities([entity], users)).toEqual([json]);
  });

  it('leaves out bank card numbers and media timestamps, keeps the order', () => {
    const entities: Entity[] = [
      { type: 'bank_card_number', offset: 0, length: 4 },
      { type: 'bold', offset: 0, length: 1 },
      { type: 'media_timestamp', offset: 2, length: 4 },
    ];
    expect(toBotApiEntities(entities)).toEqual([{ offset: 0, length: 1, type: 'bold' }]);
  });

  it('keeps the server key order: offset, length, type', () => {
    expect(Object.keys(toBotApiEntities([{ type: 'bold', offset: 3, length: 1 }])[0]!)).toEqual([
      'offset',
      'length',
      'type',
    ]);
  });
});
