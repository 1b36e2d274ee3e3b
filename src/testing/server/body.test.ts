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
