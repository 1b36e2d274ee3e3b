import { describe, expect, it } from 'vitest';
import { failure, thrown } from '../../../test/helpers/emulatorScene.js';
import { createEmulator } from '../index.js';

function scene(options: Parameters<typeof createEmulator>[0] = {}) {
  const emulator = createEmulator(options);
  const owner = emulator.createUser({ first_name: 'Owner' });
  const ann = emulator.createUser({ first_name: 'Ann' });
  const forum = emulator.createForum({ owner, members: [ann] });
  const client = emulator.client({ retry: false });
  return { emulator, owner, ann, forum, client };
}

describe('userSendsMedia', () => {
  it.each([
    ['photo', { photo: new Uint8Array([1, 2]), caption: 'look' }, { photo: [{ file_size: 2 }], caption: 'look' }],
    [
      'document',
      { document: new Uint8Array([3]), file_name: 'cv.pdf' },
      { document: { file_name: 'cv.pdf', mime_type: 'application/pdf', file_size: 1 } },
    ],
    ['video', { video: new Uint8Array([4]) }, { video: { file_name: 'video.mp4', mime_type: 'video/mp4' } }],
    ['voice', { voice: new Uint8Array([5]) }, { voice: { file_size: 1 } }],
    ['sticker', { sticker: 'EMUSTKREGULAR2AAQ' }, { sticker: { emoji: '😀', set_name: 'EmulatorStickers' } }],
    ['location', { location: { latitude: 48.1, longitude: 11.5 } }, { location: { latitude: 48.1, longitude: 11.5 } }],
    [
      'contact',
      { contact: { phone_number: '+4912345', first_name: 'Max', last_name: 'M' } },
      { contact: { phone_number: '+4912345', first_name: 'Max', last_name: 'M' } },
    ],
  ] as const)('sends a %s, which the bot receives', async (_, media, expected) => {
    const { emulator, ann, client } = scene();
    const sent = emulator.userSendsMedia(ann, media);
    expect(sent).toMatchObject({ chat: { id: ann.id, type: 'private' }, ...expected });
    const [update] = await client.call('getUpdates', {});
    expect(update?.message).toMatchObject(expected);
  });

  it('stores the bytes, so the bot can download them; goes into a topic and replies like userSends', async () => {
    const { emulator, ann, forum, client } = scene();
    const { message_thread_id } = await client.call('createForumTopic', { chat_id: forum.id, name: 'Files' });
    const question = emulator.userSends(ann, 'my CV?', { chat_id: forum.id, message_thread_id });
    const sent = emulator.userSendsMedia(
      ann,
      { document: new Uint8Array([9, 8, 7]), file_name: 'cv.txt' },
      { chat_id: forum.id, reply_to_message_id: question },
    );
    expect(sent).toMatchObject({ message_thread_id, reply_to_message: { message_id: question.message_id } });
    const file = await client.call('getFile', { file_id: sent.document!.file_id });
    const response = await emulator.fetch(`${emulator.apiRoot}/file/bot${emulator.bot.token}/${file.file_path}`);
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([9, 8, 7]);
    // A file the emulator has can be sent again by its file_id.
    expect(emulator.userSendsMedia(ann, { document: sent.document!.file_id }).document?.file_id).toBe(
      sent.document!.file_id,
    );
  });

  it.each([
    ['no kind', {}, 'TypeError', /^userSendsMedia: media must have exactly one of photo, document, .*; got 0$/],
    ['two kinds', { photo: new Uint8Array(), video: new Uint8Array() }, 'TypeError', /got 2$/],
    [
      'an option of another kind',
      { photo: new Uint8Array(), file_name: 'x' },
      'TypeError',
      /media has no option "file_name"/,
    ],
    [
      'a number for bytes',
      { photo: 5 },
      'TypeError',
      /^userSendsMedia: media\.photo must be a Uint8Array or a file_id; got the number 5$/,
    ],
    ['an unknown file_id', { photo: 'nope' }, 'Error', /^userSendsMedia: media\.photo is no file_id of this emulator$/],
    [
      'a topic icon as sticker',
      { sticker: 'EMUSTK5434144690511290129' },
      'TypeError',
      /media\.sticker must be a sticker's file_id/,
    ],
    [
      'a latitude out of range',
      { location: { latitude: 91, longitude: 0 } },
      'TypeError',
      /media\.location\.latitude must be a number between -90 and 90/,
    ],
    [
      'a contact without name',
      { contact: { phone_number: '1' } },
      'TypeError',
      /media\.contact\.first_name must be a non-empty string/,
    ],
  ])('refuses %s', (_, media, type, message) => {
    const { emulator, ann } = scene();
    const error = thrown(() => emulator.userSendsMedia(ann, media as never));
    expect(error.type).toBe(type);
    expect(error.message).toMatch(message);
  });

  it('needs the permission of the kind in a group', async () => {
    const { emulator, ann, forum, client } = scene();
    await client.call('setChatPermissions', { chat_id: forum.id, permissions: { can_send_messages: true } });
    expect(() => emulator.userSendsMedia(ann, { voice: new Uint8Array([1]) }, { chat_id: forum.id })).toThrow(
      /can_send_voice_notes is false/,
    );
    expect(
      emulator.userSendsMedia(ann, { location: { latitude: 0, longitude: 0 } }, { chat_id: forum.id }),
    ).toBeDefined();
  });
});

