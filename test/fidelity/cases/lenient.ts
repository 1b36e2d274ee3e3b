import type { Message } from 'telegram-forum';
import { expect } from 'vitest';
import type { Case, Fixture } from '../runner.js';

// Never stricter than Telegram: what the official server accepts, the emulator accepts. And the
// few rules that are Telegram's own (not in the source), marked as such.

const action = (name: string): Case => ({
  name: `sendChatAction accepts ${name}`,
  cite: 'Client.cpp Client::get_chat_action',
  method: 'sendChatAction',
  params: (f) => ({ chat_id: f.forum, action: name }),
  check: (result) => expect(result).toBe(true),
});

const lastOf = (f: Fixture, chat = f.forum) => f.emulator.messages(chat).at(-1)?.message_id;

export const lenientCases: Case[] = [
  {
    name: 'a one-item album is sent as a single message, without a media group',
    cite: 'td/telegram/MessageContent.cpp check_message_group_message_contents',
    method: 'sendMediaGroup',
    params: (f) => ({ chat_id: f.forum, media: [{ type: 'photo', media: 'https://example.com/a.jpg' }] }),
    check: (result) => {
      expect(result).toHaveLength(1);
      expect((result as Message[])[0]).not.toHaveProperty('media_group_id');
    },
  },
  {
    name: 'an album of two shares a media group',
    cite: 'td/telegram/MessagesManager.cpp MessagesManager::send_message_group',
    method: 'sendMediaGroup',
    params: (f) => ({
      chat_id: f.forum,
      media: [
        { type: 'document', media: 'https://example.com/a.pdf' },
        { type: 'document', media: 'https://example.com/b.pdf' },
      ],
    }),
    check: (result) => {
      const [a, b] = result as Message[];
      expect(a?.media_group_id).toBeDefined();
      expect(a?.media_group_id).toBe(b?.media_group_id);
    },
  },
  action('TYPING'),
  action('Upload_Photo'),
  action('record_voice'),
  action('record_audio'),
  action('upload_voice'),
  action('upload_audio'),
  action('find_location'),
  action('pick_up_location'),
  action('cancel'),
  {
    name: 'sendChatAction does not check the topic',
    cite: 'Client.cpp process_send_chat_action_query',
    method: 'sendChatAction',
    params: (f) => ({ chat_id: f.forum, action: 'typing', message_thread_id: 424242 }),
    check: (result) => expect(result).toBe(true),
  },
  {
    name: 'editForumTopic with nothing to edit succeeds without a change',
    cite: 'td/telegram/ForumTopicManager.cpp ForumTopicManager::edit_forum_topic',
    method: 'editForumTopic',
    params: (f) => ({ chat_id: f.forum, message_thread_id: f.topic }),
    check: (result, f) => {
      expect(result).toBe(true);
      expect(
        f.emulator.messages(f.forum, f.topic).map((m) => Object.keys(m).find((k) => k.startsWith('forum_'))),
      ).toEqual(['forum_topic_created']);
    },
  },
  {
    name: 'editForumTopic with nothing to edit succeeds even for an unknown topic',
    cite: 'td/telegram/ForumTopicManager.cpp ForumTopicManager::edit_forum_topic',
    method: 'editForumTopic',
    params: (f) => ({ chat_id: f.forum, message_thread_id: 4242 }),
    check: (result) => expect(result).toBe(true),
  },
  {
    name: 'editForumTopic with only icon_custom_emoji_id present (empty) removes the icon',
    cite: 'Client.cpp process_edit_forum_topic_query',
    method: 'editForumTopic',
    setup: async (f) => {
      const topic = await f.ok<{ message_thread_id: number }>('createForumTopic', {
        chat_id: f.forum,
        name: 'iconic',
        icon_custom_emoji_id: '5434144690511290129',
      });
      return topic;
    },
    params: (f) => ({ chat_id: f.forum, message_thread_id: lastOf(f), icon_custom_emoji_id: '' }),
    check: (_, f) => expect(f.emulator.topics(f.forum).at(-1)).not.toHaveProperty('icon_custom_emoji_id'),
  },
  {
    name: 'editGeneralForumTopic with an empty name succeeds',
    cite: 'Client.cpp process_edit_general_forum_topic_query',
    method: 'editGeneralForumTopic',
    params: (f) => ({ chat_id: f.forum, name: '' }),
    check: (result, f) => {
      expect(result).toBe(true);
      expect(f.emulator.topics(f.forum)[0]?.name).toBe('General');
    },
  },
  {
    name: 'a bot may copy a message with protected content',
    cite: 'td/telegram/MessagesManager.cpp MessagesManager::can_forward_message',
    method: 'copyMessage',
    setup: (f) => f.ok('sendMessage', { chat_id: f.forum, text: 'secret', protect_content: true }),
    params: (f) => ({ chat_id: f.ann, from_chat_id: f.forum, message_id: lastOf(f) }),
    check: (_, f) => expect(f.emulator.messages(f.ann).at(-1)?.text).toBe('secret'),
  },
  {
    name: 'a poll with a single option',
    cite: 'td/telegram/PollOption.cpp PollOption::get_poll_options',
    method: 'sendPoll',
    params: (f) => ({ chat_id: f.forum, question: 'Q?', options: ['only'] }),
    result: { poll: { options: [{ text: 'only', voter_count: 0 }] } },
  },
  {
    name: 'an invite link member limit is clamped to 100000, not refused',
    cite: 'Client.cpp process_create_chat_invite_link_query',
    method: 'createChatInviteLink',
    params: (f) => ({ chat_id: f.forum, member_limit: 5_000_000 }),
    result: { member_limit: 100_000 },
  },
  {
    name: 'a caption of invisible characters is kept for a bot',
    cite: 'td/telegram/MessageEntity.cpp fix_formatted_text',
    method: 'sendPhoto',
    params: (f) => ({ chat_id: f.forum, photo: 'https://example.com/p.jpg', caption: '\u200b' }),
    result: { caption: '\u200b' },
  },
  {
    name: 'a keyboard removal is never echoed in the message',
    cite: 'Client.cpp Client::set_message_reply_markup',
    method: 'sendMessage',
    params: (f) => ({ chat_id: f.ann, text: 'x', reply_markup: { remove_keyboard: true, selective: true } }),
    check: (result) => expect(result).not.toHaveProperty('reply_markup'),
  },
  {
    name: 'unbanChatMember of the bot itself makes it leave',
    cite: 'td/telegram/DialogParticipantManager.cpp restrict_channel_participant',
    method: 'unbanChatMember',
    params: (f) => ({ chat_id: f.group, user_id: f.emulator.bot.id }),
    check: async (_, f) =>
      expect((await f.call('sendMessage', { chat_id: f.group, text: 'x' })).body.description).toBe(
        'Forbidden: bot is not a member of the supergroup chat',
      ),
  },
  {
    name: 'a public supergroup can be read without being a member',
    cite: 'Client.cpp Client::check_chat_access',
    method: 'getChat',
    setup: (f) => f.emulator.createForum({ title: 'Public', username: 'public_group', bot: false }),
    params: { chat_id: '@public_group' },
    result: { title: 'Public', username: 'public_group' },
  },
  {
    name: 'a public supergroup cannot be written to without being a member',
    cite: 'Client.cpp Client::check_chat_access',
    method: 'sendMessage',
    setup: (f) => f.emulator.createForum({ title: 'Public', username: 'public_group', bot: false }),
    params: { chat_id: '@public_group', text: 'x' },
    error: 'Forbidden: bot is not a member of the supergroup chat',
    code: 403,
  },

  // Telegram's own rules (not in the source): the observed answers.
  {
    name: 'callback_data over 64 bytes',
    cite: 'Telegram: BUTTON_DATA_INVALID',
    method: 'sendMessage',
    params: (f) => ({
      chat_id: f.forum,
      text: 'x',
      reply_markup: { inline_keyboard: [[{ text: 'a', callback_data: 'ж'.repeat(33) }]] },
    }),
    error: 'Bad Request: BUTTON_DATA_INVALID',
  },
  {
    name: 'an inline keyboard row of nine buttons',
    cite: 'Telegram: REPLY_MARKUP_TOO_LONG (observed limits 8 a row, 100 in all)',
    method: 'sendMessage',
    params: (f) => ({
      chat_id: f.forum,
      text: 'x',
      reply_markup: {
        inline_keyboard: [Array.from({ length: 9 }, (_, i) => ({ text: `${i}`, callback_data: `${i}` }))],
      },
    }),
    error: 'Bad Request: reply markup is too long',
  },
  {
    name: 'closing a closed topic',
    cite: 'Telegram: TOPIC_NOT_MODIFIED',
    method: 'closeForumTopic',
    setup: (f) => f.ok('closeForumTopic', { chat_id: f.forum, message_thread_id: f.topic }),
    params: (f) => ({ chat_id: f.forum, message_thread_id: f.topic }),
    error: 'Bad Request: TOPIC_NOT_MODIFIED',
  },
  {
    name: 'writing to a user who never started the bot',
    cite: 'Telegram: a bot cannot start a conversation',
    method: 'sendMessage',
    params: (f) => ({ chat_id: f.owner, text: 'x' }),
    error: "Forbidden: bot can't initiate conversation with a user",
    code: 403,
  },
  {
    name: 'an edit that changes nothing',
    cite: 'Telegram: MESSAGE_NOT_MODIFIED (text in Client.cpp fail_query_with_error)',
    method: 'editMessageText',
    setup: (f) => f.ok('sendMessage', { chat_id: f.forum, text: 'same' }),
    params: (f) => ({ chat_id: f.forum, message_id: lastOf(f), text: 'same' }),
    error:
      'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
  },
];
