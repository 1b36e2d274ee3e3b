import type { ChatMember } from 'telegram-forum';
import { expect } from 'vitest';
import type { Case, Fixture } from '../runner.js';

// The methods added for the Bot API's breadth (issue 17): how Client.cpp reads their parameters,
// in which order, and TDLib's checks after it (members and rights, chat settings, commands with
// scopes, inline answers, batches of messages).

const PROMOTE = 'Client.cpp process_promote_chat_member_query';
const RESTRICT = 'Client.cpp process_restrict_chat_member_query';
const PERMISSIONS = 'Client.cpp Client::get_chat_permissions';
const DPM = 'td/telegram/DialogParticipantManager.cpp';
const TITLE = 'td/telegram/DialogManager.cpp DialogManager::set_dialog_title';
const INLINE = 'Client.cpp process_answer_inline_query_query';
const MESSAGE_IDS = 'Client.cpp Client::get_message_ids';

/** The bot's view of a member of the forum. */
const memberOf = (f: Fixture, user: number) =>
  f.ok<ChatMember & Record<string, unknown>>('getChatMember', { chat_id: f.forum, user_id: user });

/** A first bot with inline mode on, so that Ann can send it a query. */
const INLINE_BOT = { bot: { supports_inline_queries: true } } as const;

/** An inline query from Ann, to answer. */
const inlineQuery = (f: Fixture) => f.emulator.userSendsInlineQuery(f.ann, 'q');