describe('userForwards', () => {
  it('forwards a message to the bot with its origin, and keeps the origin of a forward', async () => {
    const { emulator, owner, ann, forum } = scene();
    const original = emulator.userSends(owner, 'hello all', { chat_id: forum.id });
    const forwarded = emulator.userForwards(ann, original);
    expect(forwarded).toMatchObject({
      chat: { id: ann.id },
      from: { id: ann.id },
      text: 'hello all',
      forward_origin: { type: 'user', sender_user: { id: owner.id } },
    });
    const again = emulator.userForwards(owner, forwarded, { chat_id: forum.id });
    expect(again.forward_origin).toMatchObject({ sender_user: { id: owner.id } });
    expect(() => emulator.userForwards(ann, { chat: { id: forum.id }, message_id: 1 })).toThrow(/no message 1/);
  });
});

describe('userBlocksBot and userUnblocksBot', () => {
  it('sends my_chat_member, makes sends 403 while reading still works, and back', async () => {
    const { emulator, ann, forum, client } = scene();
    emulator.userSends(ann, '/start');
    await client.call('getUpdates', { offset: -1 });
    emulator.userBlocksBot(ann);
    const [, blocked] = await client.call('getUpdates', {});
    expect(blocked?.my_chat_member).toMatchObject({
      chat: { id: ann.id, type: 'private' },
      from: { id: ann.id },
      old_chat_member: { status: 'member', user: { id: emulator.bot.id } },
      new_chat_member: { status: 'kicked', until_date: 0 },
    });
    const forbidden = '403 Forbidden: bot was blocked by the user';
    expect(await failure(client.call('sendMessage', { chat_id: ann.id, text: 'still there?' }))).toBe(forbidden);
    expect(await failure(client.call('sendChatAction', { chat_id: ann.id, action: 'typing' }))).toBe(forbidden);
    const post = emulator.userSends(emulator.createUser(), 'x', { chat_id: forum.id });
    expect(
      await failure(
        client.call('copyMessage', { chat_id: ann.id, from_chat_id: forum.id, message_id: post.message_id }),
      ),
    ).toBe(forbidden);
    expect((await client.call('getChat', { chat_id: ann.id })).id).toBe(ann.id);
    expect(() => emulator.userSends(ann, 'hi')).toThrow(/has blocked @emulator_bot; call userUnblocksBot\(\) first/);
    expect(() => emulator.userBlocksBot(ann)).toThrow(/has already blocked/);
    emulator.userUnblocksBot(ann);
    expect(emulator.pendingUpdates().at(-1)?.my_chat_member).toMatchObject({
      old_chat_member: { status: 'kicked' },
      new_chat_member: { status: 'member' },
    });
    expect((await client.call('sendMessage', { chat_id: ann.id, text: 'welcome back' })).text).toBe('welcome back');
  });
});

