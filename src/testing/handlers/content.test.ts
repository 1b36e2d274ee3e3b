// Messages beyond text: batches (Client.cpp process_delete_messages_query, process_forward_messages_query,
// process_copy_messages_query, get_message_ids), venues, video notes, dice, stickers and the emulator's
// own sticker ids, drafts, polls, live locations (process_edit_message_live_location_query), media
// edits (process_edit_message_media_query, get_input_media) and the bot's reactions
// (process_set_message_reaction_query, get_reaction_types). [server] marks Telegram's own errors.
import { describe, expect, it } from 'vitest';
import { failure, scene } from '../../../test/helpers/emulatorScene.js';
import { inputFile } from '../../client/inputFile.js';
import { createEmulator } from '../index.js';

describe('deleteMessages', () => {
  it('deletes the messages it can, ignores missing ones, and deletes none when one is refused', async () => {
    const { emulator, ann, forum, client } = scene();
    const a = await client.call('sendMessage', { chat_id: forum.id, text: 'a' });
    const b = emulator.userSends(ann, 'b', { chat_id: forum.id });
    expect(
      await client.call('deleteMessages', { chat_id: forum.id, message_ids: [a.message_id, b.message_id, 999] }),
    ).toBe(true);
    expect(emulator.messages(forum.id)).toEqual([]);
    const topic = await client.call('createForumTopic', { chat_id: forum.id, name: 'T' });
    const c = await client.call('sendMessage', { chat_id: forum.id, text: 'c' });
    expect(
      await failure(
        client.call('deleteMessages', { chat_id: forum.id, message_ids: [c.message_id, topic.message_thread_id] }),
      ),
    ).toBe("400 Bad Request: message can't be deleted");
    expect(emulator.messages(forum.id, 1).map((m) => m.text)).toEqual(['c']);
  });

  it('deletes only its own messages without can_delete_messages, and nothing older than 48 hours', async () => {
    let now = Date.UTC(2026, 0, 1);
    const { emulator, ann, forum, client } = scene({ now: () => now });
    emulator.setRights(forum, { can_delete_messages: false });
    const mine = await client.call('sendMessage', { chat_id: forum.id, text: 'mine' });
    const theirs = emulator.userSends(ann, 'theirs', { chat_id: forum.id });
    expect(await failure(client.call('deleteMessages', { chat_id: forum.id, message_ids: [theirs.message_id] }))).toBe(
      "400 Bad Request: message can't be deleted",
    );
    now += 49 * 3600 * 1000;
    expect(await failure(client.call('deleteMessages', { chat_id: forum.id, message_ids: [mine.message_id] }))).toBe(
      "400 Bad Request: message can't be deleted",
    );
  });

  it.each([
    ['absent', undefined, '400 Bad Request: message identifiers are not specified'],
    ['empty', '[]', '400 Bad Request: message identifiers are not specified'],
    ['not JSON', '[1,', "400 Bad Request: can't parse message_ids JSON object"],
    ['not an array', '{"a":1}', '400 Bad Request: expected an Array of message identifiers'],
    [
      'over 100',
      JSON.stringify(Array.from({ length: 101 }, (_, i) => i + 1)),
      '400 Bad Request: too many message identifiers specified',
    ],
    ['a boolean', '[true]', '400 Bad Request: message identifier must be a Number'],
    ['a fraction', '[1.5]', "400 Bad Request: can't parse message identifier as a Number"],
    ['zero', '["0"]', '400 Bad Request: invalid message identifier specified'],
  ])('reads message_ids like the server: %s', async (_, ids, expected) => {
    const { emulator, forum } = scene();
    const query = new URLSearchParams({ chat_id: String(forum.id) });
    if (ids !== undefined) query.set('message_ids', ids);
    const response = await emulator.fetch(`${emulator.apiRoot}/bot${emulator.bot.token}/deleteMessages?${query}`);
    const body = (await response.json()) as { error_code: number; description: string };
    expect(`${body.error_code} ${body.description}`).toBe(expected);
  });
});

