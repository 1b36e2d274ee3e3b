import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/errors.js';
import { forceReply, removeKeyboard } from './markup.js';

const json = (value: unknown) => JSON.stringify(value);

describe('removeKeyboard', () => {
  it('is { remove_keyboard: true }, with selective only when asked for', () => {
    expect(json(removeKeyboard())).toBe('{"remove_keyboard":true}');
    expect(json(removeKeyboard({}))).toBe('{"remove_keyboard":true}');
    expect(json(removeKeyboard({ selective: false }))).toBe('{"remove_keyboard":true}');
    expect(json(removeKeyboard({ selective: true }))).toBe('{"remove_keyboard":true,"selective":true}');
    expect(Object.isFrozen(removeKeyboard())).toBe(true);
  });
});

describe('forceReply', () => {
  it('is { force_reply: true } plus the options that are set', () => {
    expect(json(forceReply())).toBe('{"force_reply":true}');
    expect(json(forceReply({ selective: false }))).toBe('{"force_reply":true}');
    expect(json(forceReply({ input_field_placeholder: 'Topic name', selective: true }))).toBe(
      '{"force_reply":true,"input_field_placeholder":"Topic name","selective":true}',
    );
    expect(Object.keys(forceReply({ selective: true }))).toEqual(['force_reply', 'selective']);
  });

  it('checks that input_field_placeholder is 1-64 characters', () => {
    expect(forceReply({ input_field_placeholder: 'ё'.repeat(64) }).input_field_placeholder).toHaveLength(64);
    for (const input_field_placeholder of ['', 'a'.repeat(65)]) {
      const build = () => forceReply({ input_field_placeholder });
      expect(build).toThrow(ValidationError);
      expect(build).toThrow('input_field_placeholder must be 1-64 characters');
    }
  });
});