describe('userJoins and userLeaves', () => {
  it('posts the service messages and chat_member updates, with the link used', async () => {
    const { emulator, ann, forum, client } = scene();
    await client.call('getUpdates', { allowed_updates: ['message', 'chat_member'] });
    const link = await client.call('createChatInviteLink', { chat_id: forum.id, member_limit: 1 });
    const zoe = emulator.createUser({ first_name: 'Zoe' });
    const joined = emulator.userJoins(zoe, forum, { invite_link: link });
    expect(joined).toMatchObject({
      from: { id: zoe.id },
      new_chat_members: [{ id: zoe.id }],
      new_chat_member: { id: zoe.id },
      new_chat_participant: { id: zoe.id },
    });
    expect(joined.message_thread_id).toBeUndefined();
    const [message, member] = emulator.pendingUpdates();
    expect(message?.message?.new_chat_members).toHaveLength(1);
    expect(member?.chat_member).toMatchObject({
      from: { id: zoe.id },
      old_chat_member: { status: 'left' },
      new_chat_member: { status: 'member' },
      invite_link: { invite_link: link.invite_link },
    });
    // The link allowed one member: it is full now.
    expect(() => emulator.userJoins(emulator.createUser(), forum, { invite_link: link.invite_link })).toThrow(
      /is revoked, expired or full/,
    );
    const left = emulator.userLeaves(zoe, forum);
    expect(left).toMatchObject({ from: { id: zoe.id }, left_chat_member: { id: zoe.id } });
    expect(emulator.pendingUpdates().at(-1)?.chat_member?.new_chat_member.status).toBe('left');
    const bob = emulator.createUser();
    expect(emulator.userJoins(bob, forum, { added_by: ann }).from?.id).toBe(ann.id);
  });

  it.each([
    ['an existing member', (e: ReturnType<typeof scene>) => e.emulator.userJoins(e.ann, e.forum), /is already in chat/],
    [
      'a link that needs approval',
      (e: ReturnType<typeof scene>) => {
        e.emulator.client();
        return e.emulator.userJoins(e.emulator.createUser(), e.forum, { invite_link: 'https://t.me/+x' });
      },
      /is not an invite link of chat/,
    ],
    [
      'leaving a chat one is not in',
      (e: ReturnType<typeof scene>) => e.emulator.userLeaves(e.emulator.createUser(), e.forum),
      /is not in chat/,
    ],
    [
      'the owner leaving',
      (e: ReturnType<typeof scene>) => e.emulator.userLeaves(e.owner, e.forum),
      /can't leave it here/,
    ],
    [
      'an unknown option',
      (e: ReturnType<typeof scene>) => e.emulator.userJoins(e.emulator.createUser(), e.forum, { via: 1 } as never),
      /^userJoins: options has no option "via"/,
    ],
  ])('refuses %s', (_, run, message) => {
    const setup = scene();
    expect(thrown(() => run(setup)).message).toMatch(message);
  });

  it('refuses a banned user and a join through a link that needs approval', async () => {
    const { emulator, ann, forum, client } = scene();
    await client.call('banChatMember', { chat_id: forum.id, user_id: ann.id });
    expect(() => emulator.userJoins(ann, forum)).toThrow(/is banned from chat/);
    expect(() => emulator.userSends(ann, 'hi', { chat_id: forum.id })).toThrow(/is banned from chat/);
    const link = await client.call('createChatInviteLink', { chat_id: forum.id, creates_join_request: true });
    expect(() => emulator.userJoins(emulator.createUser(), forum, { invite_link: link })).toThrow(
      /needs an administrator's approval; use userRequestsToJoin\(\)/,
    );
  });
});

