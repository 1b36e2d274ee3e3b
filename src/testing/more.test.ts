import { createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { isApiError } from '../errors/errors.js';
import { createEmulator, type Emulator } from './index.js';

let emulator: Emulator;
afterEach(() => emulator?.close());

const description = (promise: Promise<unknown>) =>
  promise.then(
    () => 'no error',
    (e: unknown) => (isApiError(e) ? `${e.error_code} ${e.description}` : String(e)),
  );

describe('private chats', () => {
  it('refuses to start a conversation, then answers once the user wrote', async () => {
    emulator = createEmulator();
    const client = emulator.client({ retry: false });
    const ann = emulator.createUser();
    expect(await description(client.call('sendMessage', { chat_id: ann.id, text: 'hi' }))).toBe(
      "403 Forbidden: bot can't initiate conversation with a user",
    );
    expect(await description(client.call('sendMessage', { chat_id: 42, text: 'hi' }))).toBe(
      '400 Bad Request: chat not found',
    );
    emulator.userSends(ann, 'hello');
    const sent = await client.call('sendMessage', { chat_id: ann.id, text: 'hi' });
    expect(sent.chat).toEqual({ id: ann.id, first_name: ann.first_name, type: 'private' });
  });

  it('supports topics in private chats for bots with threaded mode, but not closing them', async () => {
    emulator = createEmulator({ bot: { has_topics_enabled: true } });
    const client = emulator.client({ retry: false });
    const ann = emulator.createUser();
    emulator.userSends(ann, '/start');
    expect((await client.call('getMe')).has_topics_enabled).toBe(true);
    const topic = await client.call('createForumTopic', { chat_id: ann.id, name: 'Chat 1' });
    const sent = await client.call('sendMessage', {
      chat_id: ann.id,
      message_thread_id: topic.message_thread_id,
      text: 'in a private topic',
    });
    expect(sent).toMatchObject({ message_thread_id: topic.message_thread_id, is_topic_message: true });
    expect(
      await description(
        client.call('closeForumTopic', { chat_id: ann.id, message_thread_id: topic.message_thread_id }),
      ),
    ).toBe('400 Bad Request: the chat is not a supergroup forum');
  });

  it('says "the chat is not a forum" for bots without threaded mode', async () => {
    emulator = createEmulator();
    const client = emulator.client({ retry: false });
    const ann = emulator.createUser();
    emulator.userSends(ann, 'hello');
    expect(await description(client.call('createForumTopic', { chat_id: ann.id, name: 'x' }))).toBe(
      '400 Bad Request: the chat is not a forum',
    );
  });
});

describe('more sending', () => {
  it('forwards and copies messages into a topic', async () => {
    emulator = createEmulator();
    const forum = emulator.createForum();
    const client = emulator.client({ retry: false });
    const ann = emulator.createUser({ first_name: 'Ann' });
    const original = emulator.userSends(ann, 'original', { chat_id: forum.id });
    const { message_thread_id } = await client.call('createForumTopic', { chat_id: forum.id, name: 'Copies' });
    const forwarded = await client.call('forwardMessage', {
      chat_id: forum.id,
      message_thread_id,
      from_chat_id: forum.id,
      message_id: original.message_id,
    });
    expect(forwarded).toMatchObject({
      text: 'original',
      message_thread_id,
      forward_origin: { type: 'user', sender_user: { id: ann.id } },
    });
    const copy = await client.call('copyMessage', {
      chat_id: forum.id,
      message_thread_id,
      from_chat_id: forum.id,
      message_id: original.message_id,
    });
    expect(emulator.messages(forum.id, message_thread_id).at(-1)).toMatchObject({
      message_id: copy.message_id,
      text: 'original',
    });
    expect(
      await description(client.call('copyMessage', { chat_id: forum.id, from_chat_id: forum.id, message_id: 999 })),
    ).toBe('400 Bad Request: message to copy not found');
    expect(await description(client.call('deleteMessage', { chat_id: forum.id, message_id: message_thread_id }))).toBe(
      "400 Bad Request: message can't be deleted",
    );
  });

  it('sends media groups, locations, contacts, polls and chat actions', async () => {
    emulator = createEmulator();
    const forum = emulator.createForum();
    const client = emulator.client({ retry: false });
    const { inputFile } = await import('../client/inputFile.js');
    const album = await client.call('sendMediaGroup', {
      chat_id: forum.id,
      media: [
        { type: 'photo', media: inputFile(new Uint8Array([1]), 'a.jpg') },
        { type: 'photo', media: inputFile(new Uint8Array([2, 2]), 'b.jpg'), caption: 'second' },
      ],
    });
    expect(album).toHaveLength(2);
    const groups = album.map((m) => (m as { media_group_id?: string }).media_group_id);
    expect(groups[0]).toBe(groups[1]);
    expect(album[1]?.caption).toBe('second');
    const place = await client.call('sendLocation', { chat_id: forum.id, latitude: 52.5, longitude: 13.4 });
    expect(place.location).toEqual({ latitude: 52.5, longitude: 13.4 });
    const contact = await client.call('sendContact', { chat_id: forum.id, phone_number: '+100', first_name: 'Zed' });
    expect(contact.contact).toEqual({ phone_number: '+100', first_name: 'Zed' });
    const poll = await client.call('sendPoll', {
      chat_id: forum.id,
      question: 'Lunch?',
      options: [{ text: 'Yes' }, { text: 'No' }],
    });
    expect(poll.poll?.options.map((o) => o.text)).toEqual(['Yes', 'No']);
    // TDLib (PollOption.cpp get_poll_options) accepts a single option; so does the emulator.
    const single = await client.call('sendPoll', { chat_id: forum.id, question: 'Q', options: [{ text: 'only' }] });
    expect(single.poll?.options.map((o) => o.text)).toEqual(['only']);
    expect(await description(client.call('sendPoll', { chat_id: forum.id, question: 'Q', options: [] }))).toBe(
      '400 Bad Request: poll must have at least one answer option',
    );
    expect(await client.call('sendChatAction', { chat_id: forum.id, action: 'typing' })).toBe(true);
    expect(await description(client.call('sendChatAction', { chat_id: forum.id, action: 'dancing' as never }))).toBe(
      '400 Bad Request: wrong parameter action in request',
    );
  });

  it('gives bots the forum_topic_created message of a topic a user created', async () => {
    emulator = createEmulator();
    const forum = emulator.createForum();
    const client = emulator.client({ retry: false });
    const owner = emulator.createUser();
    const id = emulator.userCreatesTopic(owner, forum.id, 'Ideas');
    const [update] = await client.call('getUpdates', {});
    expect(update?.message).toMatchObject({
      message_id: id,
      message_thread_id: id,
      is_topic_message: true,
      forum_topic_created: { name: 'Ideas' },
    });
  });
});

describe('updates and webhooks over HTTP', () => {
  it('ends a long poll when setWebhook is called', async () => {
    emulator = createEmulator();
    const client = emulator.client({ retry: false });
    const poll = description(client.call('getUpdates', { timeout: 30 }));
    await new Promise((r) => setTimeout(r, 10));
    await client.call('setWebhook', { url: 'https://bot.example/hook' });
    expect(await poll).toBe('409 Conflict: terminated by setWebhook request');
    await client.call('deleteWebhook');
  });

  it('ends a long poll at once when its request is aborted', async () => {
    emulator = createEmulator();
    const client = emulator.client({ retry: false });
    const stop = new AbortController();
    const poll = client.call('getUpdates', { timeout: 50 }, { signal: stop.signal }).catch((e: unknown) => e);
    stop.abort(new Error('stopped'));
    expect(String(await poll)).toContain('stopped');
    // a new poll is not terminated by the aborted one
    expect(await client.call('getUpdates', {})).toEqual([]);
  });

  it('delivers webhooks to a real local server with the default fetch', async () => {
    const seen: Array<{ secret: string | undefined; body: string }> = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', () => {
        seen.push({ secret: req.headers['x-telegram-bot-api-secret-token'] as string | undefined, body });
        res.end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    try {
      const port = (server.address() as { port: number }).port;
      emulator = createEmulator();
      const client = emulator.client({ retry: false });
      await client.call('setWebhook', { url: `http://127.0.0.1:${port}/hook`, secret_token: 'abc_DEF-1' });
      emulator.userSends(emulator.createUser(), 'over http');
      await emulator.settled();
      expect(seen).toHaveLength(1);
      expect(seen[0]?.secret).toBe('abc_DEF-1');
      expect(JSON.parse(seen[0]!.body).message.text).toBe('over http');
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});

describe('group privacy and edits', () => {
  it('gives a plain-member bot only commands, mentions and replies to it', async () => {
    emulator = createEmulator();
    const forum = emulator.createForum({ rights: 'member' });
    const client = emulator.client({ retry: false });
    const ann = emulator.createUser();
    const mine = await client.call('sendMessage', { chat_id: forum.id, text: 'bot says' });
    emulator.userSends(ann, 'chatter', { chat_id: forum.id });
    emulator.userSends(ann, '/help', { chat_id: forum.id });
    emulator.userSends(ann, 'hey @emulator_bot', { chat_id: forum.id });
    emulator.userSends(ann, 'a reply', { chat_id: forum.id, reply_to_message_id: mine.message_id });
    const texts = (await client.call('getUpdates', {})).map((u) => u.message?.text);
    expect(texts).toEqual(['/help', 'hey @emulator_bot', 'a reply']);
  });

  it('delivers a user edit as edited_message', async () => {
    emulator = createEmulator();
    const client = emulator.client({ retry: false });
    const ann = emulator.createUser();
    const sent = emulator.userSends(ann, 'typo');
    emulator.userEdits(ann, sent, 'fixed');
    const updates = await client.call('getUpdates', {});
    expect(updates[1]?.edited_message).toMatchObject({ message_id: sent.message_id, text: 'fixed' });
  });
});
