import { describe, expect, it } from 'vitest';
import { isApiError } from '../errors/errors.js';
import { createEmulator } from './index.js';

/** Runs `promise` and returns the Bot API description it failed with. */
async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isApiError(error)) return `${error.error_code} ${error.description}`;
    throw error;
  }
  throw new Error('expected the call to fail');
}

function setup(options: Parameters<typeof createEmulator>[0] = {}) {
  const emulator = createEmulator(options);
  const forum = emulator.createForum({ title: 'Support' });
  const client = emulator.client({ retry: false });
  return { emulator, forum, client };
}

describe('forum topics', () => {
  it('creates a topic whose id is its service message id, and sends into it', async () => {
    const { emulator, forum, client } = setup();
    const topic = await client.call('createForumTopic', { chat_id: forum.id, name: 'Ticket 1', icon_color: 0xff93b2 });
    expect(topic).toEqual({ message_thread_id: topic.message_thread_id, name: 'Ticket 1', icon_color: 0xff93b2 });
    const [created] = emulator.messages(forum.id, topic.message_thread_id);
    expect(created?.message_id).toBe(topic.message_thread_id);
    expect(created).toMatchObject({
      message_thread_id: topic.message_thread_id,
      is_topic_message: true,
      forum_topic_created: { name: 'Ticket 1', icon_color: 0xff93b2 },
    });
    const sent = await client.call('sendMessage', {
      chat_id: forum.id,
      message_thread_id: topic.message_thread_id,
      text: 'hello',
    });
    expect(sent.message_thread_id).toBe(topic.message_thread_id);
    expect(sent.is_topic_message).toBe(true);
    expect(sent.reply_to_message?.message_id).toBe(topic.message_thread_id);
    expect(emulator.topics(forum.id).map((t) => t.name)).toEqual(['General', 'Ticket 1']);
  });

  it('puts General messages in General with neither thread field', async () => {
    const { emulator, forum, client } = setup();
    const sent = await client.call('sendMessage', { chat_id: forum.id, text: 'in General' });
    expect(sent).not.toHaveProperty('message_thread_id');
    expect(sent).not.toHaveProperty('is_topic_message');
    expect(emulator.messages(forum.id, 1).map((m) => m.text)).toEqual(['in General']);
  });

  it('answers "message thread not found" for the General id and unknown topics', async () => {
    const { emulator, forum } = setup();
    const send = (thread: number) =>
      emulator.fetch(`${emulator.apiRoot}/bot${emulator.bot.token}/sendMessage`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ chat_id: forum.id, message_thread_id: thread, text: 'x' }),
      });
    for (const thread of [1, 999]) {
      const response = await send(thread);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        ok: false,
        error_code: 400,
        description: 'Bad Request: message thread not found',
      });
    }
  });

  it('cleans and truncates names like Telegram and refuses empty ones', async () => {
    const { forum, client } = setup();
    const long = `  ${'a'.repeat(140)}\n`;
    const topic = await client.call('createForumTopic', { chat_id: forum.id, name: long });
    expect(topic.name).toBe('a'.repeat(128));
    const multi = await client.call('createForumTopic', { chat_id: forum.id, name: 'two\nlines' });
    expect(multi.name).toBe('two lines');
    expect(await failure(client.call('createForumTopic', { chat_id: forum.id, name: ' \n ' }))).toBe(
      '400 Bad Request: name must be non-empty',
    );
    expect(
      await failure(client.call('createForumTopic', { chat_id: forum.id, name: 'x', icon_color: 42 as never })),
    ).toBe('400 Bad Request: invalid icon color specified');
  });

  it('edits, closes, reopens and deletes topics, with TOPIC_NOT_MODIFIED for no-ops', async () => {
    const { emulator, forum, client } = setup();
    const { message_thread_id } = await client.call('createForumTopic', { chat_id: forum.id, name: 'A' });
    const target = { chat_id: forum.id, message_thread_id };
    await client.call('editForumTopic', { ...target, name: 'B', icon_custom_emoji_id: '5312536423851630001' });
    expect(await failure(client.call('editForumTopic', { ...target, name: 'B' }))).toBe(
      '400 Bad Request: TOPIC_NOT_MODIFIED',
    );
    expect(await client.call('editForumTopic', target)).toBe(true);
    await client.call('closeForumTopic', target);
    expect(await failure(client.call('closeForumTopic', target))).toBe('400 Bad Request: TOPIC_NOT_MODIFIED');
    await client.call('reopenForumTopic', target);
    expect(await failure(client.call('reopenForumTopic', target))).toBe('400 Bad Request: TOPIC_NOT_MODIFIED');
    const service = emulator
      .messages(forum.id, message_thread_id)
      .map((m) => Object.keys(m).find((k) => k.startsWith('forum_')));
    expect(service).toEqual([
      'forum_topic_created',
      'forum_topic_edited',
      'forum_topic_closed',
      'forum_topic_reopened',
    ]);
    const edited = emulator.messages(forum.id, message_thread_id)[1];
    expect(edited?.forum_topic_edited).toEqual({ name: 'B', icon_custom_emoji_id: '5312536423851630001' });
    await client.call('deleteForumTopic', target);
    expect(emulator.messages(forum.id, message_thread_id)).toEqual([]);
    expect(await failure(client.call('sendMessage', { ...target, text: 'x' }))).toBe(
      '400 Bad Request: message thread not found',
    );
  });

  it('refuses sends into a closed topic without can_manage_topics (TOPIC_CLOSED)', async () => {
    const { emulator, forum, client } = setup();
    const { message_thread_id } = await client.call('createForumTopic', { chat_id: forum.id, name: 'A' });
    await client.call('closeForumTopic', { chat_id: forum.id, message_thread_id });
    await client.call('sendMessage', { chat_id: forum.id, message_thread_id, text: 'admins may' });
    emulator.setRights(forum.id, { can_manage_topics: false });
    expect(await failure(client.call('sendMessage', { chat_id: forum.id, message_thread_id, text: 'x' }))).toBe(
      '400 Bad Request: TOPIC_CLOSED',
    );
  });

  it('checks admin rights', async () => {
    const { emulator, forum, client } = setup();
    emulator.setRights(forum.id, 'member');
    expect(await failure(client.call('createForumTopic', { chat_id: forum.id, name: 'A' }))).toBe(
      '400 Bad Request: not enough rights to create a topic',
    );
    expect(await failure(client.call('closeGeneralForumTopic', { chat_id: forum.id }))).toBe(
      '400 Bad Request: not enough rights to close or open the topic',
    );
    emulator.setRights(forum.id, 'left');
    expect(await failure(client.call('sendMessage', { chat_id: forum.id, text: 'x' }))).toBe(
      '403 Forbidden: bot is not a member of the supergroup chat',
    );
  });

  it('manages the General topic: rename, close, hide (closes), reopen (unhides)', async () => {
    const { emulator, forum, client } = setup();
    await client.call('editGeneralForumTopic', { chat_id: forum.id, name: 'Lobby' });
    expect(await failure(client.call('editGeneralForumTopic', { chat_id: forum.id, name: 'Lobby' }))).toBe(
      '400 Bad Request: TOPIC_NOT_MODIFIED',
    );
    await client.call('hideGeneralForumTopic', { chat_id: forum.id });
    expect(emulator.topics(forum.id)[0]).toMatchObject({ name: 'Lobby', is_closed: true, is_hidden: true });
    expect(await failure(client.call('hideGeneralForumTopic', { chat_id: forum.id }))).toBe(
      '400 Bad Request: TOPIC_NOT_MODIFIED',
    );
    await client.call('reopenGeneralForumTopic', { chat_id: forum.id });
    expect(emulator.topics(forum.id)[0]).toMatchObject({ is_closed: false, is_hidden: false });
    await client.call('closeGeneralForumTopic', { chat_id: forum.id });
    emulator.setRights(forum.id, { can_manage_topics: false });
    expect(await failure(client.call('sendMessage', { chat_id: forum.id, text: 'x' }))).toBe(
      '400 Bad Request: TOPIC_CLOSED',
    );
    const general = emulator.messages(forum.id, 1);
    expect(general.map((m) => Object.keys(m).find((k) => /^(forum|general)_/.test(k)))).toEqual([
      'forum_topic_edited',
      'general_forum_topic_hidden',
      'forum_topic_reopened',
      'forum_topic_closed',
    ]);
    expect(general.every((m) => m.message_thread_id === undefined && m.is_topic_message === undefined)).toBe(true);
  });

  it('refuses topic methods in a plain supergroup', async () => {
    const emulator = createEmulator();
    const group = emulator.createForum({ is_forum: false });
    const client = emulator.client({ retry: false });
    expect(await failure(client.call('createForumTopic', { chat_id: group.id, name: 'A' }))).toBe(
      '400 Bad Request: the chat is not a forum',
    );
    // a thread id is ignored outside forums
    const sent = await client.call('sendMessage', { chat_id: group.id, message_thread_id: 5, text: 'x' });
    expect(sent.message_thread_id).toBeUndefined();
  });

  it('returns icon stickers whose custom_emoji_id is a string', async () => {
    const { client } = setup();
    const stickers = await client.call('getForumTopicIconStickers');
    expect(stickers.length).toBeGreaterThan(3);
    for (const s of stickers) expect(s.custom_emoji_id).toMatch(/^\d{19}$/);
  });
});

