import { describe, expect, it } from 'vitest';
import { parseHtml } from './html.js';
import type { Entity } from './types.js';

// Every case comes from td/telegram/MessageEntity.cpp `parse_html` (and `decode_html_entity`) at
// TDLib 49b3bcbb; offsets are UTF-16 units, error offsets UTF-8 bytes.
const SOURCE = 'td/telegram/MessageEntity.cpp parse_html';

interface Ok {
  name: string;
  html: string;
  text: string;
  entities: Entity[];
}

const parsed: Ok[] = [
  { name: 'plain text', html: 'hello', text: 'hello', entities: [] },
  { name: 'empty text', html: '', text: '', entities: [] },
  { name: 'bold', html: '<b>bold</b> x', text: 'bold x', entities: [{ type: 'bold', offset: 0, length: 4 }] },
  { name: 'strong', html: '<strong>a</strong>', text: 'a', entities: [{ type: 'bold', offset: 0, length: 1 }] },
  {
    name: 'i and em',
    html: '<i>a</i><em>b</em>',
    text: 'ab',
    entities: [
      { type: 'italic', offset: 0, length: 1 },
      { type: 'italic', offset: 1, length: 1 },
    ],
  },
  {
    name: 'u and ins',
    html: '<u>a</u><ins>b</ins>',
    text: 'ab',
    entities: [
      { type: 'underline', offset: 0, length: 1 },
      { type: 'underline', offset: 1, length: 1 },
    ],
  },
  {
    name: 's, strike, del',
    html: '<s>a</s><strike>b</strike><del>c</del>',
    text: 'abc',
    entities: [
      { type: 'strikethrough', offset: 0, length: 1 },
      { type: 'strikethrough', offset: 1, length: 1 },
      { type: 'strikethrough', offset: 2, length: 1 },
    ],
  },
  { name: 'tag names in any case', html: '<B>x</b>', text: 'x', entities: [{ type: 'bold', offset: 0, length: 1 }] },
  {
    name: 'tg-spoiler',
    html: '<tg-spoiler>s</tg-spoiler>',
    text: 's',
    entities: [{ type: 'spoiler', offset: 0, length: 1 }],
  },
  {
    name: 'span class tg-spoiler',
    html: '<span class="tg-spoiler">s</span>',
    text: 's',
    entities: [{ type: 'spoiler', offset: 0, length: 1 }],
  },
  {
    name: 'span with spaces around =',
    html: '<span class = "tg-spoiler">s</span>',
    text: 's',
    entities: [{ type: 'spoiler', offset: 0, length: 1 }],
  },
  {
    name: 'nested, sorted by offset then longer first',
    html: '<b>a<i>b</i></b>',
    text: 'ab',
    entities: [
      { type: 'bold', offset: 0, length: 2 },
      { type: 'italic', offset: 1, length: 1 },
    ],
  },
  {
    name: 'same span: bold sorts before italic (type priority)',
    html: '<i><b>x</b></i>',
    text: 'x',
    entities: [
      { type: 'bold', offset: 0, length: 1 },
      { type: 'italic', offset: 0, length: 1 },
    ],
  },
  {
    name: '</> closes the innermost tag',
    html: '<b>x</>',
    text: 'x',
    entities: [{ type: 'bold', offset: 0, length: 1 }],
  },
  {
    name: 'spaces before > of an end tag',
    html: '<b>x</b   >',
    text: 'x',
    entities: [{ type: 'bold', offset: 0, length: 1 }],
  },
  { name: 'an empty tag makes no entity', html: 'a<b></b>b', text: 'ab', entities: [] },
  { name: 'named references', html: '&lt;&gt;&amp;&quot;', text: '<>&"', entities: [] },
  { name: 'the ; is optional', html: '&lt&gt', text: '<>', entities: [] },
  { name: 'unknown named reference stays literal', html: '&nbsp;&laquo;', text: '&nbsp;&laquo;', entities: [] },
  { name: 'decimal reference', html: '&#65;&#1040;', text: 'AА', entities: [] },
  { name: 'hexadecimal reference (lower-case x)', html: '&#x41;', text: 'A', entities: [] },
  { name: 'upper-case X is not hexadecimal', html: '&#X41;', text: '&#X41;', entities: [] },
  {
    name: 'a reference of 10 characters or more stays literal',
    html: '&#12345678;',
    text: '&#12345678;',
    entities: [],
  },
  { name: '&#0; stays literal', html: '&#0;', text: '&#0;', entities: [] },
  {
    name: 'astral reference counts two UTF-16 units',
    html: '<b>&#128512;</b>',
    text: '😀',
    entities: [{ type: 'bold', offset: 0, length: 2 }],
  },
  {
    name: 'emoji before a tag shifts UTF-16 offsets',
    html: '😀<i>a</i>',
    text: '😀a',
    entities: [{ type: 'italic', offset: 2, length: 1 }],
  },
  { name: 'an escaped < in text', html: '1 &lt; 2', text: '1 < 2', entities: [] },
  {
    name: 'unknown attributes are ignored',
    html: '<b foo="1" bar=baz>x</b>',
    text: 'x',
    entities: [{ type: 'bold', offset: 0, length: 1 }],
  },
  {
    name: 'attribute without value',
    html: '<i  aba>x</i>',
    text: 'x',
    entities: [{ type: 'italic', offset: 0, length: 1 }],
  },
  {
    name: 'link',
    html: '<a href="https://t.me/x">t</a>',
    text: 't',
    entities: [{ type: 'text_link', offset: 0, length: 1, url: 'https://t.me/x' }],
  },
  {
    name: 'link without scheme is normalised',
    html: '<a href=telegram.org>t</a>',
    text: 't',
    entities: [{ type: 'text_link', offset: 0, length: 1, url: 'http://telegram.org/' }],
  },
  {
    name: 'single-quoted href with a reference',
    html: "<a href='telegram.org?&lt;'>t</a>",
    text: 't',
    entities: [{ type: 'text_link', offset: 0, length: 1, url: 'http://telegram.org/?<' }],
  },
  {
    name: 'a without href takes its text as URL',
    html: '<a>telegram.org</a>',
    text: 'telegram.org',
    entities: [{ type: 'text_link', offset: 0, length: 12, url: 'http://telegram.org/' }],
  },
  { name: 'a with an invalid URL makes no entity', html: '<a href="nodot">t</a>', text: 't', entities: [] },
  {
    name: 'a to tg://user is a text mention',
    html: '<a href="tg://user?id=123">u</a>',
    text: 'u',
    entities: [{ type: 'text_mention', offset: 0, length: 1, userId: 123 }],
  },
  {
    name: 'tg://user with an invalid id is an ordinary tg link',
    html: '<a href="tg://user?id=0">u</a>',
    text: 'u',
    entities: [{ type: 'text_link', offset: 0, length: 1, url: 'tg://user?id=0' }],
  },
  { name: 'code', html: '<code>x</code>', text: 'x', entities: [{ type: 'code', offset: 0, length: 1 }] },
  {
    name: 'a code language alone is dropped',
    html: '<code class="language-js">x</code>',
    text: 'x',
    entities: [{ type: 'code', offset: 0, length: 1 }],
  },
  { name: 'pre', html: '<pre>x</pre>', text: 'x', entities: [{ type: 'pre', offset: 0, length: 1 }] },
  {
    name: 'pre > code with a language',
    html: '<pre><code class="language-ts">x</code></pre>',
    text: 'x',
    entities: [{ type: 'pre_code', offset: 0, length: 1, language: 'ts' }],
  },
  {
    name: 'code with a language > pre',
    html: '<code class="language-ts"><pre>x</pre></code>',
    text: 'x',
    entities: [{ type: 'pre_code', offset: 0, length: 1, language: 'ts' }],
  },
  {
    name: 'pre > code without a language stays two entities',
    html: '<pre><code>x</code></pre>',
    text: 'x',
    entities: [
      { type: 'pre', offset: 0, length: 1 },
      { type: 'code', offset: 0, length: 1 },
    ],
  },
  {
    name: 'pre > code of a different span stays two entities',
    html: '<pre> <code class="language-ts">x</code></pre>',
    text: ' x',
    entities: [
      { type: 'pre', offset: 0, length: 2 },
      { type: 'code', offset: 1, length: 1 },
    ],
  },
  {
    name: 'blockquote',
    html: '<blockquote>q</blockquote>',
    text: 'q',
    entities: [{ type: 'blockquote', offset: 0, length: 1 }],
  },
  {
    name: 'expandable blockquote',
    html: '<blockquote expandable>q</blockquote>',
    text: 'q',
    entities: [{ type: 'expandable_blockquote', offset: 0, length: 1 }],
  },
  {
    name: 'expandable with any value',
    html: '<blockquote expandable=false>q</blockquote>',
    text: 'q',
    entities: [{ type: 'expandable_blockquote', offset: 0, length: 1 }],
  },
  {
    name: 'custom emoji',
    html: '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>',
    text: '👍',
    entities: [{ type: 'custom_emoji', offset: 0, length: 2, customEmojiId: '5368324170671202286' }],
  },
  {
    name: 'date_time relative',
    html: '<tg-time unix="1700000000" format="r">now</tg-time>',
    text: 'now',
    entities: [{ type: 'date_time', offset: 0, length: 3, unixTime: 1700000000, dateFlags: 1 }],
  },
  {
    name: 'date_time flags',
    html: '<tg-time unix="5" format="wdT">d</tg-time>',
    text: 'd',
    entities: [{ type: 'date_time', offset: 0, length: 1, unixTime: 5, dateFlags: 32 | 8 | 4 }],
  },
  { name: 'date_time without unix makes no entity', html: '<tg-time format="t">d</tg-time>', text: 'd', entities: [] },
  {
    name: 'control characters are kept by the parser',
    html: '<i>\t</i>',
    text: '\t',
    entities: [{ type: 'italic', offset: 0, length: 1 }],
  },
];

