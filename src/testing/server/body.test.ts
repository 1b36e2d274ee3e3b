import { describe, expect, it } from 'vitest';
import { readJsonBody, webhookFailure, webhookReplyRequest } from './body.js';

// tdnet/td/net/HttpReader.cpp `parse_json_parameters`; telegram-bot-api/WebhookActor.cpp
// `WebhookActor::handle`, `on_update_error`; tdnet/td/net/HttpQuery.cpp `get_retry_after`.
describe('readJsonBody (HttpReader.cpp parse_json_parameters)', () => {
  it.each([
    [
      '{"chat_id":1,"text":"hi"}',
      [
        ['chat_id', '1'],
        ['text', 'hi'],
      ],
    ],
    [
      '{"a":null,"b":true,"c":{"x":[1,2]},"d":[]}',
      [
        ['a', 'null'],
        ['b', 'true'],
        ['c', '{"x":[1,2]}'],
        ['d', '[]'],
      ],
    ],
    ['{"a":"x\\ny"}', [['a', 'x\ny']]],
    [
      '{"a":1,"a":2}',
      [
        ['a', '1'],
        ['a', '2'],
      ],
    ],
    ['"just text"', [['content', 'just text']]],
    ['', []],
    ['[1]', []],
    [
      '{"chat_id":1,"text":"a" oops',
      [
        ['chat_id', '1'],
        ['text', 'a'],
      ],
    ],
    ['{"chat_id":1,', [['chat_id', '1']]],
    ['{"a":1,}', [['a', '1']]],
  ])('%j', (body, params) => {
    expect(readJsonBody(body)).toEqual(params);
  });
});

describe('webhookReplyRequest (WebhookActor.cpp handle)', () => {
  it.each([
    [
      200,
      'application/json',
      '{"method":"sendMessage","chat_id":1,"text":"x"}',
      {
        method: 'sendmessage',
        params: [
          ['method', 'sendMessage'],
          ['chat_id', '1'],
          ['text', 'x'],
        ],
      },
    ],
    [
      200,
      'application/json; charset=utf-8',
      '{"method":"SENDMESSAGE"}',
      { method: 'sendmessage', params: [['method', 'SENDMESSAGE']] },
    ],
    [
      204,
      'application/x-www-form-urlencoded',
      'method=answerCallbackQuery&callback_query_id=5',
      {
        method: 'answercallbackquery',
        params: [
          ['method', 'answerCallbackQuery'],
          ['callback_query_id', '5'],
        ],
      },
    ],
  ] as const)('%i %s carries a request', (status, type, body, request) => {
    expect(webhookReplyRequest(status, type, body)).toEqual(request);
  });

  it.each([
    [200, 'text/plain', '{"method":"sendMessage"}'],
    [200, 'text/json', '{"method":"sendMessage"}'],
    [200, '', 'method=sendMessage'],
    [500, 'application/json', '{"method":"sendMessage"}'],
    [200, 'application/json', '{"method":"getMe"}'],
    [200, 'application/json', '{"method":"setWebhook","url":""}'],
    [200, 'application/json', '{"method":"deleteWebhook"}'],
    [200, 'application/json', '{"method":"logOut"}'],
    [200, 'application/json', '{"method":"close"}'],
    [200, 'application/json', '{"text":"no method"}'],
  ] as const)('%i %j %s carries nothing', (status, type, body) => {
    expect(webhookReplyRequest(status, type, body)).toBeUndefined();
  });
});

describe('webhookFailure (WebhookActor.cpp handle/on_update_error, HttpQuery.cpp get_retry_after)', () => {
  it.each([
    [
      500,
      'Internal Server Error',
      undefined,
      { message: 'Wrong response from the webhook: 500 Internal Server Error', retryAfter: 0 },
    ],
    [
      429,
      'Too Many Requests',
      '30',
      { message: 'Wrong response from the webhook: 429 Too Many Requests', retryAfter: 30 },
    ],
    [
      503,
      'Service Unavailable',
      '99999',
      { message: 'Wrong response from the webhook: 503 Service Unavailable', retryAfter: 3600 },
    ],
    [
      503,
      'Service Unavailable',
      'soon',
      { message: 'Wrong response from the webhook: 503 Service Unavailable', retryAfter: 0 },
    ],
  ] as const)('%i %s retry-after %j', (status, reason, retryAfter, result) => {
    expect(webhookFailure(status, reason, retryAfter)).toEqual(result);
  });
});

describe('readJsonBody on generated bodies (the fast paths for plain strings and numbers)', () => {
  // Deterministic pseudo-random bodies: strings with and without escapes, numbers, literals and
  // nested values, with whitespace between tokens. Strings decode as JSON does (standard escapes
  // only); every other value is kept as its text.
  let seed = 11;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const STRINGS = [
    'plain',
    '',
    'a\\"b',
    'line\\nbreak',
    'tab\\t',
    '\\u00e9t\\u00e9',
    'back\\\\slash',
    'ü',
    '{not json}',
  ];
  const OTHERS = ['-1000000000001', '42', '1.5e3', '+7', 'true', 'false', 'null', '[1,"x"]', '{"a":{"b":[]}}'];
  const spaces = () => [' ', '\n', '\t', '', ''][next(5)];

  it('reads every parameter of 300 bodies', () => {
    for (let n = 0; n < 300; n++) {
      const expected: Array<[string, string]> = [];
      const parts: string[] = [];
      for (let k = 0; k < next(6); k++) {
        const name = `p${k}`;
        if (next(2) === 0) {
          const literal = STRINGS[next(STRINGS.length)]!;
          parts.push(`${spaces()}"${name}"${spaces()}:${spaces()}"${literal}"${spaces()}`);
          expected.push([name, JSON.parse(`"${literal}"`) as string]);
        } else {
          const literal = OTHERS[next(OTHERS.length)]!;
          parts.push(`${spaces()}"${name}":${spaces()}${literal}${spaces()}`);
          expected.push([name, literal]);
        }
      }
      expect(readJsonBody(`{${parts.join(',')}}`)).toEqual(expected);
    }
  });

  it('stops at a value TDLib cannot read, keeping what came before', () => {
    expect(readJsonBody('{"a":1,"b":12a,"c":2}')).toEqual([['a', '1']]);
    expect(readJsonBody('{"a":"x","b":tru,"c":2}')).toEqual([['a', 'x']]);
    expect(readJsonBody('{"a":"unterminated')).toEqual([]);
  });

  it.each([
    [
      '{"a":-,"b":1}',
      [
        ['a', '-'],
        ['b', '1'],
      ],
    ],
    [
      '{"a":1e5-3 ,"b":.5}',
      [
        ['a', '1e5-3'],
        ['b', '.5'],
      ],
    ],
    ['{"a":7}', [['a', '7']]],
    ['{"a":7', [['a', '7']]],
    ['{"a":e5}', []],
    ['{"a":1"x","b":2}', []],
    ['{"a":[1,2]}', [['a', '[1,2]']]],
  ])('reads the numbers in %s as TDLib does (do_json_skip)', (body, expected) => {
    expect(readJsonBody(body)).toEqual(expected);
  });
});
