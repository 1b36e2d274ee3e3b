import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/errors.js';
import { InlineKeyboard } from './inlineKeyboard.js';
import { keyboardFromButtons } from './keyboardFromButtons.js';
import { ReplyKeyboard } from './replyKeyboard.js';

const json = (value: unknown) => JSON.stringify(value);
const A = { text: 'A', callback_data: 'A' };
const B = { text: 'B', callback_data: 'B' };

describe('keyboardFromButtons', () => {
  it("builds the article's keyboard: a reply keyboard, one button per row, resized", () => {
    const kb = keyboardFromButtons(['New topic', 'Call me!']);
    expect(kb).toBeInstanceOf(ReplyKeyboard);
    expect(json(kb)).toBe('{"keyboard":[[{"text":"New topic"}],[{"text":"Call me!"}]],"resize_keyboard":true}');
  });

  it("matches the 1C library's recorded reply keyboard, minus its callback_data junk", () => {
    // opi-samples/builder-output.FormKeyboardFromButtonArray.reply-column.json, with callback_data dropped
    const recorded = {
      keyboard: [[{ text: 'Кнопка1' }], [{ text: 'Кнопка2' }], [{ text: 'Кнопка3' }]],
      resize_keyboard: true,
    };
    expect(json(keyboardFromButtons(['Кнопка1', 'Кнопка2', 'Кнопка3']))).toBe(json(recorded));
  });

  it("matches the inline keyboard Telegram echoed back for the 1C library's column layout", () => {
    // reply_markup of opi-samples/sendMessage.inline-keyboard-column.response.json
    const echoed = {
      inline_keyboard: [
        [{ text: 'Button1', callback_data: 'Button1' }],
        [{ text: 'Button2', callback_data: 'Button2' }],
      ],
    };
    const kb = keyboardFromButtons(['Button1', 'Button2'], { inline: true });
    expect(kb).toBeInstanceOf(InlineKeyboard);
    expect(json(kb)).toBe(json(echoed));
  });

  it('gives the four shapes, without the junk "rows" key', () => {
    expect(json(keyboardFromButtons(['A', 'B'], { column: false }))).toBe(
      json({ keyboard: [[{ text: 'A' }, { text: 'B' }]], resize_keyboard: true }),
    );
    expect(json(keyboardFromButtons(['A', 'B'], { inline: true }))).toBe(json({ inline_keyboard: [[A], [B]] }));
    expect(json(keyboardFromButtons(['A', 'B'], { inline: true, column: false }))).toBe(
      json({ inline_keyboard: [[A, B]] }),
    );
    expect(json(keyboardFromButtons(['A', 'B'], { inline: false, column: true }))).toBe(
      json({ keyboard: [[{ text: 'A' }], [{ text: 'B' }]], resize_keyboard: true }),
    );
  });

  it('gives an empty keyboard for no buttons', () => {
    expect(json(keyboardFromButtons([]))).toBe('{"keyboard":[],"resize_keyboard":true}');
    expect(json(keyboardFromButtons([], { inline: true, column: false }))).toBe('{"inline_keyboard":[]}');
  });

  it('returns a builder that can be changed further', () => {
    const kb = keyboardFromButtons(['1', '2', '3'], { inline: true })
      .columns(2)
      .row()
      .url('Docs', 'https://example.com');
    expect(kb.inline_keyboard.map((r) => r.map((b) => b.text))).toEqual([['1', '2'], ['3'], ['Docs']]);
    expect(json(keyboardFromButtons(['A']).resized(false).oneTime())).toBe(
      '{"keyboard":[[{"text":"A"}]],"one_time_keyboard":true}',
    );
  });

  it('checks labels: non-empty, and 1-64 UTF-8 bytes when they are callback_data', () => {
    expect(() => keyboardFromButtons(['A', ''])).toThrow(ValidationError);
    // JavaScript callers passing numbers get a clear message (the 1C library converted them).
    expect(() => keyboardFromButtons([42 as unknown as string])).toThrow('text must be a non-empty string');
    expect(() => keyboardFromButtons(['й'.repeat(33)], { inline: true })).toThrow(
      'callback_data must be 1-64 UTF-8 bytes, got 66',
    );
    // The same label is fine on a reply keyboard, where it is only text.
    expect(keyboardFromButtons(['й'.repeat(33)]).keyboard).toHaveLength(1);
    expect(keyboardFromButtons(['й'.repeat(32)], { inline: true }).inline_keyboard).toHaveLength(1);
  });
});
