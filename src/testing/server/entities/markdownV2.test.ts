import { describe, expect, it } from 'vitest';
import { parseMarkdownV2 } from './markdownV2.js';
import type { Entity } from './types.js';

// Every case comes from td/telegram/MessageEntity.cpp `parse_markdown_v2` at TDLib 49b3bcbb;
// offsets are UTF-16 units, error offsets UTF-8 bytes.
const SOURCE = 'td/telegram/MessageEntity.cpp parse_markdown_v2';

const parsed: Array<{ name: string; markdown: string; text: string; entities: Entity[] }> = [
  { name: 'plain text', markdown: 'hello', text: 'hello', entities: [] },
  { name: 'bold', markdown: '*bold*', text: 'bold', entities: [{ type: 'bold', offset: 0, length: 4 }] },
  { name: 'italic', markdown: '_it_', text: 'it', entities: [{ type: 'italic', offset: 0, length: 2 }] },
  { name: 'underline', markdown: '__u__', text: 'u', entities: [{ type: 'underline', offset: 0, length: 1 }] },
  { name: 'strikethrough', markdown: '~s~', text: 's', entities: [{ type: 'strikethrough', offset: 0, length: 1 }] },
  { name: 'spoiler', markdown: '||sp||', text: 'sp', entities: [{ type: 'spoiler', offset: 0, length: 2 }] },
  { name: 'code', markdown: '`x`', text: 'x', entities: [{ type: 'code', offset: 0, length: 1 }] },
  {
    name: 'pre without language',
    markdown: '```\ncode```',
    text: 'code',
    entities: [{ type: 'pre', offset: 0, length: 4 }],
  },
  {
    name: 'pre with language',
    markdown: '```ts\nx```',
    text: 'x',
    entities: [{ type: 'pre_code', offset: 0, length: 1, language: 'ts' }],
  },
  {
    name: 'pre keeps the second newline',
    markdown: '```\n\nx```',
    text: '\nx',
    entities: [{ type: 'pre', offset: 0, length: 2 }],
  },
  {
    name: 'pre skips \\r\\n as one newline',
    markdown: '```a\r\nx```',
    text: 'x',
    entities: [{ type: 'pre_code', offset: 0, length: 1, language: 'a' }],
  },
  {
    name: 'a word up to ``` is content, not a language',
    markdown: '```abc```',
    text: 'abc',
    entities: [{ type: 'pre', offset: 0, length: 3 }],
  },
  {
    name: 'inside code only ` and \\ are special',
    markdown: '`a*b_c.`',
    text: 'a*b_c.',
    entities: [{ type: 'code', offset: 0, length: 6 }],
  },
  {
    name: 'escaped backtick in code',
    markdown: '`a\\`b`',
    text: 'a`b',
    entities: [{ type: 'code', offset: 0, length: 3 }],
  },
  {
    name: 'every reserved character escaped',
    markdown: '\\_\\*\\[\\]\\(\\)\\~\\`\\>\\#\\+\\-\\=\\|\\{\\}\\.\\!',
    text: '_*[]()~`>#+-=|{}.!',
    entities: [],
  },
  { name: 'escaping any ASCII character', markdown: '\\a\\1', text: 'a1', entities: [] },
  { name: 'a backslash before non-ASCII stays', markdown: '\\é', text: '\\é', entities: [] },
  { name: 'a final backslash stays', markdown: 'a\\', text: 'a\\', entities: [] },
  { name: 'an escaped backslash', markdown: '\\\\', text: '\\', entities: [] },
  {
    name: 'nested bold and italic',
    markdown: '*b _i_*',
    text: 'b i',
    entities: [
      { type: 'bold', offset: 0, length: 3 },
      { type: 'italic', offset: 2, length: 1 },
    ],
  },
  {
    name: '___ closes an underline, then an italic',
    markdown: '_a __b___',
    text: 'a b',
    entities: [
      { type: 'italic', offset: 0, length: 3 },
      { type: 'underline', offset: 2, length: 1 },
    ],
  },
  { name: 'empty entity is dropped', markdown: 'a**b', text: 'ab', entities: [] },
  {
    name: 'emoji offsets in UTF-16',
    markdown: '😀*b*',
    text: '😀b',
    entities: [{ type: 'bold', offset: 2, length: 1 }],
  },
  {
    name: 'link',
    markdown: '[t](https://t.me/)',
    text: 't',
    entities: [{ type: 'text_link', offset: 0, length: 1, url: 'https://t.me/' }],
  },
  {
    name: 'link URL escapes',
    markdown: '[t](https://t.me/a\\)b)',
    text: 't',
    entities: [{ type: 'text_link', offset: 0, length: 1, url: 'https://t.me/a)b' }],
  },
  {
    name: 'link without (url) uses its text',
    markdown: '[telegram\\.org]',
    text: 'telegram.org',
    entities: [{ type: 'text_link', offset: 0, length: 12, url: 'http://telegram.org/' }],
  },
  { name: 'link with an invalid URL is dropped silently', markdown: '[t](nodot)', text: 't', entities: [] },
  {
    name: 'tg://user link is a text mention',
    markdown: '[u](tg://user?id=42)',
    text: 'u',
    entities: [{ type: 'text_mention', offset: 0, length: 1, userId: 42 }],
  },
  {
    name: 'custom emoji',
    markdown: '![👍](tg://emoji?id=5368324170671202286)',
    text: '👍',
    entities: [{ type: 'custom_emoji', offset: 0, length: 2, customEmojiId: '5368324170671202286' }],
  },
  {
    name: 'date and time',
    markdown: '![t](tg://time?unix=1700000000&format=wd)',
    text: 't',
    entities: [{ type: 'date_time', offset: 0, length: 1, unixTime: 1700000000, dateFlags: 40 }],
  },
  { name: 'blockquote', markdown: '>quote', text: 'quote', entities: [{ type: 'blockquote', offset: 0, length: 5 }] },
  {
    name: 'multi-line blockquote includes the ending newline',
    markdown: '>a\n>b\nc',
    text: 'a\nb\nc',
    entities: [{ type: 'blockquote', offset: 0, length: 4 }],
  },
  {
    name: 'expandable blockquote (|| at the end)',
    markdown: '>a\n>b||',
    text: 'a\nb',
    entities: [{ type: 'expandable_blockquote', offset: 0, length: 3 }],
  },
  {
    name: 'expandable blockquote before more text',
    markdown: '>a||\nb',
    text: 'a\nb',
    entities: [{ type: 'expandable_blockquote', offset: 0, length: 2 }],
  },
  { name: 'an escaped > is text', markdown: '\\>a', text: '>a', entities: [] },
  {
    name: 'bold inside a blockquote',
    markdown: '>*b*',
    text: 'b',
    entities: [
      { type: 'blockquote', offset: 0, length: 1 },
      { type: 'bold', offset: 0, length: 1 },
    ],
  },
  {
    name: 'newline inside bold outside a blockquote',
    markdown: '*a\nb*',
    text: 'a\nb',
    entities: [{ type: 'bold', offset: 0, length: 3 }],
  },
];

