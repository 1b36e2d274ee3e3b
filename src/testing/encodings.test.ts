import { describe, expect, it } from 'vitest';
import { createEmulator } from './index.js';

function setup() {
  const emulator = createEmulator();
  const forum = emulator.createForum();
  const url = (method: string, query = '') => `${emulator.apiRoot}/bot${emulator.bot.token}/${method}${query}`;
  const call = async (method: string, init: RequestInit, query = '') => {
    const response = await emulator.fetch(url(method, query), init);
    return { status: response.status, body: await response.json() };
  };
  return { emulator, forum, call };
}

const markup = { inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] };

describe('request encodings', () => {
  it('reads JSON with raw values and JSON-encoded strings alike', async () => {
    const { forum, call } = setup();
    for (const reply_markup of [markup, JSON.stringify(markup)]) {
      const { body } = await call('sendMessage', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ chat_id: forum.id, text: 'json', reply_markup, disable_notification: true }),
      });
      expect(body.ok).toBe(true);
      expect(body.result.reply_markup).toEqual(markup);
    }
  });

  it('reads application/x-www-form-urlencoded with JSON-serialized nested params', async () => {
    const { forum, call } = setup();
    const form = new URLSearchParams({ chat_id: String(forum.id), text: 'form', reply_markup: JSON.stringify(markup) });
    const { body } = await call('sendMessage', { method: 'POST', body: form });
    expect(body.result).toMatchObject({ text: 'form', reply_markup: markup, chat: { id: forum.id } });
  });

  it('reads multipart/form-data, with files and plain fields', async () => {
    const { forum, call } = setup();
    const form = new FormData();
    form.append('chat_id', String(forum.id));
    form.append('caption', 'a photo');
    form.append('photo', new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }), 'p.png');
    const { body } = await call('sendPhoto', { method: 'POST', body: form });
    expect(body.result).toMatchObject({ caption: 'a photo', photo: [{ file_size: 3 }] });
  });

  it('reads multipart bodies the strict Web parser refuses (no space after ":", bare filename)', async () => {
    const { forum, call } = setup();
    const b = '----------x1';
    const body = [
      `--${b}\r\ncontent-disposition:form-data;name="chat_id"\r\n\r\n${forum.id}`,
      `--${b}\r\ncontent-disposition:form-data;name="document"\r\n\r\nattach://f0`,
      `--${b}\r\ncontent-disposition:form-data;name="f0";filename=a.txt\r\ncontent-type:text/plain\r\n\r\nabc`,
      `--${b}--\r\n`,
    ].join('\r\n');
    const { body: result } = await call('sendDocument', {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${b}` },
      body,
    });
    expect(result.result.document).toMatchObject({ file_name: 'a.txt', mime_type: 'text/plain', file_size: 3 });
  });

  it('reads the query string on GET and POST, the query winning over the body', async () => {
    const { forum, call } = setup();
    const get = await call('sendMessage', { method: 'GET' }, `?chat_id=${forum.id}&text=query`);
    expect(get.body.result.text).toBe('query');
    const post = await call(
      'sendMessage',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'body' }) },
      `?chat_id=${forum.id}&text=first`,
    );
    expect(post.body.result.text).toBe('first');
  });

  it('accepts method names in any case', async () => {
    const { call } = setup();
    expect((await call('gEtMe', { method: 'GET' })).body.result.is_bot).toBe(true);
  });

  it('parses integers and booleans leniently', async () => {
    const { emulator, forum, call } = setup();
    const topic = await call('createForumTopic', { method: 'GET' }, `?chat_id=${forum.id}&name=T`);
    const id = topic.body.result.message_thread_id;
    // "abc" as a thread is 0, i.e. absent: the message lands in General
    const general = await call('sendMessage', { method: 'GET' }, `?chat_id=${forum.id}&text=x&message_thread_id=abc`);
    expect(general.body.result.message_thread_id).toBeUndefined();
    const inTopic = await call('sendMessage', { method: 'GET' }, `?chat_id=${forum.id}&text=y&message_thread_id=${id}`);
    expect(inTopic.body.result.message_thread_id).toBe(id);
    await call('sendMessage', { method: 'GET' }, `?chat_id=${forum.id}&text=z&protect_content=YES`);
    expect(emulator.messages(forum.id).at(-1)?.has_protected_content).toBe(true);
    const chat = await call('sendMessage', { method: 'GET' }, '?chat_id=abc&text=x');
    expect(chat).toEqual({
      status: 400,
      body: { ok: false, error_code: 400, description: 'Bad Request: chat not found' },
    });
  });

  it('never crashes on malformed input', async () => {
    const { call } = setup();
    const bad = await call('sendMessage', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{oops',
    });
    // Nothing read from a broken JSON body (tdnet HttpReader.cpp keeps only what came before the
    // error), so the text check fails first (Client.cpp get_input_message_text before check_chat).
    expect(bad).toEqual({
      status: 400,
      body: { ok: false, error_code: 400, description: 'Bad Request: message text is empty' },
    });
    const array = await call('sendMessage', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '[1]',
    });
    expect(array.body.description).toBe('Bad Request: message text is empty');
    const markupText = await call('sendMessage', { method: 'GET' }, '?chat_id=1&text=x&reply_markup={');
    expect(markupText.body.description).toBe("Bad Request: can't parse reply keyboard markup JSON object");
    const missing = await call('editForumTopic', { method: 'GET' }, '?chat_id=-1000000000001');
    expect(missing.body.description).toBe('Bad Request: invalid forum topic identifier specified');
  });
});
