// Members and rights, as telegram-bot-api/Client.cpp (process_promote_chat_member_query,
// process_restrict_chat_member_query, get_chat_permissions, process_set_chat_permissions_query,
// process_set_chat_administrator_custom_title_query, process_set_chat_member_tag_query,
// get_chat_administrator_rights, JsonChatMember) and TDLib's DialogParticipantManager answer.
// Texts marked [server] are Telegram's own error names (not in either source).
import { describe, expect, it } from 'vitest';
import { failure } from '../../../test/helpers/emulatorScene.js';
import { createEmulator } from '../index.js';

function scene(rights?: Parameters<ReturnType<typeof createEmulator>['createForum']>[0]) {
  const emulator = createEmulator();
  const owner = emulator.createUser({ first_name: 'Owner' });
  const ann = emulator.createUser({ first_name: 'Ann' });
  const bob = emulator.createUser({ first_name: 'Bob' });
  const forum = emulator.createForum({ owner, members: [ann, bob], ...rights });
  const client = emulator.client({ retry: false });
  return { emulator, owner, ann, bob, forum, client };
}

describe('promoteChatMember', () => {
  it('makes a member an administrator with the rights asked for, then a member again', async () => {
    const { forum, ann, client, emulator } = scene();
    await client.call('getUpdates', { allowed_updates: ['chat_member'] });
    expect(
      await client.call('promoteChatMember', {
        chat_id: forum.id,
        user_id: ann.id,
        can_pin_messages: true,
        can_manage_topics: true,
      }),
    ).toBe(true);
    const admin = await client.call('getChatMember', { chat_id: forum.id, user_id: ann.id });
    expect(admin).toMatchObject({
      status: 'administrator',
      can_be_edited: true,
      can_manage_chat: true,
      can_pin_messages: true,
      can_manage_topics: true,
      can_delete_messages: false,
      can_manage_voice_chats: false,
      is_anonymous: false,
    });
    const [update] = emulator.pendingUpdates();
    expect(update?.chat_member).toMatchObject({
      from: { id: emulator.bot.id },
      old_chat_member: { status: 'member' },
      new_chat_member: { status: 'administrator', user: { id: ann.id } },
    });
    // Every right false: a demotion (TDLib AdministratorRights), not an error.
    expect(await client.call('promoteChatMember', { chat_id: forum.id, user_id: ann.id })).toBe(true);
    expect((await client.call('getChatMember', { chat_id: forum.id, user_id: ann.id })).status).toBe('member');
    // Nothing to demote: true, no update.
    expect(await client.call('promoteChatMember', { chat_id: forum.id, user_id: ann.id })).toBe(true);
    expect(emulator.pendingUpdates()).toHaveLength(2);
  });

  it('reads the old name can_manage_voice_chats as can_manage_video_chats', async () => {
    const { forum, ann, emulator } = scene();
    const response = await emulator.fetch(
      `${emulator.apiRoot}/bot${emulator.bot.token}/promoteChatMember?chat_id=${forum.id}&user_id=${ann.id}&can_manage_voice_chats=true`,
    );
    expect(await response.json()).toEqual({ ok: true, result: true });
    const member = await emulator.client().call('getChatMember', { chat_id: forum.id, user_id: ann.id });
    expect(member).toMatchObject({ can_manage_video_chats: true, can_manage_voice_chats: true, can_manage_chat: true });
  });

  it.each([
    ['user_id 0', { user_id: 0 }, '400 Bad Request: invalid user_id specified'],
    ['an unknown user', { user_id: 999 }, '400 Bad Request: user not found'],
    ['the owner', { user_id: 'owner' }, "400 Bad Request: can't remove chat owner"],
    [
      'the owner, even with no right',
      { user_id: 'owner', can_pin_messages: false },
      "400 Bad Request: can't remove chat owner",
    ],
    ['the bot itself', { user_id: 'bot' }, "400 Bad Request: can't promote self"],
    ['a right the bot lacks [server]', { user_id: 'ann', can_change_info: true }, '400 Bad Request: RIGHT_FORBIDDEN'],
    ['an administrator the owner promoted [server]', { user_id: 'bob' }, '400 Bad Request: CHAT_ADMIN_REQUIRED'],
  ])('refuses %s', async (_, given, expected) => {
    const { emulator, forum, owner, ann, bob } = scene({ rights: { can_change_info: false } });
    emulator.addMember(forum, bob, 'administrator');
    const ids: Record<string, number> = { owner: owner.id, ann: ann.id, bob: bob.id, bot: emulator.bot.id };
    const params = { can_pin_messages: true, ...given, user_id: ids[given.user_id as string] ?? given.user_id };
    const client = emulator.client({ retry: false });
    expect(await failure(client.call('promoteChatMember', { chat_id: forum.id, ...params } as never))).toBe(expected);
  });

  it('needs can_promote_members, and a supergroup', async () => {
    const { forum, ann, client, emulator } = scene({ rights: { can_promote_members: false } });
    const params = { chat_id: forum.id, user_id: ann.id, can_pin_messages: true };
    expect(await failure(client.call('promoteChatMember', params))).toBe('400 Bad Request: not enough rights');
    emulator.userSends(ann, '/start');
    expect(await failure(client.call('promoteChatMember', { ...params, chat_id: ann.id }))).toBe(
      '400 Bad Request: method is available for supergroup and channel chats only',
    );
  });
});

