import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown.js';
import type { Entity } from './types.js';

// Every case comes from td/telegram/MessageEntity.cpp `parse_markdown` (legacy Markdown, version 1)
// at TDLib 49b3bcbb; offsets are UTF-16 units, error offsets UTF-8 bytes.
const SOURCE = 'td/telegram/MessageEntity.cpp parse_markdown';

const parsed: Array<{ name: string; markdown: string; text: string; entities: Entity[] }> = [
  { name: 'plain text with dots and dashes', markdown: 'Done. a-b!', text: 'Done. a-b!', entities: [] },
  { name: 'bold', markdown: '*bold*', text: 'bold', entities: [{ type: 'bold', offset: 0, length: 4 }] },
  { name: 'italic', markdown: 'x _it_', text: 'x it', entities: [{ type: 'italic', offset: 2, length: 2 }] },
  { name: 'code', markdown: '`c`', text: 'c', entities: [{ type: 'code', offset: 0, length: 1 }] },
  { name: 'pre', markdown: '```\nx```', text: 'x', entities: [{ type: 'pre', offset: 0, length: 1 }] },
  {
    name: 'pre with language',
    markdown: '```py\nx```',
    text: 'x',
    entities: [{ type: 'pre_code', offset: 0, length: 1, language: 'py' }],
  },
  {
    name: 'no nesting: marks inside are text',
    markdown: '*a _b_*',
    text: 'a _b_',
    entities: [{ type: 'bold', offset: 0, length: 5 }],
  },
  { name: 'escapes of _ * ` [', markdown: '\\_\\*\\`\\[', text: '_*`[', entities: [] },
  { name: 'other backslashes stay', markdown: 'a\\.b\\]', text: 'a\\.b\\]', entities: [] },
  { name: 'empty entity dropped', markdown: 'a**b', text: 'ab', entities: [] },
  { name: 'emoji offsets', markdown: '😀*b*', text: '😀b', entities: [{ type: 'bold', offset: 2, length: 1 }] },
  {
    name: 'link',
    markdown: '[t](https://t.me)',
    text: 't',
    entities: [{ type: 'text_link', offset: 0, length: 1, url: 'https://t.me/' }],
  },
  {
    name: 'link URL runs to the end when ) is missing',
    markdown: '[t](https://t.me',
    text: 't',
    entities: [{ type: 'text_link', offset: 0, length: 1, url: 'https://t.me/' }],
  },
  { name: 'invalid link URL: no entity', markdown: '[t](nodot)', text: 't', entities: [] },
  {
    name: 'text mention',
    markdown: '[u](tg://user?id=7)',
    text: 'u',
    entities: [{ type: 'text_mention', offset: 0, length: 1, userId: 7 }],
  },
  { name: 'an empty [] keeps its (url) as text', markdown: '[](http://a.b)', text: '(http://a.b)', entities: [] },
  {
    // TDLib reads the [url] form back from its in-place buffer, shifted by the removed '['.
    name: '[url] form at the start reads a shifted URL',
    markdown: '[example.com]',
    text: 'example.com',
    entities: [{ type: 'text_link', offset: 0, length: 11, url: 'http://xample.comm/' }],
  },
  {
    name: '[url] form after two removed characters',
    markdown: '*a*[b.cd]',
    text: 'ab.cd',
    entities: [
      { type: 'bold', offset: 0, length: 1 },
      { type: 'text_link', offset: 1, length: 4, url: 'http://d.cd/' },
    ],
  },
];

const refused: Array<{ name: string; markdown: string; error: string }> = [
  { name: 'unclosed bold', markdown: 'a *b', error: "Can't find end of the entity starting at byte offset 2" },
  { name: 'unclosed italic after é', markdown: 'é_x', error: "Can't find end of the entity starting at byte offset 2" },
  { name: 'unclosed code', markdown: '`x', error: "Can't find end of the entity starting at byte offset 0" },
  { name: 'unclosed pre', markdown: '```x`', error: "Can't find end of the entity starting at byte offset 0" },
  { name: 'unclosed link text', markdown: '[x', error: "Can't find end of the entity starting at byte offset 0" },
];

describe('parseMarkdown (legacy)', () => {
  it.each(parsed)(`parses: $name (${SOURCE})`, ({ markdown, text, entities }) => {
    expect(parseMarkdown(markdown)).toEqual({ ok: true, value: { text, entities } });
  });

  it.each(refused)(`refuses: $name (${SOURCE})`, ({ markdown, error }) => {
    expect(parseMarkdown(markdown)).toEqual({ ok: false, error: { code: 400, message: error } });
  });
});