describe('forwardMessages and copyMessages', () => {
  it('sends the found messages in order into a topic, keeping albums together, and answers their ids', async () => {
    const { emulator, ann, forum, client } = scene();
    const one = emulator.userSends(ann, 'one', { chat_id: forum.id });
    const album = await client.call('sendMediaGroup', {
      chat_id: forum.id,
      media: [
        { type: 'photo', media: inputFile(new Uint8Array([1]), 'a.jpg'), caption: 'first' },
        { type: 'photo', media: inputFile(new Uint8Array([2]), 'b.jpg') },
      ],
    });
    const { message_thread_id } = await client.call('createForumTopic', { chat_id: forum.id, name: 'Copies' });
    const ids = [one.message_id, 999, ...album.map((m) => m.message_id)];
    const forwarded = await client.call('forwardMessages', {
      chat_id: forum.id,
      message_thread_id,
      from_chat_id: forum.id,
      message_ids: ids,
    });
    expect(forwarded).toHaveLength(3);
    const inTopic = emulator.messages(forum.id, message_thread_id).slice(1);
    expect(inTopic.map((m) => m.message_id)).toEqual(forwarded.map((m) => m.message_id));
    expect(inTopic[0]).toMatchObject({ text: 'one', forward_origin: { type: 'user', sender_user: { id: ann.id } } });
    const groups = inTopic.slice(1).map((m) => m.media_group_id);
    expect(groups[0]).toBeDefined();
    expect(groups[0]).toBe(groups[1]);
    expect(groups[0]).not.toBe((album[0] as { media_group_id?: string }).media_group_id);
    const copies = await client.call('copyMessages', {
      chat_id: forum.id,
      from_chat_id: forum.id,
      message_ids: [album[0]!.message_id],
      remove_caption: true,
    });
    const copy = emulator.messages(forum.id, 1).find((m) => m.message_id === copies[0]?.message_id);
    expect(copy?.photo).toBeDefined();
    expect(copy?.caption).toBeUndefined();
    expect(copy?.forward_origin).toBeUndefined();
  });

  it('refuses service messages only, forwards no protected content (copies it), and needs from_chat_id', async () => {
    const { forum, client } = scene();
    const topic = await client.call('createForumTopic', { chat_id: forum.id, name: 'T' });
    const base = { chat_id: forum.id, from_chat_id: forum.id };
    expect(
      await failure(client.call('forwardMessages', { ...base, message_ids: [topic.message_thread_id, 999] })),
    ).toBe("400 Bad Request: messages can't be forwarded");
    // TDLib MessagesManager::can_forward_message: a bot may copy protected content, not forward it.
    const secret = await client.call('sendMessage', { chat_id: forum.id, text: 's', protect_content: true });
    expect(await failure(client.call('forwardMessages', { ...base, message_ids: [secret.message_id] }))).toBe(
      "400 Bad Request: messages can't be forwarded",
    );
    expect(await client.call('copyMessages', { ...base, message_ids: [secret.message_id] })).toHaveLength(1);
    expect(await failure(client.call('copyMessages', { chat_id: forum.id, message_ids: [1] } as never))).toBe(
      '400 Bad Request: parameter "from_chat_id" is required',
    );
  });
});