describe('restrictChatMember', () => {
  it('restricts a member (the helpers then refuse what is not allowed) and lifts it with every permission', async () => {
    const { forum, ann, client, emulator } = scene();
    const until = Math.floor(Date.now() / 1000) + 3600;
    await client.call('restrictChatMember', {
      chat_id: forum.id,
      user_id: ann.id,
      permissions: { can_send_messages: false, can_send_polls: false },
      until_date: until,
    });
    const member = await client.call('getChatMember', { chat_id: forum.id, user_id: ann.id });
    expect(member).toMatchObject({
      status: 'restricted',
      until_date: until,
      is_member: true,
      can_send_messages: false,
      can_send_media_messages: false,
      can_react_to_messages: false,
      can_manage_topics: false,
    });
    expect(() => emulator.userSends(ann, 'hi', { chat_id: forum.id })).toThrow(
      /^userSends: user \d+ may not do this in chat -\d+ \(can_send_messages is false\)$/,
    );
    const all = Object.fromEntries(
      Object.keys(member)
        .filter((k) => k.startsWith('can_') && k !== 'can_send_media_messages')
        .map((k) => [k, true]),
    );
    await client.call('restrictChatMember', { chat_id: forum.id, user_id: ann.id, permissions: all });
    expect((await client.call('getChatMember', { chat_id: forum.id, user_id: ann.id })).status).toBe('member');
    expect(emulator.userSends(ann, 'free again', { chat_id: forum.id }).text).toBe('free again');
  });

  it.each([
    [
      'polls imply sending messages',
      { can_send_polls: true },
      false,
      { can_send_messages: true, can_send_polls: true },
    ],
    [
      'independent permissions do not',
      { can_send_polls: true },
      true,
      { can_send_messages: false, can_send_polls: true },
    ],
    [
      'the old can_send_media_messages sets every media right',
      { can_send_media_messages: true },
      true,
      { can_send_photos: true, can_send_voice_notes: true, can_send_messages: false },
    ],
    [
      'other messages imply media and messages',
      { can_send_other_messages: true },
      false,
      { can_send_messages: true, can_send_videos: true, can_react_to_messages: false },
    ],
    [
      'can_manage_topics and can_edit_tag follow can_pin_messages when missing',
      { can_pin_messages: true },
      false,
      { can_manage_topics: true, can_edit_tag: true },
    ],
    ['until_date under 30 s means forever (Bot API docs)', { can_send_messages: false }, false, { until_date: 0 }],
  ])('reads permissions as the server does: %s', async (_, permissions, independent, expected) => {
    const { forum, ann, client } = scene();
    await client.call('restrictChatMember', {
      chat_id: forum.id,
      user_id: ann.id,
      permissions: permissions as Record<string, boolean>,
      use_independent_chat_permissions: independent,
      until_date: Math.floor(Date.now() / 1000) + 10,
    });
    expect(await client.call('getChatMember', { chat_id: forum.id, user_id: ann.id })).toMatchObject(expected);
  });

  it('reads the legacy flat flags, keeping the other permissions of a partial call', async () => {
    const { forum, ann, emulator, client } = scene();
    const root = `${emulator.apiRoot}/bot${emulator.bot.token}/restrictChatMember?chat_id=${forum.id}&user_id=${ann.id}`;
    await client.call('restrictChatMember', {
      chat_id: forum.id,
      user_id: ann.id,
      permissions: { can_pin_messages: true },
    });
    await emulator.fetch(`${root}&can_send_messages=true`);
    expect(await client.call('getChatMember', { chat_id: forum.id, user_id: ann.id })).toMatchObject({
      status: 'restricted',
      can_send_messages: true,
      can_send_photos: false,
      can_pin_messages: true,
    });
  });

  it.each([
    ['permissions that are not JSON', { permissions: '{' }, "400 Bad Request: can't parse permissions JSON object"],
    ['permissions that are no object', { permissions: '[]' }, '400 Bad Request: object expected as permissions'],
    [
      'a permission that is no boolean',
      { permissions: '{"can_send_messages":1}' },
      `400 Bad Request: can't parse chat permissions: Field "can_send_messages" must be of type Boolean`,
    ],
    ['the owner', { user_id: 'owner' }, "400 Bad Request: can't remove chat owner"],
    ['the bot itself', { user_id: 'bot' }, "400 Bad Request: can't restrict self"],
    ['an administrator [server]', { user_id: 'bob' }, '400 Bad Request: user is an administrator of the chat'],
  ])('refuses %s', async (_, given, expected) => {
    const { emulator, forum, owner, ann, bob } = scene();
    emulator.addMember(forum, bob, 'administrator');
    const ids: Record<string, number> = { owner: owner.id, bob: bob.id, bot: emulator.bot.id };
    const query = new URLSearchParams({ chat_id: String(forum.id), user_id: String(ann.id), permissions: '{}' });
    for (const [k, v] of Object.entries(given)) query.set(k, String(ids[v as string] ?? v));
    const response = await emulator.fetch(`${emulator.apiRoot}/bot${emulator.bot.token}/restrictChatMember?${query}`);
    const body = (await response.json()) as { error_code: number; description: string };
    expect(`${body.error_code} ${body.description}`).toBe(expected);
  });

  it('needs can_restrict_members, and a supergroup', async () => {
    const { forum, ann, client, emulator } = scene({ rights: { can_restrict_members: false } });
    const params = { chat_id: forum.id, user_id: ann.id, permissions: {} };
    expect(await failure(client.call('restrictChatMember', params))).toBe(
      '400 Bad Request: not enough rights to restrict/unrestrict chat member',
    );
    emulator.userSends(ann, '/start');
    expect(await failure(client.call('restrictChatMember', { ...params, chat_id: ann.id }))).toBe(
      '400 Bad Request: method is available only for supergroups',
    );
  });
});

