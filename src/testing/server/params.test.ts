import { describe, expect, it } from 'vitest';
import {
  JSON_PARAMETERS,
  type JsonParameterName,
  type JsonParameterRule,
  readBotCommands,
  readCommandScope,
  readJsonParameter,
  readLinkPreviewOptions,
  readReplyParameters,
} from './params.js';

// telegram-bot-api/Client.cpp: `get_reply_markup`, `get_reply_parameters`, `get_link_preview_options`,
// `get_input_entities`, `get_bot_command_scope`, `get_bot_commands`, `get_input_message_contents`,
// `get_input_poll_options`, `get_allowed_update_types`, `get_required_string_arg`, `get_message_ids`,
// `get_chat_permissions`, `get_chat_administrator_rights`, `get_bot_menu_button`,
// `get_inline_query_results_button`, `get_reaction_types`, `process_get_custom_emoji_stickers_query`;
// td/telegram/BotCommand.cpp `set_commands`.
const fail = (message: string) => ({ ok: false, error: { code: 400, message } });

describe('readJsonParameter', () => {
  const names = Object.keys(JSON_PARAMETERS) as JsonParameterName[];
  it.each(names)('%s: malformed JSON (Client.cpp, per parameter)', (name) => {
    const rule = JSON_PARAMETERS[name];
    expect(readJsonParameter(name, '{"oops"')).toEqual(
      rule.notJson === undefined ? { ok: true, value: undefined } : fail(rule.notJson),
    );
  });
  it.each(names)('%s: null is the wrong type (Client.cpp, per parameter)', (name) => {
    const rule = JSON_PARAMETERS[name];
    expect(readJsonParameter(name, 'null')).toEqual(
      rule.wrongType === undefined ? { ok: true, value: undefined } : fail(rule.wrongType),
    );
  });
  it.each(names)('%s: absent (Client.cpp, per parameter)', (name) => {
    const rule: JsonParameterRule = JSON_PARAMETERS[name];
    const expected =
      rule.empty === 'required'
        ? fail(rule.missing ?? `Parameter "${name}" is required`)
        : rule.empty === 'parse'
          ? fail(rule.notJson ?? '')
          : { ok: true, value: undefined };
    expect(readJsonParameter(name, undefined)).toEqual(expected);
  });
  it.each([
    ['reply_markup', '[]', 'Object expected as reply markup'],
    ['reply_parameters', '5', 'Object expected as reply parameters'],
    ['link_preview_options', '"x"', 'Object expected as link preview options'],
    ['media', '{}', 'Expected an Array of InputMedia'],
    ['options', '"a"', 'Expected an Array of String as options'],
    ['commands', '{}', 'Expected an Array of BotCommand'],
  ] as const)('%s = %s is %j', (name, raw, message) => {
    expect(readJsonParameter(name, raw)).toEqual(fail(message));
  });
  it('an entities parameter of the wrong type is ignored (Client.cpp get_formatted_text)', () => {
    expect(readJsonParameter('entities', '{"a":1}')).toEqual({ ok: true, value: undefined });
  });
});

describe('readReplyParameters (Client.cpp get_reply_parameters)', () => {
  const none = {
    chatId: '',
    messageId: 0,
    allowSendingWithoutReply: false,
    quote: '',
    quoteParseMode: '',
    quoteEntities: { kind: 'null' },
    quotePosition: 0,
  };
  it.each([
    [{}, none],
    [
      { reply_to_message_id: '15', allow_sending_without_reply: 'True' },
      { ...none, messageId: 15, allowSendingWithoutReply: true },
    ],
    [{ reply_to_message_id: '-3' }, none],
    [{ reply_to_message_id: '12abc' }, { ...none, messageId: 12 }],
    [{ reply_parameters: '' }, none],
    [{ reply_parameters: '{}', reply_to_message_id: '5' }, none],
    [{ reply_parameters: '{"message_id":7}' }, { ...none, messageId: 7 }],
    [{ reply_parameters: '{"message_id":"7","chat_id":-100123}' }, { ...none, messageId: 7, chatId: '-100123' }],
    [{ reply_parameters: '{"message_id":-7}' }, none],
    [
      { reply_parameters: '{"message_id":1,"quote":"q","quote_position":2}' },
      { ...none, messageId: 1, quote: 'q', quotePosition: 2 },
    ],
  ] as const)('%j', (params, result) => {
    expect(readReplyParameters(params)).toEqual({ ok: true, value: result });
  });
  it.each([
    ['not JSON', '{', "Can't parse reply parameters JSON object"],
    ['null', 'null', 'Object expected as reply parameters'],
    ['no message_id', '{"chat_id":1}', 'Can\'t find field "message_id"'],
    ['message_id not a number', '{"message_id":true}', 'Field "message_id" must be a Number'],
    ['message_id not an integer', '{"message_id":"x"}', 'Field "message_id" must be a valid Number'],
    ['chat_id of a wrong type', '{"message_id":1,"chat_id":{}}', 'Field "chat_id" must be of type String'],
    [
      'allow_sending_without_reply as a string',
      '{"message_id":1,"allow_sending_without_reply":"true"}',
      'Field "allow_sending_without_reply" must be of type Boolean',
    ],
  ])('refuses %s', (_name, raw, message) => {
    expect(readReplyParameters({ reply_parameters: raw })).toEqual(fail(message));
  });
});