const refused: Array<{ name: string; markdown: string; error: string }> = [
  {
    name: 'unescaped dot',
    markdown: 'Done.',
    error: "Character '.' is reserved and must be escaped with the preceding '\\'",
  },
  {
    name: 'unescaped !',
    markdown: 'Hi!',
    error: "Character '!' is reserved and must be escaped with the preceding '\\'",
  },
  {
    name: 'unescaped -',
    markdown: 'a-b',
    error: "Character '-' is reserved and must be escaped with the preceding '\\'",
  },
  {
    name: 'unescaped (',
    markdown: '(a',
    error: "Character '(' is reserved and must be escaped with the preceding '\\'",
  },
  { name: 'single |', markdown: 'a|b', error: "Character '|' is reserved and must be escaped with the preceding '\\'" },
  {
    name: '> not at a line start',
    markdown: 'a>b',
    error: "Character '>' is reserved and must be escaped with the preceding '\\'",
  },
  { name: 'unclosed bold', markdown: 'a *b', error: "Can't find end of Bold entity at byte offset 2" },
  {
    name: 'unclosed italic after emoji (byte offset)',
    markdown: '😀_a',
    error: "Can't find end of Italic entity at byte offset 4",
  },
  { name: 'unclosed underline', markdown: '__a', error: "Can't find end of Underline entity at byte offset 0" },
  { name: 'unclosed code', markdown: '`a', error: "Can't find end of Code entity at byte offset 0" },
  { name: 'unclosed pre', markdown: '```', error: "Can't find end of Pre entity at byte offset 0" },
  { name: 'unclosed pre with language', markdown: '```a ', error: "Can't find end of PreCode entity at byte offset 0" },
  { name: 'unclosed spoiler', markdown: '||a', error: "Can't find end of Spoiler entity at byte offset 0" },
  { name: 'unclosed link', markdown: '[a', error: "Can't find end of TextUrl entity at byte offset 0" },
  { name: 'unclosed URL', markdown: '[a](http://x.y', error: "Can't find end of a URL at byte offset 4" },
  {
    name: 'custom emoji without URL',
    markdown: '![a]',
    error: 'The entity must contain a tg://emoji or tg://time URL',
  },
  {
    name: 'custom emoji with a web URL',
    markdown: '![a](https://t.me)',
    error: 'Invalid tg://emoji or tg://time URL specified',
  },
  {
    name: 'custom emoji id 0',
    markdown: '![a](tg://emoji?id=0)',
    error: 'Invalid tg://emoji or tg://time URL specified',
  },
  { name: 'date with a bad format', markdown: '![a](tg://time?unix=5&format=x)', error: 'Invalid date format used' },
  {
    name: 'bold across a blockquote end',
    markdown: '>*a\nb*',
    error: "Can't find end of Bold entity at byte offset 1",
  },
  {
    name: '___ cannot both open and close',
    markdown: '___a___',
    error: "Can't find end of Italic entity at byte offset 6",
  },
  {
    name: 'spoiler not right before the newline',
    markdown: '>a||b\nc',
    error: "Can't find end of Spoiler entity at byte offset 2",
  },
];

describe('parseMarkdownV2', () => {
  it.each(parsed)(`parses: $name (${SOURCE})`, ({ markdown, text, entities }) => {
    expect(parseMarkdownV2(markdown)).toEqual({ ok: true, value: { text, entities } });
  });

  it.each(refused)(`refuses: $name (${SOURCE})`, ({ markdown, error }) => {
    expect(parseMarkdownV2(markdown)).toEqual({ ok: false, error: { code: 400, message: error } });
  });

  it('every reserved character alone is refused, and accepted when escaped (parse_markdown_v2 reserved set)', () => {
    for (const char of [']', ')', '#', '+', '-', '=', '{', '}', '.', '!']) {
      expect(parseMarkdownV2(char)).toMatchObject({ ok: false });
      expect(parseMarkdownV2(`\\${char}`)).toEqual({ ok: true, value: { text: char, entities: [] } });
    }
  });
});