describe('setChatPermissions', () => {
  it('sets what members may do (getChat shows it); none at all makes the chat read-only', async () => {
    const { forum, ann, client, emulator } = scene();
    await client.call('setChatPermissions', { chat_id: forum.id, permissions: { can_send_messages: true } });
    const chat = await client.call('getChat', { chat_id: forum.id });
    expect(chat.permissions).toMatchObject({
      can_send_messages: true,
      can_send_photos: false,
      can_invite_users: false,
    });
    expect(() => emulator.userSendsMedia(ann, { photo: new Uint8Array([1]) }, { chat_id: forum.id })).toThrow(
      /can_send_photos is false/,
    );
    await client.call('setChatPermissions', { chat_id: forum.id } as never);
    expect(() => emulator.userSends(ann, 'hi', { chat_id: forum.id })).toThrow(/can_send_messages is false/);
  });

  it('refuses private chats and bots without can_restrict_members', async () => {
    const { forum, ann, client, emulator } = scene({ rights: { can_restrict_members: false } });
    expect(await failure(client.call('setChatPermissions', { chat_id: forum.id, permissions: {} }))).toBe(
      '400 Bad Request: not enough rights to change chat permissions',
    );
    emulator.userSends(ann, '/start');
    expect(await failure(client.call('setChatPermissions', { chat_id: ann.id, permissions: {} }))).toBe(
      "400 Bad Request: can't change private chat permissions",
    );
  });
});

