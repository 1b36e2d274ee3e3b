import { expect } from 'vitest';
import type { Case } from '../runner.js';

// Formatted text: HTML, MarkdownV2 and Markdown parsed into text and entities (UTF-16 offsets),
// the explicit `entities` parameter, TDLib's fixing, and the limits. Vectors marked
// `test/message_entities.cpp` are TDLib's own test vectors (the Bot API's MarkdownV2 is TDLib's
// `parse_markdown_v2`, tested there as `check_parse_markdown`).

const HTML_VECTORS = 'test/message_entities.cpp TEST(MessageEntities, parse_html)';
const MARKDOWN_VECTORS = 'test/message_entities.cpp TEST(MessageEntities, parse_markdown)';
const FIX_VECTORS = 'test/message_entities.cpp TEST(MessageEntities, fix_formatted_text)';

/** A sendMessage case with a parse mode. */
function parsed(
  name: string,
  cite: string,
  parse_mode: string,
  text: string,
  expected: { text: string; entities?: object[] } | string,
): Case {
  const base = {
    name,
    cite,
    method: 'sendMessage',
    params: (f: { forum: number }) => ({ chat_id: f.forum, text, parse_mode }),
  };
  if (typeof expected === 'string') return { ...base, error: `Bad Request: can't parse entities: ${expected}` };
  return {
    ...base,
    check: (result) => {
      const message = result as { text: string; entities?: object[] };
      expect(message.text).toBe(expected.text);
      expect(message.entities ?? []).toEqual(expected.entities ?? []);
    },
  };
}

const html = (name: string, cite: string, text: string, expected: Parameters<typeof parsed>[4]) =>
  parsed(name, cite, 'HTML', text, expected);
const md2 = (name: string, cite: string, text: string, expected: Parameters<typeof parsed>[4]) =>
  parsed(name, cite, 'MarkdownV2', text, expected);
const md = (name: string, cite: string, text: string, expected: Parameters<typeof parsed>[4]) =>
  parsed(name, cite, 'Markdown', text, expected);

const e = (type: string, offset: number, length: number, extra: object = {}) => ({ offset, length, type, ...extra });

/** A sendMessage case with explicit entities (no parse mode). */
function entities(
  name: string,
  cite: string,
  text: string,
  given: unknown,
  expected: { text?: string; entities?: object[] } | string,
): Case {
  const base = {
    name,
    cite,
    method: 'sendMessage',
    params: (f: { forum: number }) => ({ chat_id: f.forum, text, entities: given }),
  };
  if (typeof expected === 'string') return { ...base, error: `Bad Request: ${expected}` };
  return {
    ...base,
    check: (result) => {
      const message = result as { text: string; entities?: object[] };
      expect(message.text).toBe(expected.text ?? text);
      expect(message.entities ?? []).toEqual(expected.entities ?? []);
    },
  };
}

