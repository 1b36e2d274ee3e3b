import { describe, expect, it } from 'vitest';
import { describeError } from './errors.js';

// telegram-bot-api/Client.cpp `Client::fail_query_with_error` and `get_retry_after_time`.
const SOURCE = 'telegram-bot-api/Client.cpp fail_query_with_error';

const cases: Array<{
  name: string;
  code: number;
  message: string;
  options?: { defaultMessage?: string; method?: string };
  result: unknown;
}> = [
  {
    name: 'a TDLib 400 gets the prefix, first letter lower-cased',
    code: 400,
    message: 'Message text is empty',
    result: { error_code: 400, description: 'Bad Request: message text is empty' },
  },
  {
    name: 'a raw server code keeps its case',
    code: 400,
    message: 'TOPIC_NOT_MODIFIED',
    result: { error_code: 400, description: 'Bad Request: TOPIC_NOT_MODIFIED' },
  },
  {
    name: 'second letter upper-case keeps the first',
    code: 400,
    message: 'URL is invalid',
    result: { error_code: 400, description: 'Bad Request: URL is invalid' },
  },
  {
    name: 'second character _ keeps the first',
    code: 400,
    message: 'A_B',
    result: { error_code: 400, description: 'Bad Request: A_B' },
  },
  {
    name: 'a one-letter message is lower-cased',
    code: 400,
    message: 'X',
    result: { error_code: 400, description: 'Bad Request: x' },
  },
  {
    name: 'already prefixed',
    code: 400,
    message: 'Bad Request: chat not found',
    result: { error_code: 400, description: 'Bad Request: chat not found' },
  },
  {
    name: 'code 0 becomes 400',
    code: 0,
    message: 'Type is not specified',
    result: { error_code: 400, description: 'Bad Request: type is not specified' },
  },
  {
    name: 'code 404 becomes 400',
    code: 404,
    message: 'Not Found',
    result: { error_code: 400, description: 'Bad Request: not Found' },
  },
  {
    name: 'default text for any 400',
    code: 400,
    message: 'Chat not found',
    options: { defaultMessage: 'chat not found' },
    result: { error_code: 400, description: 'Bad Request: chat not found' },
  },
  {
    name: 'default text for a lower code',
    code: 3,
    message: 'whatever',
    options: { defaultMessage: 'message to edit not found' },
    result: { error_code: 400, description: 'Bad Request: message to edit not found' },
  },
  {
    name: 'a 403 keeps its text and ignores the default',
    code: 403,
    message: 'Forbidden: bot was kicked from the supergroup chat',
    options: { defaultMessage: 'x' },
    result: { error_code: 403, description: 'Forbidden: bot was kicked from the supergroup chat' },
  },
  {
    name: 'a 403 raw server code becomes 400',
    code: 403,
    message: 'CHAT_WRITE_FORBIDDEN',
    result: { error_code: 400, description: 'Bad Request: CHAT_WRITE_FORBIDDEN' },
  },
  {
    name: 'a 403 message gets its prefix',
    code: 403,
    message: 'bot was blocked by the user',
    result: { error_code: 403, description: 'Forbidden: bot was blocked by the user' },
  },
  {
    name: 'MESSAGE_NOT_MODIFIED',
    code: 400,
    message: 'MESSAGE_NOT_MODIFIED',
    result: {
      error_code: 400,
      description:
        'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
    },
  },
  {
    name: 'QUERY_ID_INVALID',
    code: 400,
    message: 'QUERY_ID_INVALID',
    result: {
      error_code: 400,
      description: 'Bad Request: query is too old and response timeout expired or query ID is invalid',
    },
  },
  {
    name: 'MESSAGE_DELETE_FORBIDDEN',
    code: 400,
    message: 'MESSAGE_DELETE_FORBIDDEN',
    result: { error_code: 400, description: "Bad Request: message can't be deleted" },
  },
  {
    name: 'REPLY_MARKUP_TOO_LONG',
    code: 400,
    message: 'REPLY_MARKUP_TOO_LONG',
    result: { error_code: 400, description: 'Bad Request: reply markup is too long' },
  },
  {
    name: 'USER_IS_BLOCKED becomes 403',
    code: 400,
    message: 'USER_IS_BLOCKED',
    result: { error_code: 403, description: 'Forbidden: bot was blocked by the user' },
  },
  {
    name: 'INPUT_USER_DEACTIVATED becomes 403',
    code: 400,
    message: 'INPUT_USER_DEACTIVATED',
    result: { error_code: 403, description: 'Forbidden: user is deactivated' },
  },
  {
    name: 'MEDIA_GROUPED_INVALID',
    code: 400,
    message: 'MEDIA_GROUPED_INVALID',
    result: { error_code: 400, description: "Bad Request: can't use the media of the specified type in the album" },
  },
  {
    name: 'RANK_INVALID for setChatAdministratorCustomTitle',
    code: 400,
    message: 'RANK_INVALID',
    result: { error_code: 400, description: 'Bad Request: CUSTOM_TITLE_INVALID' },
  },
  {
    name: 'RANK_INVALID for setChatMemberTag',
    code: 400,
    message: 'RANK_INVALID',
    options: { method: 'setchatmembertag' },
    result: { error_code: 400, description: 'Bad Request: TAG_INVALID' },
  },
  {
    name: '429 with retry after',
    code: 429,
    message: 'Too Many Requests: retry after 7',
    result: { error_code: 429, description: 'Too Many Requests: retry after 7', parameters: { retry_after: 7 } },
  },
  {
    name: '429 without a number is a 500',
    code: 429,
    message: 'Too Many Requests',
    result: { error_code: 500, description: 'Too Many Requests' },
  },
  {
    name: '500 gets its prefix',
    code: 500,
    message: 'Request aborted',
    result: { error_code: 500, description: 'Internal Server Error: request aborted' },
  },
  { name: '401', code: 401, message: 'Unauthorized', result: { error_code: 401, description: 'Unauthorized' } },
  {
    name: 'another code is a 400 with the text as is',
    code: 406,
    message: 'FROZEN_METHOD_INVALID',
    result: { error_code: 400, description: 'Bad Request: FROZEN_METHOD_INVALID' },
  },
  {
    name: 'an empty 400 message is the bare prefix',
    code: 400,
    message: '',
    result: { error_code: 400, description: 'Bad Request' },
  },
];

describe('describeError', () => {
  it.each(cases)(`$name (${SOURCE})`, ({ code, message, options, result }) => {
    expect(describeError({ code, message }, options)).toEqual(result);
  });
});