describe('custom titles and member tags', () => {
  it('titles an administrator the bot promoted, with the server order of refusals', async () => {
    const { forum, owner, ann, bob, client, emulator } = scene();
    emulator.addMember(forum, bob, 'administrator');
    await client.call('promoteChatMember', { chat_id: forum.id, user_id: ann.id, can_pin_messages: true });
    const title = (user_id: number, custom_title: string) =>
      failure(client.call('setChatAdministratorCustomTitle', { chat_id: forum.id, user_id, custom_title }));
    expect(await title(ann.id, 'Moderator')).toBe('resolved true');
    expect(await client.call('getChatMember', { chat_id: forum.id, user_id: ann.id })).toMatchObject({
      custom_title: 'Moderator',
    });
    expect(await title(owner.id, 'x')).toBe('400 Bad Request: only the owner can edit their custom title');
    expect(await title(emulator.createUser().id, 'x')).toBe('400 Bad Request: user is not an administrator');
    expect(await title(bob.id, 'x')).toBe('400 Bad Request: not enough rights to change custom title of the user');
    expect(await title(ann.id, 'a'.repeat(17))).toBe('400 Bad Request: CUSTOM_TITLE_INVALID');
    expect(await title(ann.id, 'Boss 🔥')).toBe('400 Bad Request: CUSTOM_TITLE_EMOJI_NOT_ALLOWED');
  });

  it('tags members (setChatMemberTag), read back through getChatMember', async () => {
    const { forum, owner, ann, client, emulator } = scene();
    const tag = (user_id: number, value: string) =>
      failure(client.call('setChatMemberTag', { chat_id: forum.id, user_id, tag: value }));
    expect(await tag(ann.id, 'helper')).toBe('resolved true');
    expect(await client.call('getChatMember', { chat_id: forum.id, user_id: ann.id })).toMatchObject({
      status: 'member',
      tag: 'helper',
    });
    expect(await tag(ann.id, '')).toBe('resolved true');
    expect(await client.call('getChatMember', { chat_id: forum.id, user_id: ann.id })).not.toHaveProperty('tag');
    expect(await tag(owner.id, 'x')).toBe('400 Bad Request: TAG_CHANGE_FORBIDDEN');
    expect(await tag(emulator.createUser().id, 'x')).toBe('400 Bad Request: USER_NOT_PARTICIPANT');
    expect(await tag(ann.id, 'a'.repeat(17))).toBe('400 Bad Request: TAG_INVALID');
    emulator.setRights(forum, { can_manage_tags: false });
    expect(await tag(ann.id, 'x')).toBe('400 Bad Request: CHAT_ADMIN_REQUIRED');
  });
});

describe('default administrator rights', () => {
  it('keeps the group and the channel sets apart, in the shape of each', async () => {
    const { client } = scene();
    expect(await client.call('getMyDefaultAdministratorRights')).toMatchObject({
      can_manage_chat: false,
      can_manage_topics: false,
      can_manage_tags: false,
    });
    await client.call('setMyDefaultAdministratorRights', { rights: { can_pin_messages: true } as never });
    const groups = await client.call('getMyDefaultAdministratorRights', {});
    expect(groups).toMatchObject({ can_manage_chat: true, can_pin_messages: true, can_delete_messages: false });
    expect(groups).not.toHaveProperty('can_post_messages');
    const channels = await client.call('getMyDefaultAdministratorRights', { for_channels: true });
    expect(channels).toMatchObject({ can_manage_chat: false, can_post_messages: false });
    expect(channels).not.toHaveProperty('can_pin_messages');
    await client.call('setMyDefaultAdministratorRights', {});
    expect((await client.call('getMyDefaultAdministratorRights')).can_pin_messages).toBe(false);
  });

  it.each([
    ['{', "400 Bad Request: can't parse ChatAdministratorRights JSON object"],
    ['[]', "400 Bad Request: can't parse ChatAdministratorRights: ChatAdministratorRights must be an Object"],
    [
      '{"can_pin_messages":"yes"}',
      `400 Bad Request: can't parse ChatAdministratorRights: Field "can_pin_messages" must be of type Boolean`,
    ],
  ])('refuses rights %s', async (rights, expected) => {
    const { client } = scene();
    expect(await failure(client.call('setMyDefaultAdministratorRights', { rights } as never))).toBe(expected);
  });
});

describe('getChatAdministrators', () => {
  it('leaves other bots out unless return_bots, the calling bot always in', async () => {
    const { forum, owner, client, emulator } = scene();
    const other = emulator.createBot();
    emulator.setRights(forum, {}, other);
    const ids = async (return_bots?: boolean) =>
      (await client.call('getChatAdministrators', { chat_id: forum.id, ...(return_bots ? { return_bots } : {}) })).map(
        (m) => m.user.id,
      );
    expect((await ids()).sort()).toEqual([owner.id, emulator.bot.id].sort());
    expect((await ids(true)).sort()).toEqual([owner.id, emulator.bot.id, other.id].sort());
  });
});