describe('messages', () => {
  it('inherits the topic of the replied message', async () => {
    const { emulator, forum, client } = setup();
    const user = emulator.createUser({ first_name: 'Ann' });
    const { message_thread_id } = await client.call('createForumTopic', { chat_id: forum.id, name: 'T' });
    const asked = emulator.userSends(user, 'question', { chat_id: forum.id, message_thread_id });
    const answer = await client.call('sendMessage', {
      chat_id: forum.id,
      text: 'answer',
      reply_parameters: { message_id: asked.message_id },
    });
    expect(answer.message_thread_id).toBe(message_thread_id);
    expect(answer.reply_to_message?.message_id).toBe(asked.message_id);
    expect(
      await failure(
        client.call('sendMessage', { chat_id: forum.id, text: 'x', reply_parameters: { message_id: 9999 } }),
      ),
    ).toBe('400 Bad Request: message to be replied not found');
  });

  it('reports the text errors', async () => {
    const { forum, client } = setup();
    expect(await failure(client.call('sendMessage', { chat_id: forum.id, text: '' }))).toBe(
      '400 Bad Request: message text is empty',
    );
    expect(await failure(client.call('sendMessage', { chat_id: forum.id, text: '   ' }))).toBe(
      '400 Bad Request: text must be non-empty',
    );
    expect(await failure(client.call('sendMessage', { chat_id: forum.id, text: 'x'.repeat(4097) }))).toBe(
      '400 Bad Request: message is too long',
    );
    expect(await failure(client.call('sendMessage', { chat_id: -1009, text: 'x' }))).toBe(
      '400 Bad Request: chat not found',
    );
    expect(
      await failure(client.call('sendMessage', { chat_id: forum.id, text: 'x', parse_mode: 'bogus' as never })),
    ).toBe('400 Bad Request: unsupported parse_mode');
    expect(
      await failure(client.call('sendMessage', { chat_id: forum.id, text: '<x>y</x>', parse_mode: 'HTML' })),
    ).toMatch(/^400 Bad Request: can't parse entities: Unsupported start tag "x"/);
  });

  it('validates keyboards like Telegram', async () => {
    const { forum, client } = setup();
    const send = (reply_markup: unknown) =>
      failure(client.call('sendMessage', { chat_id: forum.id, text: 'x', reply_markup: reply_markup as never }));
    expect(await send({ inline_keyboard: [[{ text: 'a', callback_data: 'é'.repeat(33) }]] })).toBe(
      '400 Bad Request: BUTTON_DATA_INVALID',
    );
    expect(await send({ inline_keyboard: [[{ text: 'a' }]] })).toBe(
      "400 Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
    );
    expect(await send({ inline_keyboard: [{ text: 'a' }] })).toBe(
      '400 Bad Request: field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays',
    );
    expect(await send({ keyboard: [[{ text: 'a' }]], resize_keyboard: 'yes' })).toBe(
      '400 Bad Request: field "resize_keyboard" must be of type Boolean',
    );
    expect(await send([1])).toBe('400 Bad Request: object expected as reply markup');
    const ok = await client.call('sendMessage', {
      chat_id: forum.id,
      text: 'x',
      reply_markup: { inline_keyboard: [[{ text: 'a', callback_data: 'é'.repeat(32) }]] },
    });
    expect(ok.reply_markup?.inline_keyboard[0]?.[0]).toEqual({ text: 'a', callback_data: 'é'.repeat(32) });
  });

  it('edits messages and refuses identical edits', async () => {
    const { forum, client } = setup();
    const sent = await client.call('sendMessage', { chat_id: forum.id, text: 'v1' });
    const edited = await client.call('editMessageText', { chat_id: forum.id, message_id: sent.message_id, text: 'v2' });
    expect(edited).toMatchObject({ text: 'v2', edit_date: expect.any(Number) });
    expect(
      await failure(client.call('editMessageText', { chat_id: forum.id, message_id: sent.message_id, text: 'v2' })),
    ).toMatch(/^400 Bad Request: message is not modified: specified new message content/);
    expect(await failure(client.call('editMessageText', { chat_id: forum.id, message_id: 999, text: 'v' }))).toBe(
      '400 Bad Request: message to edit not found',
    );
    expect(await client.call('deleteMessage', { chat_id: forum.id, message_id: sent.message_id })).toBe(true);
    expect(await failure(client.call('deleteMessage', { chat_id: forum.id, message_id: sent.message_id }))).toBe(
      '400 Bad Request: message to delete not found',
    );
  });

  it('pins and unpins, and getChat shows the pinned message', async () => {
    const { forum, client, emulator } = setup();
    const sent = await client.call('sendMessage', { chat_id: forum.id, text: 'pin me' });
    await client.call('pinChatMessage', { chat_id: forum.id, message_id: sent.message_id });
    expect((await client.call('getChat', { chat_id: forum.id })).pinned_message?.message_id).toBe(sent.message_id);
    await client.call('unpinAllGeneralForumTopicMessages', { chat_id: forum.id });
    expect((await client.call('getChat', { chat_id: forum.id })).pinned_message).toBeUndefined();
    emulator.setRights(forum.id, { can_pin_messages: false });
    expect(await failure(client.call('pinChatMessage', { chat_id: forum.id, message_id: sent.message_id }))).toBe(
      '400 Bad Request: not enough rights to manage pinned messages in the chat',
    );
  });

  it('uploads a document, serves it by file_path, and re-sends it by file_id', async () => {
    const { forum, client } = setup();
    const bytes = new TextEncoder().encode('report body');
    const { inputFile } = await import('../client/inputFile.js');
    const sent = await client.call('sendDocument', { chat_id: forum.id, document: inputFile(bytes, 'report.txt') });
    const doc = sent.document!;
    expect(doc).toMatchObject({ file_name: 'report.txt', file_size: bytes.length });
    const file = await client.call('getFile', { file_id: doc.file_id });
    expect(file.file_path).toMatch(/^documents\/.+\.txt$/);
    expect(new TextDecoder().decode(await client.download(file.file_path!))).toBe('report body');
    const again = await client.call('sendDocument', { chat_id: forum.id, document: doc.file_id });
    expect(again.document?.file_id).toBe(doc.file_id);
    expect(await failure(client.call('sendDocument', { chat_id: forum.id, document: 'nope' }))).toBe(
      '400 Bad Request: wrong file identifier/HTTP URL specified',
    );
    // Client.cpp TdOnCheckRemoteFileIdCallback: the default text of a failed getRemoteFile.
    expect(await failure(client.call('getFile', { file_id: 'nope' }))).toBe('400 Bad Request: invalid file_id');
  });

  it('administers members and invite links', async () => {
    const emulator = createEmulator();
    const owner = emulator.createUser({ first_name: 'Owner' });
    const ann = emulator.createUser({ first_name: 'Ann' });
    const forum = emulator.createForum({ owner, members: [ann] });
    const client = emulator.client({ retry: false });
    expect(await client.call('getChatMemberCount', { chat_id: forum.id })).toBe(3);
    await client.call('banChatMember', { chat_id: forum.id, user_id: ann.id });
    expect((await client.call('getChatMember', { chat_id: forum.id, user_id: ann.id })).status).toBe('kicked');
    await client.call('unbanChatMember', { chat_id: forum.id, user_id: ann.id, only_if_banned: true });
    expect((await client.call('getChatMember', { chat_id: forum.id, user_id: ann.id })).status).toBe('left');
    expect(await failure(client.call('banChatMember', { chat_id: forum.id, user_id: owner.id }))).toBe(
      "400 Bad Request: can't remove chat owner",
    );
    const link = await client.call('createChatInviteLink', { chat_id: forum.id, name: 'beta' });
    expect(link).toMatchObject({ invite_link: expect.stringMatching(/^https:\/\/t\.me\/\+/), name: 'beta' });
  });
});

describe('callback queries', () => {
  it('delivers a press as callback_query and records the answer', async () => {
    const { emulator, forum, client } = setup();
    const user = emulator.createUser();
    const sent = await client.call('sendMessage', {
      chat_id: forum.id,
      text: 'Pick',
      reply_markup: { inline_keyboard: [[{ text: 'Yes', callback_data: 'yes' }]] },
    });
    const id = emulator.userPresses(user, sent, 'Yes');
    const [update] = await client.call('getUpdates', {});
    expect(update?.callback_query).toMatchObject({ id, data: 'yes', from: { id: user.id } });
    await client.call('answerCallbackQuery', { callback_query_id: id, text: 'Done' });
    expect(emulator.callbackAnswer(id)).toEqual({ text: 'Done' });
    expect(await failure(client.call('answerCallbackQuery', { callback_query_id: id }))).toBe(
      '400 Bad Request: query is too old and response timeout expired or query ID is invalid',
    );
  });

  it('expires unanswered queries', async () => {
    let clock = 1_700_000_000_000;
    const { emulator, forum, client } = setup({ now: () => clock });
    const user = emulator.createUser();
    const sent = await client.call('sendMessage', {
      chat_id: forum.id,
      text: 'Pick',
      reply_markup: { inline_keyboard: [[{ text: 'Yes', callback_data: 'yes' }]] },
    });
    const id = emulator.userPresses(user, sent, 'yes');
    clock += 16_000;
    expect(await failure(client.call('answerCallbackQuery', { callback_query_id: id }))).toMatch(/query is too old/);
  });
});

describe('tokens and methods', () => {
  it('answers 401 for bad tokens and 404 for unknown methods', async () => {
    const emulator = createEmulator();
    const get = async (path: string) => {
      const response = await emulator.fetch(`${emulator.apiRoot}${path}`);
      return [response.status, (await response.json()).description];
    };
    expect(await get('/bot123:wrong/getMe')).toEqual([401, 'Unauthorized']);
    expect(await get('/botnot-a-token/getMe')).toEqual([401, 'Unauthorized: invalid token specified']);
    // Client.cpp Client::on_cmd; a path outside /bot… is HttpConnection.cpp's bare 404.
    expect(await get(`/bot${emulator.bot.token}/fooBarBaz`)).toEqual([404, 'Not Found: method not found']);
    expect(await get('/elsewhere')).toEqual([404, 'Not Found']);
    expect(await get(`/bot${emulator.bot.token}/GETME`)).toEqual([200, undefined]);
  });

  it('lists the methods it implements, including every forum method', () => {
    const { methods } = createEmulator();
    for (const m of ['createForumTopic', 'hideGeneralForumTopic', 'getForumTopicIconStickers', 'sendMediaGroup']) {
      expect(methods).toContain(m);
    }
  });
});
