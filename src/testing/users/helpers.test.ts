import { describe, expect, it } from 'vitest';
import { thrown } from '../../../test/helpers/emulatorScene.js';
import { createEmulator } from '../index.js';

function setup() {
  const emulator = createEmulator();
  const forum = emulator.createForum({ title: 'Helpers' });
  const ann = emulator.createUser({ first_name: 'Ann' });
  const client = emulator.client({ retry: false });
  return { emulator, forum, ann, client };
}

describe('helpers refuse what is not what they expect (TypeError naming the helper and the argument)', () => {
  const { emulator, forum, ann } = setup();

  it.each([
    [
      'userSends(user, chatId, text)',
      () => emulator.userSends(ann, -100123 as never, 'hi' as never),
      /^userSends: text must be a non-empty string \(the chat goes in the third argument: \{ chat_id \}\); got the number -100123$/,
    ],
    ['userSends(user, "")', () => emulator.userSends(ann, ''), /^userSends: text must be a non-empty string/],
    [
      'userSends with an unknown target option',
      () => emulator.userSends(ann, 'hi', { chatId: forum.id } as never),
      /^userSends: target has no option "chatId"/,
    ],
    [
      'userSends without chat_id but with a thread',
      () => emulator.userSends(ann, 'hi', { message_thread_id: 5 }),
      /^userSends: target\.message_thread_id given, but the private chat has no topics/,
    ],
    [
      'userSends with a thread in a plain group',
      () =>
        emulator.userSends(ann, 'hi', { chat_id: emulator.createForum({ is_forum: false }).id, message_thread_id: 5 }),
      /^userSends: target\.message_thread_id given, but chat -\d+ is not a forum/,
    ],
    [
      'userSends with a thread of 0',
      () => emulator.userSends(ann, 'hi', { chat_id: forum.id, message_thread_id: 0 }),
      /^userSends: target\.message_thread_id must be a topic/,
    ],
    [
      "userSends into another user's private chat",
      () => emulator.userSends(ann, 'hi', { chat_id: ann.id + 1 }),
      /^userSends: target\.chat_id \d+ is another user's private chat/,
    ],
    ['userSends as a chat object', () => emulator.userSends(forum as never, 'hi'), /^userSends: user must be a user/],
    [
      'createForum with a misspelt right',
      () => emulator.createForum({ rights: { can_manage_topic: false } as never }),
      /^createForum: options\.rights has no right "can_manage_topic" \(known: can_manage_topics, /,
    ],
    [
      'createForum with a misspelt option',
      () => emulator.createForum({ titel: 'x' } as never),
      /^createForum: options has no option "titel"/,
    ],
    [
      'createForum with rights "admin"',
      () => emulator.createForum({ rights: 'admin' as never }),
      /^createForum: options\.rights must be an object of rights or 'member'; got the string "admin"/,
    ],
    [
      'setRights with a string for a boolean',
      () => emulator.setRights(forum.id, { can_manage_topics: 'no' as never }),
      /^setRights: rights\.can_manage_topics must be a boolean; got the string "no"/,
    ],
    [
      'setRights with a misspelt right',
      () => emulator.setRights(forum.id, { can_pin: true } as never),
      /^setRights: rights has no right "can_pin"/,
    ],
    [
      'setRights on a private chat',
      () => emulator.setRights(ann.id, 'member'),
      /^setRights: chat must be a group chat/,
    ],
    ['setRights with a chat name', () => emulator.setRights('Helpers', 'member'), /^setRights: chat must be a chat/],
    [
      'addMember with a bad status',
      () => emulator.addMember(forum.id, ann, 'owner' as never),
      /^addMember: status must be 'member' or 'administrator'; got the string "owner"/,
    ],
    [
      'userCreatesTopic with a colour Telegram refuses',
      () => emulator.userCreatesTopic(ann, forum.id, 'T', { icon_color: 123 }),
      /^userCreatesTopic: options\.icon_color must be one of 7322096, 16766590, 13338331, 9367192, 16749490, 16478047; got the number 123$/,
    ],
    [
      'userCreatesTopic without a name',
      () => emulator.userCreatesTopic(ann, forum.id, ''),
      /^userCreatesTopic: name must be a non-empty string/,
    ],
    [
      'userPresses on a message id',
      () => emulator.userPresses(ann, 5 as never, 'x'),
      /^userPresses: message must be a message \(an object with chat\.id and message_id\); got the number 5/,
    ],
    [
      'userEdits on a chat',
      () => emulator.userEdits(ann, forum as never, 'x'),
      /^userEdits: message must be a message/,
    ],
    ['messages with a thread name', () => emulator.messages(forum.id, 'General'), /^messages: thread must be a topic/],
    [
      'messages with a message object',
      () => emulator.messages({ chat: forum, message_id: 1 } as never),
      /^messages: chat must be a chat/,
    ],
    [
      'callbackAnswer with an object',
      () => emulator.callbackAnswer({ id: '1' } as never),
      /^callbackAnswer: queryId must be a callback query id/,
    ],
    [
      'createUser with a fractional id',
      () => emulator.createUser({ id: 1.5 }),
      /^createUser: options\.id must be a user/,
    ],
    [
      'createBot with a bad token',
      () => emulator.createBot({ token: 'nope' }),
      /^createBot: options\.token must look like "123:ABC"/,
    ],
    ['pendingUpdates with a number', () => emulator.pendingUpdates(42 as never), /^pendingUpdates: bot must be a bot/],
  ])('%s', (_, run, message) => {
    const error = thrown(run);
    expect(error.type).toBe('TypeError');
    expect(error.message).toMatch(message);
  });

  it.each([
    [
      'an unknown user',
      () => emulator.userSends({ id: 999 } as never, 'hi'),
      /^userSends: no user 999; create it with createUser\(\)/,
    ],
    ['an unknown group', () => emulator.messages(-1009), /^messages: no group chat -1009/],
    ['an unknown @username', () => emulator.topics('@nowhere'), /^topics: no group @nowhere/],
    [
      'an unknown bot (the token is not repeated)',
      () => emulator.pendingUpdates('1:secret'),
      /^pendingUpdates: bot is not the token of a bot of this emulator$/,
    ],
    ['an unknown callback query', () => emulator.callbackAnswer('12'), /^callbackAnswer: no callback query 12/],
    [
      'an unknown reply',
      () => emulator.userSends(ann, 'hi', { chat_id: forum.id, reply_to_message_id: 999 }),
      /^userSends: no message 999 in chat/,
    ],
    [
      'a taken user id',
      () => emulator.createUser({ id: ann.id }),
      /^createUser: there is already a user or bot with id/,
    ],
  ])('says so for %s (Error)', (_, run, message) => {
    const error = thrown(run);
    expect(error.type).toBe('Error');
    expect(error.message).toMatch(message);
  });
});

describe('helpers accept the natural alternatives', () => {
  it('takes chats, users, topics and messages as objects or numeric strings', async () => {
    const { emulator, forum, ann, client } = setup();
    const topic = await client.call('createForumTopic', { chat_id: forum.id, name: 'Ideas' });
    const asked = emulator.userSends(String(ann.id), 'in a topic', {
      chat_id: String(forum.id),
      message_thread_id: topic,
    });
    expect(asked).toMatchObject({ message_thread_id: topic.message_thread_id, is_topic_message: true });
    const reply = emulator.userSends(ann, 'a reply', { chat_id: forum, reply_to_message_id: asked });
    expect(reply.message_thread_id).toBe(topic.message_thread_id);
    const expected = ['forum_topic_created', 'in a topic', 'a reply'];
    const shown = (list: ReturnType<typeof emulator.messages>) =>
      list.map((m) => m.text ?? (m.forum_topic_created ? 'forum_topic_created' : '?'));
    for (const chat of [forum, forum.id, String(forum.id), asked.chat]) {
      for (const thread of [topic, topic.message_thread_id, String(topic.message_thread_id)]) {
        expect(shown(emulator.messages(chat, thread))).toEqual(expected);
      }
    }
    expect(emulator.topics(String(forum.id)).map((t) => t.name)).toEqual(['General', 'Ideas']);
    const named = emulator.createForum({ username: 'named_forum' });
    expect(emulator.topics('@named_forum')).toHaveLength(1);
    emulator.userSends(ann, 'by username', { chat_id: '@named_forum' });
    expect(emulator.messages(named).map((m) => m.text)).toEqual(['by username']);
  });

  it('finds the private chat from the user, and another bot by its EmulatedBot', async () => {
    const { emulator, ann } = setup();
    const other = emulator.createBot({ username: 'other_bot' });
    emulator.userSends(ann, 'hello first');
    emulator.userSends(ann, 'hello other', { bot: other });
    expect(emulator.messages(ann).map((m) => m.text)).toEqual(['hello first']);
    expect(emulator.messages(ann.id, undefined, other).map((m) => m.text)).toEqual(['hello other']);
    expect(emulator.pendingUpdates(other).map((u) => u.message?.text)).toEqual(['hello other']);
    // A user who never wrote has no messages yet (not an error).
    expect(emulator.messages(emulator.createUser())).toEqual([]);
    expect(emulator.keyboard(emulator.createUser())).toBeUndefined();
  });

  it('answers callbackAnswer for the id as a number too', async () => {
    const { emulator, forum, ann, client } = setup();
    const sent = await client.call('sendMessage', {
      chat_id: forum.id,
      text: 'Pick',
      reply_markup: { inline_keyboard: [[{ text: 'Yes', callback_data: 'yes' }]] },
    });
    const id = emulator.userPresses(String(ann.id), sent, 'Yes');
    expect(emulator.callbackAnswer(Number(id))).toBeUndefined();
    await client.call('answerCallbackQuery', { callback_query_id: id, text: 'Done' });
    expect(emulator.callbackAnswer(Number(id))).toEqual({ text: 'Done' });
    expect(emulator.callbackAnswer(id)).toEqual({ text: 'Done' });
  });

  it('sends into a private topic when the bot has topics', async () => {
    const emulator = createEmulator({ bot: { has_topics_enabled: true } });
    const ann = emulator.createUser();
    emulator.userSends(ann, '/start');
    const topic = await emulator.client().call('createForumTopic', { chat_id: ann.id, name: 'Chat 1' });
    const sent = emulator.userSends(ann, 'in my topic', { message_thread_id: topic.message_thread_id });
    expect(sent).toMatchObject({ message_thread_id: topic.message_thread_id, is_topic_message: true });
  });

  it('applies valid rights given to setRights and createForum', async () => {
    const { emulator, forum, client } = setup();
    emulator.setRights(String(forum.id), { can_pin_messages: false }, emulator.bot);
    const me = await client.call('getChatMember', { chat_id: forum.id, user_id: emulator.bot.id });
    expect(me).toMatchObject({ status: 'administrator', can_pin_messages: false, can_manage_topics: true });
    const weak = emulator.createForum({ rights: { can_manage_topics: false } });
    const error = await client.call('createForumTopic', { chat_id: weak.id, name: 'x' }).catch((e: unknown) => e);
    expect(String(error)).toContain('not enough rights to create a topic');
  });
});

describe('keyboard(chat)', () => {
  it('returns the reply keyboard as Telegram keeps it, not as it was sent', async () => {
    const { emulator, forum, ann, client } = setup();
    // Request buttons work in private chats only (td/telegram/ReplyMarkup.cpp); there
    // `selective` is dropped.
    emulator.userSends(ann, 'hi');
    await client.call('sendMessage', {
      chat_id: ann.id,
      text: 'Menu',
      reply_markup: {
        keyboard: [
          ['Plain', { text: 'Phone', request_phone_number: true, extra: 1 } as never],
          [{ text: 'Where', request_location: true, request_contact: false }],
          [
            { text: 'Poll', request_poll: { type: 'quiz' } },
            { text: 'App', web_app: { url: 'https://a.example' } },
          ],
        ] as never,
        resize_keyboard: true,
        one_time_keyboard: false,
        personal_keyboard: true,
        input_field_placeholder: 'Pick one',
      } as never,
    });
    expect(emulator.keyboard(ann)).toEqual({
      keyboard: [
        [{ text: 'Plain' }, { text: 'Phone', request_contact: true }],
        [{ text: 'Where', request_location: true }],
        [
          { text: 'Poll', request_poll: { type: 'quiz' } },
          { text: 'App', web_app: { url: 'https://a.example' } },
        ],
      ],
      resize_keyboard: true,
      input_field_placeholder: 'Pick one',
    });
    // A copy: changing it changes nothing in the emulator.
    emulator.keyboard(ann)!.keyboard.length = 0;
    expect(emulator.keyboard(ann.id)?.keyboard).toHaveLength(3);
    await client.call('sendMessage', {
      chat_id: forum.id,
      text: 'Menu',
      reply_markup: { keyboard: [['A']], selective: true, hide: false } as never,
    });
    expect(emulator.keyboard(forum)).toEqual({ keyboard: [[{ text: 'A' }]], selective: true });
  });
});