describe('userReacts', () => {
  it('tells administrator bots that asked for message_reaction, with the old and new reactions', async () => {
    const { emulator, ann, forum, client } = scene();
    const message = await client.call('sendMessage', { chat_id: forum.id, text: 'Release is out' });
    emulator.userReacts(ann, message, '👍');
    expect(emulator.pendingUpdates()).toEqual([]);
    await client.call('getUpdates', { allowed_updates: ['message_reaction'] });
    emulator.userReacts(ann, message, ['🔥', { type: 'emoji', emoji: '🎉' }]);
    expect(emulator.pendingUpdates()[0]?.message_reaction).toMatchObject({
      chat: { id: forum.id },
      message_id: message.message_id,
      user: { id: ann.id },
      old_reaction: [{ type: 'emoji', emoji: '👍' }],
      new_reaction: [
        { type: 'emoji', emoji: '🔥' },
        { type: 'emoji', emoji: '🎉' },
      ],
    });
    emulator.userReacts(ann, message, []);
    expect(emulator.reactions(message)).toEqual([]);
    emulator.setRights(forum, 'member');
    emulator.userReacts(ann, message, '👍');
    expect(emulator.pendingUpdates().filter((u) => u.message_reaction)).toHaveLength(2);
    expect(() => emulator.userReacts(ann, message, '🍕')).toThrow(
      /^userReacts: reaction must be a reaction emoji \(e\.g\. "👍"\) or a ReactionType; got the string "🍕"$/,
    );
  });
});

describe('userSendsInlineQuery', () => {
  it('needs a bot with inline mode, and checks its options', () => {
    const emulator = createEmulator();
    const ann = emulator.createUser();
    expect(() => emulator.userSendsInlineQuery(ann, 'x')).toThrow(
      /has no inline mode; create it with supports_inline_queries: true/,
    );
    const inline = emulator.createBot({ supports_inline_queries: true });
    expect(() => emulator.userSendsInlineQuery(ann, 'x', { bot: inline, chat_type: 'forum' as never })).toThrow(
      /options\.chat_type must be one of sender, private, group, supergroup, channel/,
    );
    expect(() => emulator.userSendsInlineQuery(ann, 5 as never, { bot: inline })).toThrow(TypeError);
    const id = emulator.userSendsInlineQuery(ann, '', { bot: inline, location: { latitude: 1, longitude: 2 } });
    expect(emulator.pendingUpdates(inline)[0]?.inline_query).toMatchObject({
      id,
      query: '',
      location: { latitude: 1 },
    });
    expect(() => emulator.inlineAnswer('nope')).toThrow(/no inline query nope/);
  });
});

describe('staff manage topics by hand', () => {
  it('an administrator renames, closes, reopens, hides General; bots get the service messages from them', async () => {
    const { emulator, owner, ann, forum, client } = scene();
    emulator.addMember(forum, ann, 'administrator');
    await client.call('getUpdates', { offset: -1 });
    const thread = emulator.userCreatesTopic(ann, forum, 'Billing', { icon_custom_emoji_id: '5312536423851630001' });
    const steps = [
      emulator.userEditsTopic(ann, forum, thread, { name: 'Billing (EU)' }),
      emulator.userClosesTopic(owner, forum, thread),
      emulator.userReopensTopic(ann, forum, thread),
      emulator.userEditsTopic(owner, forum, 1, { name: 'Lobby' }),
      emulator.userHidesGeneral(ann, forum),
      emulator.userUnhidesGeneral(owner, forum),
    ];
    expect(steps.map((m) => Object.keys(m).find((k) => /topic/.test(k)))).toEqual([
      'forum_topic_edited',
      'forum_topic_closed',
      'forum_topic_reopened',
      'forum_topic_edited',
      'general_forum_topic_hidden',
      'general_forum_topic_unhidden',
    ]);
    const updates = (await client.call('getUpdates', {})).map((u) => u.message);
    expect(updates.map((m) => m?.from?.id)).toEqual([ann.id, ann.id, owner.id, ann.id, owner.id, ann.id, owner.id]);
    expect(updates[0]?.forum_topic_created).toEqual({
      name: 'Billing',
      icon_color: 7322096,
      icon_custom_emoji_id: '5312536423851630001',
    });
    expect(emulator.topics(forum).map((t) => [t.name, t.is_closed, t.is_hidden])).toEqual([
      ['Lobby', true, false],
      ['Billing (EU)', false, false],
    ]);
    emulator.userDeletesTopic(owner, forum, thread);
    expect(emulator.topics(forum).map((t) => t.name)).toEqual(['Lobby']);
    expect(emulator.messages(forum, thread)).toEqual([]);
  });

  it.each([
    [
      'a member closing a topic',
      'close',
      /^userClosesTopic: user \d+ is not the owner of chat -\d+, an administrator with can_manage_topics, or the creator of the topic$/,
    ],
    [
      'a member hiding General',
      'hide',
      /^userHidesGeneral: user \d+ is not the owner of chat -\d+, an administrator with can_manage_topics$/,
    ],
    ['a member deleting a topic', 'delete', /an administrator with can_delete_messages$/],
    ['a no-op edit', 'noop', /^userEditsTopic: TOPIC_NOT_MODIFIED \(nothing changes\)$/],
    [
      'an icon that is no topic icon',
      'icon',
      /^userEditsTopic: changes\.icon_custom_emoji_id must be '' or a topic icon's custom_emoji_id/,
    ],
  ])('refuses %s', async (_, step, message) => {
    const { emulator, ann, owner, forum } = scene();
    const thread = emulator.userCreatesTopic(owner, forum, 'Ops');
    const run = {
      close: () => emulator.userClosesTopic(ann, forum, thread),
      hide: () => emulator.userHidesGeneral(ann, forum),
      delete: () => emulator.userDeletesTopic(ann, forum, thread),
      noop: () => emulator.userEditsTopic(owner, forum, thread, { name: 'Ops' }),
      icon: () => emulator.userEditsTopic(owner, forum, thread, { icon_custom_emoji_id: '1' }),
    }[step]!;
    expect(thrown(run).message).toMatch(message);
  });

  it("lets a topic's creator edit and close it, and members create topics only as the chat allows", async () => {
    const { emulator, ann, forum, client } = scene();
    const thread = emulator.userCreatesTopic(ann, forum, 'Mine');
    expect(emulator.userClosesTopic(ann, forum, thread).forum_topic_closed).toEqual({});
    await client.call('setChatPermissions', { chat_id: forum.id, permissions: { can_send_messages: true } });
    expect(() => emulator.userCreatesTopic(ann, forum, 'Another')).toThrow(/can_manage_topics is false/);
  });
});

