import { describe, expect, it } from 'vitest';
import { ForumTopicIconColor } from '../topics/constants.js';
import { checkMemberTag, checkParseMode, ICON_COLORS } from './checks.js';

describe('checks', () => {
  it('know the six icon colours of ForumTopicIconColor', () => {
    expect([...ICON_COLORS].sort()).toEqual(Object.values(ForumTopicIconColor).sort());
  });

  it('take the parse modes the server takes, in any case, and no others', () => {
    for (const parse_mode of ['HTML', 'html', 'MarkdownV2', 'markdownv2', 'Markdown', 'MARKDOWN', 'none', '']) {
      expect(() => checkParseMode('sendMessage', { parse_mode })).not.toThrow();
    }
    for (const parse_mode of ['htm', 'markdownv3', 'markdown2', 'v2', ' html', 'html ', 5, null]) {
      expect(() => checkParseMode('sendMessage', { parse_mode }), String(parse_mode)).toThrow(/parse_mode must be/);
    }
  });

  it('take member tags of 0-16 characters without emoji', () => {
    for (const tag of [undefined, '', 'on call', 'x'.repeat(16), 'Ünïcödé ñame 123', '✓ done', '#1']) {
      expect(() => checkMemberTag('setChatMemberTag', 'tag', tag), String(tag)).not.toThrow();
    }
    for (const tag of ['x'.repeat(17), '🔥', 'lead 👩‍💻', '🇪🇺', 'ok ☕', 7, null]) {
      expect(() => checkMemberTag('setChatMemberTag', 'tag', tag), String(tag)).toThrow(/0-16 characters/);
    }
  });
});