export const formattingCases: Case[] = [
  // HTML, TDLib's own vectors (test/message_entities.cpp TEST(MessageEntities, parse_html)).
  html('HTML <i>, offsets in UTF-16 units', HTML_VECTORS, '➡️ ➡️<i>➡️ ➡️</i>', {
    text: '➡️ ➡️➡️ ➡️',
    entities: [e('italic', 5, 5)],
  }),
  html('HTML <strong> is bold', HTML_VECTORS, '➡️ ➡️<strong>➡️ ➡️</strong>', {
    text: '➡️ ➡️➡️ ➡️',
    entities: [e('bold', 5, 5)],
  }),
  html('HTML <ins> is underline', HTML_VECTORS, '➡️ ➡️<ins>➡️ ➡️</ins>', {
    text: '➡️ ➡️➡️ ➡️',
    entities: [e('underline', 5, 5)],
  }),
  html('HTML <del> is strikethrough', HTML_VECTORS, '➡️ ➡️<del>➡️ ➡️</del>', {
    text: '➡️ ➡️➡️ ➡️',
    entities: [e('strikethrough', 5, 5)],
  }),
  html('HTML <blockquote>', HTML_VECTORS, '➡️ ➡️<blockquote>➡️ ➡️</blockquote>', {
    text: '➡️ ➡️➡️ ➡️',
    entities: [e('blockquote', 5, 5)],
  }),
  html('HTML <span class="tg-spoiler"> then <b>', HTML_VECTORS, '➡️ ➡️<span class = "tg-spoiler">➡️ ➡️</span><b>➡️ ➡️</b>', {
    text: '➡️ ➡️➡️ ➡️➡️ ➡️',
    entities: [e('spoiler', 5, 5), e('bold', 10, 5)],
  }),
  html('HTML &lt without ";" is decoded (4-byte characters are two UTF-16 units)', HTML_VECTORS, '🏟 🏟<i>🏟 &lt🏟</i>', {
    text: '🏟 🏟🏟 <🏟',
    entities: [e('italic', 5, 6)],
  }),
  html('HTML unquoted attribute values (name tokens)', HTML_VECTORS, '🏟 🏟&lt;<i    aba  =  190azAz-.   >a</i>', {
    text: '🏟 🏟<a',
    entities: [e('italic', 6, 1)],
  }),
  html('HTML </> closes the innermost tag', HTML_VECTORS, "🏟 🏟&lt;<i    aba  =  '&lt;&gt;&quot;'>a</>", {
    text: '🏟 🏟<a',
    entities: [e('italic', 6, 1)],
  }),
  html(
    'HTML references: only lt, gt, amp, quot and numeric ones',
    HTML_VECTORS,
    'x&ge;&lt;&gt;&amp;&quot;&laquo;&#12345678;',
    {
      text: 'x&ge;<>&"&laquo;&#12345678;',
    },
  ),
  html(
    'HTML <pre><code class="language-…"> is pre with a language',
    HTML_VECTORS,
    '🏟 🏟&lt;<pre><code class="language-fift">🏟 🏟&lt;</></>',
    {
      text: '🏟 🏟<🏟 🏟<',
      entities: [e('pre', 6, 6, { language: 'fift' })],
    },
  ),
  html(
    'HTML <tg-emoji emoji-id> (the id printed as a string)',
    HTML_VECTORS,
    '🏟 🏟<tg-emoji emoji-id="54321">🏟 &lt🏟</tg-emoji>',
    {
      text: '🏟 🏟🏟 <🏟',
      entities: [e('custom_emoji', 5, 6, { custom_emoji_id: '54321' })],
    },
  ),
  html(
    'HTML <a href> is normalised as a link (telegram.org becomes http://telegram.org/)',
    'td/telegram/MessageEntity.cpp parse_html',
    '<a href=telegram.org>link</a>',
    {
      text: 'link',
      entities: [e('text_link', 0, 4, { url: 'http://telegram.org/' })],
    },
  ),
  html(
    'HTML <a href> to tg://user?id= is a text mention',
    'td/telegram/MessageEntity.cpp parse_html',
    '<a href="tg://user?id=100000001">Owner</a>',
    {
      text: 'Owner',
      entities: [e('text_mention', 0, 5, { user: { id: 100000001, is_bot: false, first_name: 'Owner' } })],
    },
  ),
  html(
    'HTML <a href> with an invalid URL is no entity and no error',
    'td/telegram/MessageEntity.cpp parse_html',
    '<a href="ftp://x.org">x</a>',
    {
      text: 'x',
    },
  ),
  html(
    'HTML <blockquote expandable>',
    'td/telegram/MessageEntity.cpp parse_html',
    '<blockquote expandable>quote</blockquote>',
    {
      text: 'quote',
      entities: [e('expandable_blockquote', 0, 5)],
    },
  ),
  html('HTML tag names in any case', 'td/telegram/MessageEntity.cpp parse_html', '<B>x</B>', {
    text: 'x',
    entities: [e('bold', 0, 1)],
  }),
  html('HTML: an unclosed start tag', HTML_VECTORS, '🏟 🏟&lt;<abacaba', 'Unclosed start tag at byte offset 13'),
  html('HTML: an unsupported tag', HTML_VECTORS, '🏟 🏟&lt;<abac aba>', 'Unsupported start tag "abac" at byte offset 13'),
  html(
    'HTML: an empty attribute name',
    HTML_VECTORS,
    '🏟 🏟&lt;<i   =aba>',
    'Empty attribute name in the tag "i" at byte offset 13',
  ),
  html(
    'HTML: a missing end tag',
    HTML_VECTORS,
    '🏟 🏟&lt;<i    aba>',
    'Can\'t find end tag corresponding to start tag "i"',
  ),
  html(
    'HTML: an unclosed start tag with attributes',
    HTML_VECTORS,
    '🏟 🏟&lt;<i    aba  =  ',
    'Unclosed start tag "i" at byte offset 13',
  ),
  html(
    'HTML: an unexpected end of a name token',
    HTML_VECTORS,
    '🏟 🏟&lt;<i    aba  =  190azAz-.,',
    'Unexpected end of name token at byte offset 27',
  ),
  html('HTML: an unexpected end tag', HTML_VECTORS, '🏟 🏟&lt;</', 'Unexpected end tag at byte offset 13'),
  html('HTML: an unclosed end tag', HTML_VECTORS, '🏟 🏟&lt;<i>a</i   ', 'Unclosed end tag at byte offset 17'),
  html(
    'HTML: a mismatched end tag',
    HTML_VECTORS,
    '🏟 🏟&lt;<i>a</em   >',
    'Unmatched end tag at byte offset 17, expected "</i>", found "</em>"',
  ),
  html(
    'HTML: a <span> without class tg-spoiler',
    'td/telegram/MessageEntity.cpp parse_html',
    'x<span>y</span>',
    'Tag "span" must have class "tg-spoiler" at byte offset 1',
  ),
  html(
    'HTML: a reference to a lone surrogate',
    HTML_VECTORS,
    'x&#57311;',
    'Text contains invalid Unicode characters after decoding HTML entities, check for unmatched surrogate code units',
  ),

  // MarkdownV2 (TDLib parse_markdown_v2; vectors of TEST(MessageEntities, parse_markdown)).
  md2('MarkdownV2 _italic_ with an escaped *', MARKDOWN_VECTORS, '🏟 🏟_abac \\* asd _', {
    text: '🏟 🏟abac * asd',
    entities: [e('italic', 5, 10)],
  }),
  md2('MarkdownV2 escaped dots inside and outside an entity', MARKDOWN_VECTORS, '🏟 \\.🏟_🏟\\. 🏟_', {
    text: '🏟 .🏟🏟. 🏟',
    entities: [e('italic', 6, 6)],
  }),
  md2('MarkdownV2 _italic_ then *bold*', MARKDOWN_VECTORS, '➡️ ➡️_➡️ ➡️_*➡️ ➡️*', {
    text: '➡️ ➡️➡️ ➡️➡️ ➡️',
    entities: [e('italic', 5, 5), e('bold', 10, 5)],
  }),
  md2('MarkdownV2 `code` closed by the first backquote', MARKDOWN_VECTORS, '🏟 🏟`🏟 🏟```', {
    text: '🏟 🏟🏟 🏟',
    entities: [e('code', 5, 5)],
  }),
  md2('MarkdownV2 ```pre``` with a language on the first line', MARKDOWN_VECTORS, '🏟 🏟```🏟\n🏟```', {
    text: '🏟 🏟🏟',
    entities: [e('pre', 5, 2, { language: '🏟' })],
  }),
  md2('MarkdownV2 ||spoiler||', MARKDOWN_VECTORS, '||test||', { text: 'test', entities: [e('spoiler', 0, 4)] }),
  md2('MarkdownV2 >blockquote', MARKDOWN_VECTORS, '>a', { text: 'a', entities: [e('blockquote', 0, 1)] }),
  md2('MarkdownV2 [text](url) normalises the URL', MARKDOWN_VECTORS, '[link](telegram.dog)', {
    text: 'link',
    entities: [e('text_link', 0, 4, { url: 'http://telegram.dog/' })],
  }),
  md2('MarkdownV2 [text](invalid) is no entity', MARKDOWN_VECTORS, '[telegram\\.org](asdasd)', {
    text: 'telegram.org',
  }),
  md2('MarkdownV2 *bold* in plain words', 'td/telegram/MessageEntity.cpp parse_markdown_v2', '*bold* text', {
    text: 'bold text',
    entities: [e('bold', 0, 4)],
  }),
  md2('MarkdownV2 __underline__ and ~strikethrough~', 'td/telegram/MessageEntity.cpp parse_markdown_v2', '__u__ ~s~', {
    text: 'u s',
    entities: [e('underline', 0, 1), e('strikethrough', 2, 1)],
  }),
  md2(
    'MarkdownV2: an unescaped "." (Done.)',
    'td/telegram/MessageEntity.cpp parse_markdown_v2',
    'Done.',
    "Character '.' is reserved and must be escaped with the preceding '\\'",
  ),
  md2(
    'MarkdownV2: an unescaped "!"',
    MARKDOWN_VECTORS,
    '🏟 🏟!',
    "Character '!' is reserved and must be escaped with the preceding '\\'",
  ),
  md2(
    'MarkdownV2: an unclosed italic',
    MARKDOWN_VECTORS,
    '🏟 🏟_abacaba',
    "Can't find end of Italic entity at byte offset 9",
  ),
  md2(
    'MarkdownV2: an unclosed bold',
    MARKDOWN_VECTORS,
    '🏟 🏟_abac * asd ',
    "Can't find end of Bold entity at byte offset 15",
  ),
  md2('MarkdownV2: an unclosed code', MARKDOWN_VECTORS, '🏟 🏟`', "Can't find end of Code entity at byte offset 9"),
  md2('MarkdownV2: an unclosed pre', MARKDOWN_VECTORS, '🏟 🏟```', "Can't find end of Pre entity at byte offset 9"),
  md2(
    'MarkdownV2: an unclosed underline',
    MARKDOWN_VECTORS,
    '🏟 🏟__',
    "Can't find end of Underline entity at byte offset 9",
  ),
  md2(
    'MarkdownV2: an unclosed spoiler',
    MARKDOWN_VECTORS,
    '🏟 🏟||test\\|',
    "Can't find end of Spoiler entity at byte offset 9",
  ),
  md2(
    'MarkdownV2: an unclosed URL',
    MARKDOWN_VECTORS,
    '[telegram\\.org](asd',
    "Can't find end of a URL at byte offset 16",
  ),
  md2(
    'MarkdownV2: a custom emoji without a tg:// URL',
    MARKDOWN_VECTORS,
    '🏟 🏟![👍]',
    'The entity must contain a tg://emoji or tg://time URL',
  ),
  md2(
    'MarkdownV2: a wrong tg://emoji URL',
    MARKDOWN_VECTORS,
    '🏟 🏟![👍](t://emoji?id=1234)',
    'Invalid tg://emoji or tg://time URL specified',
  ),

  // Markdown (legacy): td/telegram/MessageEntity.cpp parse_markdown.
  md('Markdown *bold* and _italic_', 'td/telegram/MessageEntity.cpp parse_markdown', '*b* _i_', {
    text: 'b i',
    entities: [e('bold', 0, 1), e('italic', 2, 1)],
  }),
  md('Markdown reserves nothing else: "Done." is fine', 'td/telegram/MessageEntity.cpp parse_markdown', 'Done.', {
    text: 'Done.',
  }),
  md('Markdown ```lang pre```', 'td/telegram/MessageEntity.cpp parse_markdown', '```js\nx```', {
    text: 'x',
    entities: [e('pre', 0, 1, { language: 'js' })],
  }),
  md('Markdown [text](url)', 'td/telegram/MessageEntity.cpp parse_markdown', '[a](https://telegram.org)', {
    text: 'a',
    entities: [e('text_link', 0, 1, { url: 'https://telegram.org/' })],
  }),
  md('Markdown \\_ escapes an underscore', 'td/telegram/MessageEntity.cpp parse_markdown', 'a\\_b', { text: 'a_b' }),
  md(
    'Markdown: an unclosed entity',
    'td/telegram/MessageEntity.cpp parse_markdown',
    'snake_case',
    "Can't find end of the entity starting at byte offset 5",
  ),

  // Parse mode and text reading: Client.cpp Client::get_formatted_text.
  parsed('parse_mode in any case', 'Client.cpp Client::get_formatted_text', 'hTmL', '<b>x</b>', {
    text: 'x',
    entities: [e('bold', 0, 1)],
  }),
  parsed('parse_mode none is no parsing', 'Client.cpp Client::get_formatted_text', 'none', '<b>x</b>', {
    text: '<b>x</b>',
  }),
  {
    name: 'an unsupported parse_mode',
    cite: 'Client.cpp Client::get_formatted_text',
    method: 'sendMessage',
    params: (f) => ({ chat_id: f.forum, text: 'x', parse_mode: 'BBCode' }),
    error: 'Bad Request: unsupported parse_mode',
  },
  {
    name: 'a text over 32768 bytes',
    cite: 'Client.cpp Client::get_formatted_text',
    method: 'sendMessage',
    params: (f) => ({ chat_id: f.forum, text: 'ж'.repeat(16385) }),
    error: 'Bad Request: text is too long',
  },
  {
    name: 'an empty caption with a bogus parse_mode is no caption',
    cite: 'Client.cpp Client::get_formatted_text',
    method: 'sendPhoto',
    params: (f) => ({ chat_id: f.forum, photo: 'https://example.com/p.jpg', caption: '', parse_mode: 'bogus' }),
    check: (result) => expect(result).not.toHaveProperty('caption'),
  },
  {
    name: 'with a parse_mode the entities parameter is ignored',
    cite: 'Client.cpp Client::get_formatted_text',
    method: 'sendMessage',
    params: (f) => ({
      chat_id: f.forum,
      text: 'ab',
      parse_mode: 'HTML',
      entities: [{ type: 'bold', offset: 0, length: 1 }],
    }),
    check: (result) => expect(result).not.toHaveProperty('entities'),
  },

  // The entities parameter: Client.cpp Client::get_text_entity, TDLib get_message_entities.
  entities(
    'an explicit bold entity',
    'Client.cpp Client::get_text_entity',
    'abc',
    [{ type: 'bold', offset: 1, length: 1 }],
    {
      entities: [e('bold', 1, 1)],
    },
  ),
  entities(
    'types Telegram finds itself (mention, url …) are dropped',
    'Client.cpp Client::get_text_entity_type',
    'abc',
    [{ type: 'mention', offset: 0, length: 3 }],
    {},
  ),
  entities(
    'an unknown entity type',
    'Client.cpp Client::get_text_entity_type',
    'abc',
    [{ type: 'blink', offset: 0, length: 1 }],
    "can't parse MessageEntity: Unsupported type specified",
  ),
  entities(
    'an empty entity type',
    'Client.cpp Client::get_text_entity_type',
    'abc',
    [{ type: '', offset: 0, length: 1 }],
    "can't parse MessageEntity: Type is not specified",
  ),
  entities(
    'an entity without offset',
    'Client.cpp Client::get_text_entity',
    'abc',
    [{ type: 'bold', length: 1 }],
    'can\'t parse MessageEntity: Can\'t find field "offset"',
  ),
  entities(
    'a text_link without url',
    'Client.cpp Client::get_text_entity_type',
    'abc',
    [{ type: 'text_link', offset: 0, length: 1 }],
    'can\'t parse MessageEntity: Can\'t find field "url"',
  ),
  entities(
    'a pre entity keeps its language',
    'Client.cpp Client::get_text_entity_type',
    'abc',
    [{ type: 'pre', offset: 0, length: 3, language: 'ts' }],
    {
      entities: [e('pre', 0, 3, { language: 'ts' })],
    },
  ),
  entities(
    'a text_link to tg://user?id= becomes a text mention',
    'td/telegram/MessageEntity.cpp get_message_entities',
    'abc',
    [{ type: 'text_link', offset: 0, length: 3, url: 'tg://user?id=100000002' }],
    {
      entities: [
        e('text_mention', 0, 3, { user: { id: 100000002, is_bot: false, first_name: 'Ann', username: 'ann' } }),
      ],
    },
  ),
  entities(
    'a text_link with an unsupported scheme',
    'td/telegram/MessageEntity.cpp get_message_entities',
    'abc',
    [{ type: 'text_link', offset: 0, length: 1, url: 'ftp://x.org' }],
    "entity URL 'ftp://x.org' is invalid: Unsupported URL protocol",
  ),
  entities(
    'a custom emoji with id 0',
    'td/telegram/MessageEntity.cpp get_message_entities',
    'abc',
    [{ type: 'custom_emoji', offset: 0, length: 1, custom_emoji_id: '0' }],
    'invalid custom emoji identifier specified',
  ),
  entities(
    'an entity past the end of the text',
    'td/telegram/MessageEntity.cpp fix_formatted_text',
    'abc',
    [{ type: 'bold', offset: 5, length: 1 }],
    'entity begins after the end of the text at UTF-16 offset 5',
  ),
  entities(
    'a negative offset',
    'td/telegram/MessageEntity.cpp fix_formatted_text',
    'abc',
    [{ type: 'bold', offset: -1, length: 1 }],
    'receive an entity with incorrect offset -1',
  ),
  entities(
    'overlapping italics are merged',
    FIX_VECTORS,
    'abc',
    [
      { type: 'italic', offset: 0, length: 2 },
      { type: 'italic', offset: 1, length: 2 },
    ],
    {
      entities: [e('italic', 0, 3)],
    },
  ),
  entities(
    'a bold crossing an italic is split at its borders',
    FIX_VECTORS,
    'abc',
    [
      { type: 'italic', offset: 0, length: 2 },
      { type: 'bold', offset: 1, length: 2 },
    ],
    {
      entities: [e('italic', 0, 1), e('bold', 1, 2), e('italic', 1, 1)],
    },
  ),
  entities(
    'an underline containing a strikethrough is split',
    FIX_VECTORS,
    'ab',
    [
      { type: 'underline', offset: 0, length: 2 },
      { type: 'strikethrough', offset: 1, length: 1 },
    ],
    {
      entities: [e('underline', 0, 1), e('underline', 1, 1), e('strikethrough', 1, 1)],
    },
  ),
  entities(
    'a carriage return is removed and entities shift',
    FIX_VECTORS,
    'a \r b',
    [
      { type: 'bold', offset: 0, length: 5 },
      { type: 'underline', offset: 2, length: 1 },
    ],
    {
      text: 'a  b',
      entities: [e('bold', 0, 4)],
    },
  ),

  // TDLib's cleaning and limits (fix_formatted_text; MessageContent.cpp create_input_message_content).
  {
    name: 'leading and trailing spaces are trimmed',
    cite: 'td/telegram/MessageEntity.cpp fix_formatted_text',
    method: 'sendMessage',
    params: (f) => ({ chat_id: f.forum, text: '  hi \n ' }),
    result: { text: 'hi' },
  },
  {
    name: 'control characters become spaces, \\r is removed',
    cite: 'td/telegram/MessageEntity.cpp clean_input_string_with_entities',
    method: 'sendMessage',
    params: (f) => ({ chat_id: f.forum, text: 'a\u0001b\rc' }),
    result: { text: 'a bc' },
  },
  {
    name: 'a text of 4096 code points is allowed (astral characters count once)',
    cite: 'td/telegram/MessageContent.cpp create_input_message_content',
    method: 'sendMessage',
    params: (f) => ({ chat_id: f.forum, text: '😀'.repeat(4096) }),
    check: (result) => expect((result as { text: string }).text).toHaveLength(8192),
  },
  {
    name: 'a text over 4096 code points',
    cite: 'td/telegram/MessageContent.cpp create_input_message_content',
    method: 'sendMessage',
    params: (f) => ({ chat_id: f.forum, text: 'a'.repeat(4097) }),
    error: 'Bad Request: message is too long',
  },
  {
    name: 'a caption over 1024 code points',
    cite: 'td/telegram/MessageContent.cpp create_input_message_content',
    method: 'sendPhoto',
    params: (f) => ({ chat_id: f.forum, photo: 'https://example.com/p.jpg', caption: 'a'.repeat(1025) }),
    error: 'Bad Request: message caption is too long',
  },
  {
    name: 'a caption of spaces is no caption',
    cite: 'td/telegram/MessageEntity.cpp fix_formatted_text',
    method: 'sendPhoto',
    params: (f) => ({ chat_id: f.forum, photo: 'https://example.com/p.jpg', caption: '   ' }),
    check: (result) => expect(result).not.toHaveProperty('caption'),
  },
  {
    name: 'a caption is parsed like a text',
    cite: 'Client.cpp Client::get_caption',
    method: 'sendDocument',
    params: (f) => ({
      chat_id: f.forum,
      document: 'https://example.com/d.pdf',
      caption: '*c*',
      parse_mode: 'MarkdownV2',
    }),
    result: { caption: 'c', caption_entities: [e('bold', 0, 1)] },
  },
];