describe('topics in private chats', () => {
  it('reports the bot options in getMe and lets users create topics only where the bot allows it', async () => {
    const emulator = createEmulator({ bot: { has_topics_enabled: true, allows_users_to_create_topics: true } });
    const client = emulator.client({ retry: false });
    expect(await client.call('getMe')).toMatchObject({ has_topics_enabled: true, allows_users_to_create_topics: true });
    const ann = emulator.createUser();
    const thread = emulator.userCreatesTopic(ann, ann, 'Order #42');
    const [update] = await client.call('getUpdates', {});
    expect(update?.message).toMatchObject({
      chat: { id: ann.id, type: 'private' },
      from: { id: ann.id },
      message_id: thread,
      forum_topic_created: { name: 'Order #42' },
    });
    const asked = emulator.userSends(ann, 'Where is it?', { message_thread_id: thread });
    expect(asked).toMatchObject({ message_thread_id: thread, is_topic_message: true });
    const reply = await client.call('sendMessage', { chat_id: ann.id, message_thread_id: thread, text: 'On its way' });
    expect(reply).toMatchObject({ message_thread_id: thread, is_topic_message: true });
    expect(emulator.userEditsTopic(ann, ann, thread, { name: 'Order #42 (late)' }).forum_topic_edited).toEqual({
      name: 'Order #42 (late)',
    });
    expect(() => emulator.userClosesTopic(ann, ann, thread)).toThrow(/the chat is not a supergroup forum/);

    const strict = emulator.createBot({ has_topics_enabled: true });
    expect((await emulator.client({ token: strict.token }).call('getMe')).allows_users_to_create_topics).toBe(false);
    expect(() => emulator.userCreatesTopic(ann, ann, 'x', { bot: strict })).toThrow(
      /^userCreatesTopic: @emulator_bot2 does not allow users to create topics$/,
    );
    const plain = emulator.createBot();
    expect(() => emulator.userCreatesTopic(ann, ann, 'x', { bot: plain })).toThrow(/has no topics in private chats/);
    expect(thrown(() => emulator.createBot({ allows_users_to_create_topics: true })).message).toBe(
      'createBot: options.allows_users_to_create_topics needs has_topics_enabled: true',
    );
  });
});