describe('venues, video notes, dice, stickers', () => {
  it('sends a venue (Foursquare wins over Google Places) and a video note', async () => {
    const { forum, client, emulator } = scene();
    const venue = await client.call('sendVenue', {
      chat_id: forum.id,
      latitude: 52.52,
      longitude: 13.4,
      title: 'Office',
      address: 'Main St 1',
      foursquare_id: '4sq',
      google_place_id: 'gp',
    });
    expect(venue.venue).toEqual({
      location: { latitude: 52.52, longitude: 13.4 },
      title: 'Office',
      address: 'Main St 1',
      foursquare_id: '4sq',
    });
    expect(venue.location).toEqual({ latitude: 52.52, longitude: 13.4 });
    expect(await failure(client.call('sendVenue', { chat_id: forum.id, title: 't', address: 'a' } as never))).toBe(
      '400 Bad Request: latitude is empty',
    );
    const note = await client.call('sendVideoNote', {
      chat_id: forum.id,
      video_note: inputFile(new Uint8Array([7, 7, 7]), 'note.mp4'),
      duration: 999_999,
      length: 240,
    });
    expect(note.video_note).toMatchObject({ duration: 86_400, length: 240, file_size: 3 });
    const file = await client.call('getFile', { file_id: note.video_note.file_id });
    const bytes = await (
      await emulator.fetch(`${emulator.apiRoot}/file/bot${emulator.bot.token}/${file.file_path}`)
    ).arrayBuffer();
    expect([...new Uint8Array(bytes)]).toEqual([7, 7, 7]);
    expect(await failure(client.call('sendVideoNote', { chat_id: forum.id } as never))).toBe(
      '400 Bad Request: there is no video note in the request',
    );
  });

  it.each([
    ['🎲', 6],
    ['🎯', 6],
    ['🎳', 6],
    ['🏀', 5],
    ['⚽', 5],
    ['🎰', 64],
  ])('rolls %s within 1-%i', async (emoji, faces) => {
    const { forum, client } = scene();
    const values = new Set<number>();
    for (let i = 0; i < faces + 1; i++) {
      values.add((await client.call('sendDice', { chat_id: forum.id, emoji: emoji as '🎲' })).dice.value);
    }
    expect(Math.min(...values)).toBe(1);
    expect(Math.max(...values)).toBe(faces);
  });

  it('refuses other dice emoji [server], and rolls a die without one', async () => {
    const { forum, client } = scene();
    expect(await failure(client.call('sendDice', { chat_id: forum.id, emoji: '🍀' as '🎲' }))).toBe(
      '400 Bad Request: EMOTICON_INVALID',
    );
    expect((await client.call('sendDice', { chat_id: forum.id })).dice.emoji).toBe('🎲');
  });

  it("sends the emulator's own stickers by file_id; custom emoji resolve to the topic icons", async () => {
    const { forum, client, emulator } = scene();
    const set = await client.call('getStickerSet', { name: 'EmulatorStickers' });
    expect(set).toMatchObject({ name: 'EmulatorStickers', sticker_type: 'regular' });
    const sent = await client.call('sendSticker', { chat_id: forum.id, sticker: set.stickers[0]!.file_id });
    expect(sent.sticker).toMatchObject({ set_name: 'EmulatorStickers', emoji: '👍', type: 'regular' });
    const file = await client.call('getFile', { file_id: sent.sticker.file_id });
    expect(file.file_path).toMatch(/^stickers\//);
    const icons = await client.call('getForumTopicIconStickers');
    const [first, second] = icons;
    const found = await client.call('getCustomEmojiStickers', {
      custom_emoji_ids: [first!.custom_emoji_id!, '1', second!.custom_emoji_id!],
    });
    expect(found).toEqual([first, second]);
    expect(await failure(client.call('sendSticker', { chat_id: forum.id, sticker: first!.file_id }))).toBe(
      "400 Bad Request: can't send emoji stickers in messages",
    );
    expect(await failure(client.call('getStickerSet', { name: 'nope' }))).toBe('400 Bad Request: STICKERSET_INVALID');
    const uploaded = await client.call('sendSticker', {
      chat_id: forum.id,
      sticker: inputFile(new Uint8Array([1]), 's.webp'),
      emoji: '🙂',
    });
    expect(uploaded.sticker).toMatchObject({ emoji: '🙂', type: 'regular' });
    expect(uploaded.sticker).not.toHaveProperty('set_name');
    expect(emulator.methods).toContain('getStickerSet');
  });

  it.each([
    [undefined, '400 Bad Request: parameter "custom_emoji_ids" is required'],
    ['[', "400 Bad Request: can't parse custom emoji identifiers JSON object"],
    ['{}', '400 Bad Request: expected an Array of custom emoji identifiers'],
    ['[1]', '400 Bad Request: custom emoji identifier must be of type String'],
    ['["x"]', '400 Bad Request: invalid custom emoji identifier specified'],
    [
      JSON.stringify(Array.from({ length: 201 }, () => '1')),
      '400 Bad Request: too many custom emoji identifiers specified',
    ],
  ])('reads custom_emoji_ids %s like the server', async (ids, expected) => {
    const { client } = scene();
    expect(await failure(client.call('getCustomEmojiStickers', { custom_emoji_ids: ids } as never))).toBe(expected);
  });
});

describe('sendMessageDraft', () => {
  it('shows a draft in a private chat for 30 seconds, sends nothing', async () => {
    let now = Date.UTC(2026, 0, 1);
    const emulator = createEmulator({ now: () => now });
    const client = emulator.client({ retry: false });
    const ann = emulator.createUser();
    emulator.userSends(ann, '/start');
    expect(
      await client.call('sendMessageDraft', {
        chat_id: ann.id,
        draft_id: 7,
        text: '<b>Thinking</b> hard',
        parse_mode: 'HTML',
      }),
    ).toBe(true);
    expect(emulator.draft(ann)).toEqual({
      draft_id: 7,
      text: 'Thinking hard',
      entities: [{ offset: 0, length: 8, type: 'bold' }],
    });
    expect(emulator.messages(ann)).toHaveLength(1);
    now += 31_000;
    expect(emulator.draft(ann)).toBeUndefined();
    const forum = emulator.createForum();
    expect(await failure(client.call('sendMessageDraft', { chat_id: forum.id, draft_id: 1, text: 'x' }))).toBe(
      '400 Bad Request: message drafts can be sent only to private chats',
    );
    expect(await failure(client.call('sendMessageDraft', { chat_id: ann.id, draft_id: 0, text: 'x' }))).toBe(
      '400 Bad Request: draft_id must be non-zero',
    );
  });
});

describe('stopPoll', () => {
  it('closes the bot’s poll, answers the Poll and sends the bot a poll update', async () => {
    const { forum, client, emulator } = scene();
    const sent = await client.call('sendPoll', {
      chat_id: forum.id,
      question: 'Lunch?',
      options: [{ text: 'Yes' }, { text: 'No' }],
    });
    const poll = await client.call('stopPoll', { chat_id: forum.id, message_id: sent.message_id });
    expect(poll).toMatchObject({ question: 'Lunch?', is_closed: true });
    expect(emulator.pendingUpdates().at(-1)?.poll).toMatchObject({ id: poll.id, is_closed: true });
    expect(await failure(client.call('stopPoll', { chat_id: forum.id, message_id: sent.message_id }))).toBe(
      "400 Bad Request: poll can't be stopped",
    );
    const text = await client.call('sendMessage', { chat_id: forum.id, text: 'x' });
    expect(await failure(client.call('stopPoll', { chat_id: forum.id, message_id: text.message_id }))).toBe(
      '400 Bad Request: message is not a poll',
    );
    expect(await failure(client.call('stopPoll', { chat_id: forum.id, message_id: 999 }))).toBe(
      '400 Bad Request: message with poll to stop not found',
    );
  });
});

describe('live locations', () => {
  it('edits a live location until it is stopped', async () => {
    const { forum, client } = scene();
    const sent = await client.call('sendLocation', { chat_id: forum.id, latitude: 1, longitude: 2, live_period: 600 });
    expect(sent.location).toEqual({ latitude: 1, longitude: 2, live_period: 600 });
    const moved = await client.call('editMessageLiveLocation', {
      chat_id: forum.id,
      message_id: sent.message_id,
      latitude: 1.5,
      longitude: 2.5,
      heading: 90,
    });
    expect(moved).toMatchObject({ location: { latitude: 1.5, longitude: 2.5, live_period: 600, heading: 90 } });
    const stopped = await client.call('stopMessageLiveLocation', { chat_id: forum.id, message_id: sent.message_id });
    expect(stopped).toMatchObject({ location: { latitude: 1.5, longitude: 2.5 } });
    expect((stopped as { location: object }).location).not.toHaveProperty('live_period');
    expect(
      await failure(
        client.call('editMessageLiveLocation', {
          chat_id: forum.id,
          message_id: sent.message_id,
          latitude: 1,
          longitude: 1,
        }),
      ),
    ).toBe("400 Bad Request: message can't be edited");
    const still = await client.call('sendLocation', { chat_id: forum.id, latitude: 1, longitude: 2 });
    expect(
      await failure(client.call('stopMessageLiveLocation', { chat_id: forum.id, message_id: still.message_id })),
    ).toBe('400 Bad Request: there is no live location in the message to edit');
    expect(await failure(client.call('stopMessageLiveLocation', {} as never))).toBe(
      '400 Bad Request: message identifier is not specified',
    );
  });
});

describe('editMessageMedia', () => {
  it('replaces the media and caption of the bot’s message', async () => {
    const { forum, client } = scene();
    const sent = await client.call('sendPhoto', {
      chat_id: forum.id,
      photo: inputFile(new Uint8Array([1]), 'a.jpg'),
      caption: 'old',
    });
    const edited = await client.call('editMessageMedia', {
      chat_id: forum.id,
      message_id: sent.message_id,
      media: {
        type: 'document',
        media: inputFile(new Uint8Array([2, 2]), 'report.pdf'),
        caption: '<i>new</i>',
        parse_mode: 'HTML',
      },
    });
    expect(edited).toMatchObject({
      document: { file_name: 'report.pdf', file_size: 2 },
      caption: 'new',
      caption_entities: [{ type: 'italic', offset: 0, length: 3 }],
    });
    expect(edited).not.toHaveProperty('photo');
    expect((edited as { edit_date?: number }).edit_date).toBeGreaterThan(0);
  });

  it.each([
    ['no media', undefined, '400 Bad Request: parameter "media" is required'],
    ['media that is not JSON', '{', "400 Bad Request: can't parse input media JSON object"],
    ['media that is no object', '[]', "400 Bad Request: can't parse InputMedia: expected an Object"],
    [
      'a sticker',
      '{"type":"sticker","media":"x"}',
      `400 Bad Request: can't parse InputMedia: type "sticker" is unsupported`,
    ],
    ['no file', '{"type":"photo"}', "400 Bad Request: can't parse InputMedia: media not found"],
    ['no type', '{"media":"x"}', `400 Bad Request: can't parse InputMedia: Can't find field "type"`],
  ])('refuses %s', async (_, media, expected) => {
    const { forum, client } = scene();
    const sent = await client.call('sendPhoto', { chat_id: forum.id, photo: inputFile(new Uint8Array([1]), 'a.jpg') });
    const params = { chat_id: forum.id, message_id: sent.message_id, ...(media === undefined ? {} : { media }) };
    expect(await failure(client.call('editMessageMedia', params as never))).toBe(expected);
  });

  it('refuses a message without media, and audio in an album of photos (TDLib edit_message_media)', async () => {
    const { forum, client } = scene();
    const text = await client.call('sendMessage', { chat_id: forum.id, text: 'x' });
    const file = (
      await client.call('sendDocument', { chat_id: forum.id, document: inputFile(new Uint8Array([1]), 'd') })
    ).document.file_id;
    const edit = (message_id: number, type: string) =>
      failure(
        client.call('editMessageMedia', { chat_id: forum.id, message_id, media: { type, media: file } as never }),
      );
    expect(await edit(text.message_id, 'document')).toBe("400 Bad Request: message media can't be edited");
    const album = await client.call('sendMediaGroup', {
      chat_id: forum.id,
      media: [
        { type: 'photo', media: inputFile(new Uint8Array([1]), 'a.jpg') },
        { type: 'photo', media: inputFile(new Uint8Array([2]), 'b.jpg') },
      ],
    });
    expect(await edit(album[0]!.message_id, 'audio')).toBe("400 Bad Request: can't change media type in the album");
  });
});

describe('setMessageReaction', () => {
  it('sets and removes the bot’s reaction', async () => {
    const { emulator, ann, forum, client } = scene();
    const message = emulator.userSends(ann, 'great news', { chat_id: forum.id });
    const react = (reaction?: unknown) =>
      failure(
        client.call('setMessageReaction', { chat_id: forum.id, message_id: message.message_id, reaction } as never),
      );
    expect(await react([{ type: 'emoji', emoji: '👍' }])).toBe('resolved true');
    expect(emulator.reactions(message)).toEqual([
      { user: expect.objectContaining({ id: emulator.bot.id }), reaction: [{ type: 'emoji', emoji: '👍' }] },
    ]);
    expect(await react()).toBe('resolved true');
    expect(emulator.reactions(message)).toEqual([]);
    expect(await react('[')).toBe("400 Bad Request: can't parse reaction types JSON object");
    expect(await react('{}')).toBe('400 Bad Request: expected an Array of ReactionType');
    expect(await react([{ type: 'paid' }])).toBe(
      "400 Bad Request: can't parse ReactionType: invalid reaction type specified",
    );
    expect(await react([{ type: 'emoji' }])).toBe(
      `400 Bad Request: can't parse ReactionType: Can't find field "emoji"`,
    );
    expect(
      await react([
        { type: 'emoji', emoji: '👍' },
        { type: 'emoji', emoji: '🔥' },
      ]),
    ).toBe('400 Bad Request: REACTIONS_TOO_MANY');
    expect(await react([{ type: 'emoji', emoji: '🍕' }])).toBe('400 Bad Request: REACTION_INVALID');
    expect(await failure(client.call('setMessageReaction', { chat_id: forum.id, message_id: 999, reaction: [] }))).toBe(
      '400 Bad Request: message to react not found',
    );
  });
});
