import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ALLOWED_UPDATES,
  isDefaultAllowedUpdates,
  normalizeAllowedUpdates,
  offsetEffect,
  pollArguments,
  UPDATE_TYPES,
} from './updates.js';

// telegram-bot-api/Client.cpp `get_allowed_update_types`, `process_get_updates_query`,
// `do_get_updates`; Client.h `DEFAULT_ALLOWED_UPDATE_TYPES`; tddb/td/db/TQueue.cpp `TQueueImpl::get`.
describe('normalizeAllowedUpdates (Client.cpp get_allowed_update_types)', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['not json', undefined],
    ['{"message":true}', undefined],
    ['"message"', undefined],
    ['["message", 5]', undefined],
    ['["message", null]', undefined],
    ['["message"]', ['message']],
    ['["MESSAGE","Callback_Query"]', ['message', 'callback_query']],
    ['["callback_query","message","message"]', ['message', 'callback_query']],
    ['["message","nonsense"]', ['message']],
    ['["chat_member"]', ['chat_member']],
  ] as const)('%j', (raw, types) => {
    expect(normalizeAllowedUpdates(raw)).toEqual(types);
  });

  it.each(['[]', '["nonsense"]', '["Messages"]'])('%j selects the default set', (raw) => {
    expect(normalizeAllowedUpdates(raw)).toEqual(DEFAULT_ALLOWED_UPDATES);
  });

  it('the default set is everything but chat_member and the two reaction updates (Client.h)', () => {
    expect(UPDATE_TYPES.filter((name) => !DEFAULT_ALLOWED_UPDATES.includes(name))).toEqual([
      'chat_member',
      'message_reaction',
      'message_reaction_count',
    ]);
    expect(isDefaultAllowedUpdates([...DEFAULT_ALLOWED_UPDATES].reverse())).toBe(true);
    expect(isDefaultAllowedUpdates(['message'])).toBe(false);
  });
});

describe('pollArguments (Client.cpp process_get_updates_query)', () => {
  it.each([
    [{}, undefined, 0, { offset: 0, limit: 100, timeout: 0 }],
    [{ limit: '0' }, undefined, 0, { offset: 0, limit: 1, timeout: 0 }],
    [{ limit: '1000', timeout: '90' }, undefined, 0, { offset: 0, limit: 100, timeout: 50 }],
    [{ limit: '-5', timeout: '-1' }, undefined, 0, { offset: 0, limit: 1, timeout: 0 }],
    [{ offset: '12x' }, undefined, 0, { offset: 12, limit: 100, timeout: 0 }],
    [{ offset: '5' }, { offset: 5, at: 0 }, 1000, { offset: 5, limit: 100, timeout: 3 }],
    [{ offset: '5' }, { offset: 5, at: 0 }, 400, { offset: 5, limit: 1, timeout: 3 }],
    [{ offset: '5', timeout: '10' }, { offset: 5, at: 0 }, 1000, { offset: 5, limit: 100, timeout: 10 }],
    [{ offset: '5' }, { offset: 5, at: 0 }, 3000, { offset: 5, limit: 100, timeout: 0 }],
    [{ offset: '6' }, { offset: 5, at: 0 }, 100, { offset: 6, limit: 100, timeout: 0 }],
  ] as const)('%j after %j at %i ms', (params, previous, now, result) => {
    expect(pollArguments(params, previous, now)).toEqual(result);
  });
});

describe('offsetEffect (Client.cpp do_get_updates, TQueue.cpp get)', () => {
  it.each([
    [0, 100, 105, { confirmBelow: 0, readFrom: 100 }],
    [103, 100, 105, { confirmBelow: 103, readFrom: 103 }],
    [105, 100, 105, { confirmBelow: 105, readFrom: 105 }],
    [115, 100, 105, { confirmBelow: 115, readFrom: 115 }],
    [116, 100, 105, { confirmBelow: 0, readFrom: 100 }],
    [-1, 100, 105, { confirmBelow: 0, keepNewest: 1, readFrom: 100 }],
  ] as const)('offset %i with ids %i…%i', (offset, first, next, effect) => {
    expect(offsetEffect(offset, first, next)).toEqual(effect);
  });
});