export const breadthCases: Case[] = [
  // promoteChatMember
  {
    name: 'promoteChatMember reads user_id before it looks at the chat',
    cite: PROMOTE,
    method: 'promoteChatMember',
    params: { chat_id: -1, can_pin_messages: true },
    error: 'Bad Request: invalid user_id specified',
  },
  {
    name: 'promoteChatMember in a private chat',
    cite: PROMOTE,
    method: 'promoteChatMember',
    params: (f) => ({ chat_id: f.ann, user_id: f.ann, can_pin_messages: true }),
    error: 'Bad Request: method is available for supergroup and channel chats only',
  },
  {
    name: 'promoteChatMember of the owner',
    cite: `${DPM} set_channel_participant_status_impl`,
    method: 'promoteChatMember',
    params: (f) => ({ chat_id: f.forum, user_id: f.owner, can_pin_messages: true }),
    error: "Bad Request: can't remove chat owner",
  },
  {
    name: 'promoteChatMember of the bot itself',
    cite: `${DPM} promote_channel_participant`,
    method: 'promoteChatMember',
    params: (f) => ({ chat_id: f.forum, user_id: f.emulator.bot.id, can_pin_messages: true }),
    error: "Bad Request: can't promote self",
  },
  {
    name: 'promoteChatMember without can_promote_members',
    cite: `${DPM} promote_channel_participant`,
    method: 'promoteChatMember',
    params: (f) => ({ chat_id: f.weak, user_id: f.ann, can_pin_messages: true }),
    error: 'Bad Request: not enough rights',
  },
  {
    name: 'promoteChatMember reads the old can_manage_voice_chats as can_manage_video_chats',
    cite: PROMOTE,
    method: 'promoteChatMember',
    params: (f) => ({ chat_id: f.forum, user_id: f.ann, can_manage_voice_chats: 'yes' }),
    check: async (_, f) => {
      const member = await memberOf(f, f.ann);
      expect(member).toMatchObject({ status: 'administrator', can_manage_video_chats: true, can_pin_messages: false });
    },
  },

  // restrictChatMember
  {
    name: 'restrictChatMember reads user_id before it looks at the chat',
    cite: RESTRICT,
    method: 'restrictChatMember',
    params: { chat_id: -1, permissions: {} },
    error: 'Bad Request: invalid user_id specified',
  },
  {
    name: 'restrictChatMember reads permissions before it looks at the chat',
    cite: PERMISSIONS,
    method: 'restrictChatMember',
    params: (f) => ({ chat_id: -1, user_id: f.ann, permissions: '{' }),
    encoding: 'form',
    error: "Bad Request: can't parse permissions JSON object",
  },
  {
    name: 'restrictChatMember with permissions null',
    cite: PERMISSIONS,
    method: 'restrictChatMember',
    params: (f) => ({ chat_id: f.forum, user_id: f.ann, permissions: null }),
    error: 'Bad Request: object expected as permissions',
  },
  {
    name: 'restrictChatMember with an empty permissions parameter (present, so read as JSON)',
    cite: PERMISSIONS,
    method: 'restrictChatMember',
    params: (f) => ({ chat_id: f.forum, user_id: f.ann, permissions: '' }),
    encoding: 'form',
    error: "Bad Request: can't parse permissions JSON object",
  },
  {
    name: 'restrictChatMember with a permission that is not a boolean',
    cite: PERMISSIONS,
    method: 'restrictChatMember',
    params: (f) => ({ chat_id: f.forum, user_id: f.ann, permissions: { can_send_polls: 'no' } }),
    error: 'Bad Request: can\'t parse chat permissions: Field "can_send_polls" must be of type Boolean',
  },
  {
    name: 'restrictChatMember in a private chat',
    cite: RESTRICT,
    method: 'restrictChatMember',
    params: (f) => ({ chat_id: f.ann, user_id: f.ann, permissions: {} }),
    error: 'Bad Request: method is available only for supergroups',
  },
  {
    name: 'restrictChatMember of the bot itself',
    cite: `${DPM} restrict_channel_participant`,
    method: 'restrictChatMember',
    params: (f) => ({ chat_id: f.forum, user_id: f.emulator.bot.id, permissions: {} }),
    error: "Bad Request: can't restrict self",
  },
  {
    name: 'restrictChatMember: sending media implies sending messages unless independent',
    cite: PERMISSIONS,
    method: 'restrictChatMember',
    params: (f) => ({ chat_id: f.forum, user_id: f.ann, permissions: { can_send_media_messages: true } }),
    check: async (_, f) => {
      expect(await memberOf(f, f.ann)).toMatchObject({
        status: 'restricted',
        can_send_messages: true,
        can_send_photos: true,
        can_send_polls: false,
      });
    },
  },
  {
    name: 'restrictChatMember without permissions reads the old flat flags',
    cite: PERMISSIONS,
    method: 'restrictChatMember',
    params: (f) => ({ chat_id: f.forum, user_id: f.ann, can_send_messages: true }),
    check: async (_, f) => {
      expect(await memberOf(f, f.ann)).toMatchObject({
        status: 'restricted',
        can_send_messages: true,
        can_send_photos: false,
      });
    },
  },

  // setChatTitle
  {
    name: 'setChatTitle with a title of spaces',
    cite: TITLE,
    method: 'setChatTitle',
    params: (f) => ({ chat_id: f.forum, title: '  \n ' }),
    error: 'Bad Request: title must be non-empty',
  },
  {
    name: 'setChatTitle in a private chat',
    cite: TITLE,
    method: 'setChatTitle',
    params: (f) => ({ chat_id: f.ann, title: 'x' }),
    error: "Bad Request: can't change private chat title",
  },
  {
    name: 'setChatTitle checks an empty title before the rights',
    cite: TITLE,
    method: 'setChatTitle',
    params: (f) => ({ chat_id: f.weak, title: '' }),
    error: 'Bad Request: title must be non-empty',
  },
  {
    name: 'setChatTitle without can_change_info',
    cite: TITLE,
    method: 'setChatTitle',
    params: (f) => ({ chat_id: f.weak, title: 'New' }),
    error: 'Bad Request: not enough rights to change chat title',
  },
  {
    name: 'setChatTitle cleans the title and cuts it to 128 characters',
    cite: TITLE,
    method: 'setChatTitle',
    params: (f) => ({ chat_id: f.forum, title: `  A\u0000B ${'x'.repeat(200)}` }),
    check: async (_, f) => {
      const chat = await f.ok<{ title: string }>('getChat', { chat_id: f.forum });
      expect(chat.title).toBe(`A B ${'x'.repeat(124)}`);
    },
  },

  // setMyCommands and its scopes
  {
    name: 'setMyCommands reads the commands before the scope',
    cite: 'Client.cpp process_set_my_commands_query',
    method: 'setMyCommands',
    params: { commands: {}, scope: '{' },
    encoding: 'form',
    error: 'Bad Request: expected an Array of BotCommand',
  },
  {
    name: 'setMyCommands with a scope that is not JSON',
    cite: 'Client.cpp Client::get_bot_command_scope',
    method: 'setMyCommands',
    params: { commands: [], scope: '{' },
    encoding: 'form',
    error: "Bad Request: can't parse BotCommandScope JSON object",
  },
  {
    name: 'setMyCommands for the administrators of a private chat',
    cite: 'td/telegram/BotCommandScope.cpp BotCommandScope::get_bot_command_scope',
    method: 'setMyCommands',
    params: (f) => ({
      commands: [{ command: 'a', description: 'b' }],
      scope: { type: 'chat_administrators', chat_id: f.ann },
    }),
    error: "Bad Request: can't use specified scope in private chats",
  },
  {
    name: 'setMyCommands checks the scope’s chat before the language',
    cite: 'td/telegram/BotCommand.cpp set_commands',
    method: 'setMyCommands',
    params: { commands: [], scope: { type: 'chat', chat_id: -42 }, language_code: 'english' },
    error: 'Bad Request: chat not found',
  },
  {
    name: 'setMyCommands with a language code that is not two letters',
    cite: 'td/telegram/misc.cpp validate_bot_language_code',
    method: 'setMyCommands',
    params: { commands: [], language_code: 'EN' },
    error: 'Bad Request: invalid language code specified',
  },
  {
    name: 'getMyCommands answers the list of exactly that scope and language',
    cite: 'Client.cpp process_get_my_commands_query',
    method: 'getMyCommands',
    setup: async (f) => {
      await f.ok('setMyCommands', { commands: [{ command: 'all', description: 'x' }] });
      await f.ok('setMyCommands', {
        commands: [{ command: 'admins', description: 'y' }],
        scope: { type: 'chat_administrators', chat_id: f.forum },
      });
    },
    params: (f) => ({ scope: { type: 'chat_administrators', chat_id: f.forum } }),
    result: [{ command: 'admins', description: 'y' }],
  },

  // answerInlineQuery
  {
    name: 'answerInlineQuery with results that are not JSON',
    cite: 'Client.cpp Client::get_inline_query_results',
    method: 'answerInlineQuery',
    options: INLINE_BOT,
    params: (f) => ({ inline_query_id: inlineQuery(f), results: '[{' }),
    encoding: 'form',
    error: "Bad Request: can't parse JSON encoded inline query results: Unexpected string end",
  },
  {
    name: 'answerInlineQuery with results that are not an array',
    cite: 'Client.cpp Client::get_inline_query_results',
    method: 'answerInlineQuery',
    options: INLINE_BOT,
    params: (f) => ({ inline_query_id: inlineQuery(f), results: {} }),
    error: 'Bad Request: expected an Array of inline query results',
  },
  {
    name: 'answerInlineQuery with more than 50 results',
    cite: 'Client.cpp Client::get_inline_query_results',
    method: 'answerInlineQuery',
    options: INLINE_BOT,
    params: (f) => ({
      inline_query_id: inlineQuery(f),
      results: Array.from({ length: 51 }, (_, i) => ({
        type: 'article',
        id: String(i),
        title: 't',
        message_text: 'm',
      })),
    }),
    error: 'Bad Request: too many inline query results specified',
  },
  {
    name: 'answerInlineQuery with a button that is not JSON',
    cite: 'Client.cpp Client::get_inline_query_results_button',
    method: 'answerInlineQuery',
    options: INLINE_BOT,
    params: (f) => ({ inline_query_id: inlineQuery(f), results: [], button: '{' }),
    encoding: 'form',
    error: "Bad Request: can't parse inline query results button JSON object",
  },
  {
    name: 'answerInlineQuery with a button null',
    cite: 'Client.cpp Client::get_inline_query_results_button',
    method: 'answerInlineQuery',
    options: INLINE_BOT,
    params: (f) => ({ inline_query_id: inlineQuery(f), results: [], button: null }),
    error: "Bad Request: can't parse inline query results button: InlineQueryResultsButton must be an Object",
  },
  {
    name: 'answerInlineQuery reads the results before the query id is looked at',
    cite: INLINE,
    method: 'answerInlineQuery',
    params: { inline_query_id: '999', results: {} },
    error: 'Bad Request: expected an Array of inline query results',
  },
  {
    name: 'answerInlineQuery takes the old switch_pm_text as the button',
    cite: INLINE,
    method: 'answerInlineQuery',
    options: INLINE_BOT,
    params: (f) => ({ inline_query_id: inlineQuery(f), results: [], switch_pm_text: 'Go', switch_pm_parameter: 'p' }),
    check: (_, f) => {
      const id = [...f.emulator.pendingUpdates()].reverse().find((u) => u.inline_query)?.inline_query?.id;
      expect(f.emulator.inlineAnswer(id ?? '')).toMatchObject({ button: { text: 'Go', start_parameter: 'p' } });
    },
  },

  // deleteMessages and the message id lists of the batch methods
  {
    name: 'deleteMessages without message_ids',
    cite: MESSAGE_IDS,
    method: 'deleteMessages',
    params: (f) => ({ chat_id: f.forum }),
    error: 'Bad Request: message identifiers are not specified',
  },
  {
    name: 'deleteMessages with message_ids that are not JSON',
    cite: MESSAGE_IDS,
    method: 'deleteMessages',
    params: (f) => ({ chat_id: f.forum, message_ids: '[1' }),
    encoding: 'form',
    error: "Bad Request: can't parse message_ids JSON object",
  },
  {
    name: 'deleteMessages with message_ids that are not an array',
    cite: MESSAGE_IDS,
    method: 'deleteMessages',
    params: (f) => ({ chat_id: f.forum, message_ids: { a: 1 } }),
    error: 'Bad Request: expected an Array of message identifiers',
  },
  {
    name: 'deleteMessages with an empty list',
    cite: 'Client.cpp process_delete_messages_query',
    method: 'deleteMessages',
    params: (f) => ({ chat_id: f.forum, message_ids: [] }),
    error: 'Bad Request: message identifiers are not specified',
  },
  {
    name: 'deleteMessages with 101 ids',
    cite: MESSAGE_IDS,
    method: 'deleteMessages',
    params: (f) => ({ chat_id: f.forum, message_ids: Array.from({ length: 101 }, (_, i) => i + 1) }),
    error: 'Bad Request: too many message identifiers specified',
  },
  {
    name: 'deleteMessages with an id that is neither a number nor a string',
    cite: MESSAGE_IDS,
    method: 'deleteMessages',
    params: (f) => ({ chat_id: f.forum, message_ids: [true] }),
    error: 'Bad Request: message identifier must be a Number',
  },
  {
    name: 'deleteMessages reads ids strictly (td::to_integer_safe): "01" is refused',
    cite: MESSAGE_IDS,
    method: 'deleteMessages',
    params: (f) => ({ chat_id: f.forum, message_ids: ['01'] }),
    error: "Bad Request: can't parse message identifier as a Number",
  },
  {
    name: 'deleteMessages with id 0',
    cite: MESSAGE_IDS,
    method: 'deleteMessages',
    params: (f) => ({ chat_id: f.forum, message_ids: [0] }),
    error: 'Bad Request: invalid message identifier specified',
  },
  {
    name: 'deleteMessages reads the ids before it looks at the chat',
    cite: 'Client.cpp process_delete_messages_query',
    method: 'deleteMessages',
    params: { chat_id: -1, message_ids: [] },
    error: 'Bad Request: message identifiers are not specified',
  },
  {
    name: 'deleteMessages: ids given as strings, missing messages skipped',
    cite: MESSAGE_IDS,
    method: 'deleteMessages',
    params: (f) => ({ chat_id: f.forum, message_ids: [String(f.annSaid), 99_999] }),
    check: (_, f) => {
      expect(f.emulator.messages(f.forum).some((m) => m.message_id === f.annSaid)).toBe(false);
    },
  },
  {
    name: 'deleteMessages never deletes a topic’s creation message',
    cite: 'td/telegram/MessagesManager.cpp MessagesManager::can_delete_channel_message',
    method: 'deleteMessages',
    params: (f) => ({ chat_id: f.forum, message_ids: [f.topic] }),
    error: "Bad Request: message can't be deleted",
  },
];
