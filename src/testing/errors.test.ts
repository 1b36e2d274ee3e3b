import { describe, expect, it } from 'vitest';
import { createEmulator } from './index.js';

/** Each case: set-up done by the table, then one GET call with a query string. */
describe('error strings', () => {
  const emulator = createEmulator();
  const owner = emulator.createUser();
  const ann = emulator.createUser();
  const forum = emulator.createForum({ owner, members: [ann] });
  const weak = emulator.createForum({ rights: { can_manage_topics: false, can_delete_messages: false } });
  const topicByOwner = emulator.userCreatesTopic(owner, weak.id, 'Theirs');
  const annSaid = emulator.userSends(ann, 'mine', { chat_id: forum.id });
  const f = forum.id;

  const cases: Array<[string, string, string]> = [
    ['sendMessage', `chat_id=${f}`, 'Bad Request: message text is empty'],
    ['sendMessage', 'text=x', 'Bad Request: chat_id is empty'],
    ['sendMessage', `chat_id=${f}&text=x&reply_to_message_id=999`, 'Bad Request: message to be replied not found'],
    ['sendMessage', `chat_id=${f}&text=x&reply_parameters={`, "Bad Request: can't parse reply parameters JSON object"],
    ['sendDocument', `chat_id=${f}`, 'Bad Request: there is no document in the request'],
    ['createForumTopic', `chat_id=${f}`, 'Bad Request: name must be non-empty'],
    [
      'editForumTopic',
      `chat_id=${f}&message_thread_id=0&name=x`,
      'Bad Request: invalid forum topic identifier specified',
    ],
    ['closeForumTopic', `chat_id=${f}&message_thread_id=77`, 'Bad Request: message thread not found'],
    [
      'editForumTopic',
      `chat_id=${weak.id}&message_thread_id=${topicByOwner}&name=x`,
      'Bad Request: not enough rights to edit the topic',
    ],
    [
      'closeForumTopic',
      `chat_id=${weak.id}&message_thread_id=${topicByOwner}`,
      'Bad Request: not enough rights to close or open the topic',
    ],
    [
      'deleteForumTopic',
      `chat_id=${weak.id}&message_thread_id=${topicByOwner}`,
      'Bad Request: not enough rights to delete the topic',
    ],
    ['editGeneralForumTopic', `chat_id=${f}&name=%20%0A`, 'Bad Request: name must be non-empty'],
    ['pinChatMessage', `chat_id=${f}&message_id=999`, 'Bad Request: message to pin not found'],
    ['editMessageText', `chat_id=${f}&message_id=${annSaid.message_id}&text=x`, "Bad Request: message can't be edited"],
    [
      'answerCallbackQuery',
      'callback_query_id=1',
      'Bad Request: query is too old and response timeout expired or query ID is invalid',
    ],
    ['getFile', 'file_id=', 'Bad Request: file_id not specified'],
    ['banChatMember', `chat_id=${f}&user_id=${owner.id}`, "Bad Request: can't remove chat owner"],
    ['getChatMember', `chat_id=${f}&user_id=5`, 'Bad Request: user not found'],
    [
      'sendMessage',
      `chat_id=${f}&text=x&reply_markup={"keyboard":[["a"]],"one_time_keyboard":1}`,
      'Bad Request: field "one_time_keyboard" must be of type Boolean',
    ],
  ];

  it.each(cases)('%s?%s → %s', async (method, query, description) => {
    const url = `${emulator.apiRoot}/bot${emulator.bot.token}/${method}?${query}`;
    const response = await emulator.fetch(url);
    const body = await response.json();
    expect({ status: response.status, ...body }).toEqual({ status: 400, ok: false, error_code: 400, description });
  });

  it('reports unclosed HTML tags', async () => {
    const query = new URLSearchParams({ chat_id: String(f), text: '<b>x', parse_mode: 'HTML' });
    const response = await emulator.fetch(`${emulator.apiRoot}/bot${emulator.bot.token}/sendMessage?${query}`);
    expect((await response.json()).description).toBe(
      `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "b"`,
    );
  });
});
