import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chatIds, chats, referenceParse, threadIds, usernames } from '../../test/helpers/arbitraries.js';
import { isValidationError, ValidationError } from '../errors/errors.js';
import { parseChatTarget } from './parseChatTarget.js';

/** What the parser threw, or undefined when it returned. */
function thrown(value: string): unknown {
  try {
    parseChatTarget(value, 'sendMessage');
    return undefined;
  } catch (error) {
    return error;
  }
}

function expectRejected(value: string): void {
  const error = thrown(value);
  expect(isValidationError(error), `${JSON.stringify(value)} should be rejected`).toBe(true);
  expect(error).toMatchObject({ method: 'sendMessage', field: 'chat_id' });
}

describe('parseChatTarget', () => {
  it('splits the legacy form into a numeric or @username chat and a thread', () => {
    expect(parseChatTarget('-1001234567890*42')).toEqual({ chat_id: -1001234567890, message_thread_id: 42 });
    expect(parseChatTarget('@forum*7')).toEqual({ chat_id: '@forum', message_thread_id: 7 });
    expect(parseChatTarget('123456789*1')).toEqual({ chat_id: 123456789, message_thread_id: 1 });
  });

  it('passes plain chat ids through unchanged', () => {
    expect(parseChatTarget(-1001234567890)).toEqual({ chat_id: -1001234567890 });
    expect(parseChatTarget('-1001234567890')).toEqual({ chat_id: '-1001234567890' });
    expect(parseChatTarget('@forum_group')).toEqual({ chat_id: '@forum_group' });
  });

  it('rejects every malformed form the contract lists, naming method and field', () => {
    const bad = [
      '', // empty chat_id
      '-100123*', // no thread
      '*5', // no chat
      '*0',
      '-100123*abc', // non-numeric thread
      '-100123*0',
      '-100123*-5', // negative
      '-100123*1.5', // fractional
      '-100123*5.0',
      '-100123*1e3',
      '-100123*05', // not canonical
      '-100123*+5',
      '-100123*9007199254740992', // beyond 2^53
      '-100123*99999999999999999999',
      '-100123*5*6', // two stars
      '-100123**5',
      '*',
      '**',
      '-100123 *5', // spaces
      '-100123* 5',
      ' -100123*5',
      '-100123*5 ',
      '-100 123*5',
      'forum*5', // a name without @
      '@f*5', // too short for a username
      '@1forum*5', // must start with a letter
      '@forum-group*5',
      `@${'a'.repeat(33)}*5`, // too long
      '0*5', // chat 0
      '-0*5',
      '0100123*5',
      '99999999999999999999*5', // beyond 2^53
      '-100123.5*5',
    ];
    for (const value of bad) expectRejected(value);
  });

  it('says which part of the form is wrong', () => {
    expect(() => parseChatTarget('-100123*abc', 'sendMessage')).toThrow(
      new ValidationError('chat_id "-100123*abc" must end with a positive integer topic id after "*"', {
        method: 'sendMessage',
        field: 'chat_id',
      }),
    );
    expect(() => parseChatTarget('-100123*5*6')).toThrow(/more than one "\*"/);
  });

  describe('properties', () => {
    it('round trip: every valid form parses back to its chat and thread', () => {
      fc.assert(
        fc.property(chats, threadIds, (chat, thread) => {
          expect(parseChatTarget(`${chat}*${thread}`)).toEqual({ chat_id: chat, message_thread_id: thread });
        }),
      );
    });

    it('plain chats pass through: numbers, numeric strings and @usernames', () => {
      fc.assert(
        fc.property(fc.oneof(chatIds, chatIds.map(String), usernames), (chat) => {
          expect(parseChatTarget(chat)).toEqual({ chat_id: chat });
        }),
      );
    });

    it('agrees with a reference reading on strings from the form alphabet: valid parses, the rest is rejected', () => {
      const chars = ['-', '@', '0', '1', '5', '9', 'a', 'Z', '_', ' ', '.', 'e', '+', '\t', 'é'];
      // Mostly near-valid parts ("-0", "05", "@ab_"), so that both outcomes are common.
      const part = fc.oneof(
        fc.stringMatching(/^-?\d{0,4}$/),
        fc.stringMatching(/^@[a-zA-Z0-9_]{0,6}$/),
        fc.string({ unit: fc.constantFrom(...chars), maxLength: 8 }),
      );
      const strings = fc.oneof(
        fc.tuple(part, part).map(([chat, thread]) => `${chat}*${thread}`),
        fc.string({ unit: fc.constantFrom('*', ...chars), maxLength: 24 }).filter((s) => s.includes('*')),
      );
      fc.assert(
        fc.property(strings, (value) => {
          const expected = referenceParse(value);
          if (expected) expect(parseChatTarget(value)).toEqual(expected);
          else expectRejected(value);
        }),
        { numRuns: 1000 },
      );
    });

    it('agrees with the reference reading on any string with a "*"', () => {
      const strings = fc.string({ unit: 'binary', maxLength: 40 }).map((s) => `${s}*`.slice(s.length % 3));
      fc.assert(
        fc.property(strings, (value) => {
          fc.pre(value.includes('*'));
          const expected = referenceParse(value);
          if (expected) expect(parseChatTarget(value)).toEqual(expected);
          else expectRejected(value);
        }),
      );
    });

    it('every mutation that breaks a valid form is rejected', () => {
      const breakThread = fc.constantFrom(
        '',
        '0',
        '-1',
        '1.5',
        'abc',
        ' 7',
        '7 ',
        '07',
        '+7',
        '7e0',
        '9007199254740992',
        '1*2',
      );
      const mutations = fc.oneof(
        // a bad thread
        fc.tuple(chats, breakThread).map(([chat, thread]) => `${chat}*${thread}`),
        // no chat, or a space or a second star put anywhere
        threadIds.map((thread) => `*${thread}`),
        fc
          .tuple(chats, threadIds, fc.nat(), fc.constantFrom(' ', '*', '\n'))
          .map(([chat, thread, at, bad]) => {
            const value = `${chat}*${thread}`;
            const i = at % (value.length + 1);
            return value.slice(0, i) + bad + value.slice(i);
          })
          .filter((s) => referenceParse(s) === undefined),
        // an unsafe thread id
        fc.tuple(chats, fc.bigInt({ min: 2n ** 53n, max: 2n ** 70n })).map(([chat, thread]) => `${chat}*${thread}`),
      );
      fc.assert(fc.property(mutations, expectRejected), { numRuns: 500 });
    });
  });
});