interface Refused {
  name: string;
  html: string;
  error: string;
}

const refused: Refused[] = [
  { name: 'unclosed start tag', html: 'a <b', error: 'Unclosed start tag at byte offset 2' },
  { name: 'unsupported tag', html: '<p>x</p>', error: 'Unsupported start tag "p" at byte offset 0' },
  {
    name: 'unsupported tag (lower-cased in the text)',
    html: 'x<DIV>',
    error: 'Unsupported start tag "div" at byte offset 1',
  },
  { name: 'self-closing syntax is a tag name', html: '<b/>', error: 'Unsupported start tag "b/" at byte offset 0' },
  { name: 'byte offsets count UTF-8 bytes', html: 'é<x>', error: 'Unsupported start tag "x" at byte offset 2' },
  { name: 'emoji are 4 bytes', html: '😀<x>', error: 'Unsupported start tag "x" at byte offset 4' },
  { name: 'empty attribute name', html: '<i =a>x</i>', error: 'Empty attribute name in the tag "i" at byte offset 0' },
  { name: 'unclosed start tag after =', html: '<i a = ', error: 'Unclosed start tag "i" at byte offset 0' },
  {
    name: 'unclosed start tag while reading attributes',
    html: '<i a',
    error: 'Unclosed start tag "i" at byte offset 0',
  },
  {
    name: 'unexpected end of name token',
    html: '<a href=ab,c>x</a>',
    error: 'Unexpected end of name token at byte offset 8',
  },
  { name: 'unterminated quoted value', html: '<a href="x>y', error: 'Unclosed start tag at byte offset 0' },
  { name: 'end tag with nothing open', html: 'x</b>', error: 'Unexpected end tag at byte offset 1' },
  { name: 'unclosed end tag', html: '<i>a</i   ', error: 'Unclosed end tag at byte offset 4' },
  {
    name: 'unmatched end tag',
    html: '<i>a</b>',
    error: 'Unmatched end tag at byte offset 4, expected "</i>", found "</b>"',
  },
  { name: 'tag never closed', html: '<b>x', error: 'Can\'t find end tag corresponding to start tag "b"' },
  {
    name: 'innermost unclosed tag is named',
    html: '<b><i>x</i>',
    error: 'Can\'t find end tag corresponding to start tag "b"',
  },
  {
    name: 'span without tg-spoiler',
    html: '<span>x</span>',
    error: 'Tag "span" must have class "tg-spoiler" at byte offset 0',
  },
  {
    name: 'span with another class',
    html: '<span class="tg-x">x</span>',
    error: 'Tag "span" must have class "tg-spoiler" at byte offset 0',
  },
  {
    name: 'custom emoji id not a number',
    html: '<tg-emoji emoji-id="abc">x</tg-emoji>',
    error: 'Invalid custom emoji identifier specified',
  },
  {
    name: 'custom emoji id 0',
    html: '<tg-emoji emoji-id="0">x</tg-emoji>',
    error: 'Invalid custom emoji identifier specified',
  },
  {
    name: 'custom emoji without id',
    html: '<tg-emoji>x</tg-emoji>',
    error: 'Invalid custom emoji identifier specified',
  },
  { name: 'date format letter', html: '<tg-time unix="5" format="ts">x</tg-time>', error: 'Invalid date format used' },
  {
    name: 'relative format mixed',
    html: '<tg-time unix="5" format="rt">x</tg-time>',
    error: 'Invalid date format used',
  },
  {
    name: 'a decoded lone surrogate',
    html: '&#xDFDF;',
    error:
      'Text contains invalid Unicode characters after decoding HTML entities, check for unmatched surrogate code units',
  },
];

describe('parseHtml', () => {
  it.each(parsed)(`parses: $name (${SOURCE})`, ({ html, text, entities }) => {
    expect(parseHtml(html)).toEqual({ ok: true, value: { text, entities } });
  });

  it.each(refused)(`refuses: $name (${SOURCE})`, ({ html, error }) => {
    expect(parseHtml(html)).toEqual({ ok: false, error: { code: 400, message: error } });
  });

  it('an invalid custom emoji id is only checked when the tag has text (parse_html end-tag branch)', () => {
    expect(parseHtml('<tg-emoji emoji-id="x"></tg-emoji>')).toEqual({ ok: true, value: { text: '', entities: [] } });
  });
});