describe('readLinkPreviewOptions (Client.cpp get_link_preview_options)', () => {
  const off = { isDisabled: false, url: '', preferSmallMedia: false, preferLargeMedia: false, showAboveText: false };
  it.each([
    [{}, undefined],
    [{ disable_web_page_preview: 'true' }, { ...off, isDisabled: true }],
    [{ disable_web_page_preview: 'false' }, undefined],
    [
      { link_preview_options: '{"is_disabled":true}', disable_web_page_preview: 'false' },
      { ...off, isDisabled: true },
    ],
    [
      { link_preview_options: '{"url":"https://a.b","show_above_text":true}' },
      { ...off, url: 'https://a.b', showAboveText: true },
    ],
  ] as const)('%j', (params, result) => {
    expect(readLinkPreviewOptions(params)).toEqual({ ok: true, value: result });
  });
  it.each([
    ['not JSON', 'x', "Can't parse link preview options JSON object"],
    ['an array', '[]', 'Object expected as link preview options'],
    ['is_disabled as text', '{"is_disabled":"true"}', 'Field "is_disabled" must be of type Boolean'],
    ['url as an object', '{"url":{}}', 'Field "url" must be of type String'],
  ])('refuses %s', (_name, raw, message) => {
    expect(readLinkPreviewOptions({ link_preview_options: raw })).toEqual(fail(message));
  });
});

describe('readCommandScope (Client.cpp get_bot_command_scope)', () => {
  it.each([
    [undefined, { type: 'default' }],
    ['', { type: 'default' }],
    ['{"type":"all_group_chats"}', { type: 'all_group_chats' }],
    ['{"type":"chat","chat_id":-100}', { type: 'chat', chatId: '-100' }],
    ['{"type":"chat_member","chat_id":"@g","user_id":"5"}', { type: 'chat_member', chatId: '@g', userId: 5 }],
  ] as const)('%j', (raw, scope) => {
    expect(readCommandScope(raw)).toEqual({ ok: true, value: scope });
  });
  it.each([
    ['{', "Can't parse BotCommandScope JSON object"],
    ['[]', "Can't parse BotCommandScope: BotCommandScope must be an Object"],
    ['{}', 'Can\'t parse BotCommandScope: Can\'t find field "type"'],
    ['{"type":"everyone"}', "Can't parse BotCommandScope: Unsupported type specified"],
    ['{"type":"chat"}', 'Can\'t parse BotCommandScope: Can\'t find field "chat_id"'],
    ['{"type":"chat","chat_id":""}', "Can't parse BotCommandScope: Empty chat_id specified"],
    ['{"type":"chat_member","chat_id":1,"user_id":0}', "Can't parse BotCommandScope: Invalid user_id specified"],
  ])('%j is refused', (raw, message) => {
    expect(readCommandScope(raw)).toEqual(fail(message));
  });
});

describe('readBotCommands (Client.cpp get_bot_commands, BotCommand.cpp set_commands)', () => {
  it.each([
    [undefined, []],
    ['[]', []],
    ['[{"command":" /start ","description":" Begin "}]', [{ command: 'start', description: 'Begin' }]],
  ] as const)('%j', (raw, commands) => {
    expect(readBotCommands(raw)).toEqual({ ok: true, value: commands });
  });
  it.each([
    ['x', "Can't parse commands JSON object"],
    ['{}', 'Expected an Array of BotCommand'],
    ['[1]', "Can't parse BotCommand: expected an Object"],
    ['[{"description":"d"}]', 'Can\'t parse BotCommand: Can\'t find field "command"'],
    ['[{"command":"c"}]', 'Can\'t parse BotCommand: Can\'t find field "description"'],
    ['[{"command":"/","description":"d"}]', 'Command must be non-empty'],
    [`[{"command":"${'c'.repeat(33)}","description":"d"}]`, 'Command length must not exceed 32'],
    ['[{"command":"c","description":"  "}]', 'Command description must be non-empty'],
    [`[{"command":"c","description":"${'d'.repeat(257)}"}]`, 'Command description length must not exceed 256'],
  ])('%j is refused', (raw, message) => {
    expect(readBotCommands(raw)).toEqual(fail(message));
  });
});
