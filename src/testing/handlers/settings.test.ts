// Invite links (Client.cpp process_*_chat_invite_link_query, TDLib DialogInviteLinkManager), join
// requests and sender chats (process_approve_chat_join_request_query, check_chat_no_fail), chat
// settings (TDLib DialogManager set_dialog_title / set_dialog_photo, ChatManager descriptions), bot
// settings (process_set_my_commands_query with get_bot_command_scope, get_bot_menu_button,
// validate_bot_language_code), getUserProfilePhotos and answerInlineQuery
// (get_inline_query_results, get_inline_query_results_button). [server] marks Telegram's own errors.
import { describe, expect, it } from 'vitest';
import { failure, scene } from '../../../test/helpers/emulatorScene.js';
import { inputFile } from '../../client/inputFile.js';
import { createEmulator } from '../index.js';

describe('invite links', () => {
  it('creates, edits, revokes and exports links; getChat shows the primary one', async () => {
    const { forum, client, emulator } = scene();
    const link = await client.call('createChatInviteLink', {
      chat_id: forum.id,
      name: `  Spring   campaign ${'x'.repeat(40)}`,
      member_limit: 500_000,
    });
    expect(link).toMatchObject({
      // TDLib clean_name: cut to 32 characters first, then runs of spaces collapse.
      name: `Spring campaign ${'x'.repeat(14)}`,
      member_limit: 100_000,
      creator: { id: emulator.bot.id },
      creates_join_request: false,
      is_primary: false,
      is_revoked: false,
    });
    const edited = await client.call('editChatInviteLink', {
      chat_id: forum.id,
      invite_link: link.invite_link,
      creates_join_request: true,
    });
    expect(edited).toMatchObject({ invite_link: link.invite_link, creates_join_request: true });
    expect(edited).not.toHaveProperty('member_limit');
    const primary = await client.call('exportChatInviteLink', { chat_id: forum.id });
    expect(typeof primary).toBe('string');
    expect((await client.call('getChat', { chat_id: forum.id })).invite_link).toBe(primary);
    const revoked = await client.call('revokeChatInviteLink', { chat_id: forum.id, invite_link: primary });
    expect(revoked).toMatchObject({ invite_link: primary, is_primary: true, is_revoked: true });
    const next = (await client.call('getChat', { chat_id: forum.id })).invite_link;
    expect(next).toMatch(/^https:\/\/t\.me\/\+/);
    expect(next).not.toBe(primary);
  });

  it('makes subscription links whose name alone can change', async () => {
    const { forum, client } = scene();
    const link = await client.call('createChatSubscriptionInviteLink', {
      chat_id: forum.id,
      subscription_period: 2_592_000,
      subscription_price: 50,
    });
    expect(link).toMatchObject({ subscription_period: 2_592_000, subscription_price: 50 });
    const renamed = await client.call('editChatSubscriptionInviteLink', {
      chat_id: forum.id,
      invite_link: link.invite_link,
      name: 'VIP',
    });
    expect(renamed).toMatchObject({ name: 'VIP', subscription_price: 50 });
    expect(await failure(client.call('createChatSubscriptionInviteLink', { chat_id: forum.id } as never))).toBe(
      '400 Bad Request: invalid subscription pricing specified',
    );
  });

  it('refuses in the server order: member limit with approval before rights, then rights, then the link', async () => {
    const { forum, ann, client, emulator } = scene({});
    emulator.setRights(forum, { can_invite_users: false });
    expect(
      await failure(
        client.call('createChatInviteLink', { chat_id: forum.id, member_limit: 5, creates_join_request: true }),
      ),
    ).toBe("400 Bad Request: member limit can't be specified for links requiring administrator approval");
    expect(await failure(client.call('createChatInviteLink', { chat_id: forum.id }))).toBe(
      '400 Bad Request: not enough rights to manage chat invite link',
    );
    emulator.setRights(forum, {});
    expect(await failure(client.call('editChatInviteLink', { chat_id: forum.id, invite_link: '' }))).toBe(
      '400 Bad Request: invite link must be non-empty',
    );
    expect(
      await failure(client.call('revokeChatInviteLink', { chat_id: forum.id, invite_link: 'https://t.me/+nope' })),
    ).toBe('400 Bad Request: INVITE_HASH_EXPIRED');
    emulator.userSends(ann, '/start');
    expect(await failure(client.call('exportChatInviteLink', { chat_id: ann.id }))).toBe(
      "400 Bad Request: can't invite members to a private chat",
    );
  });
});

describe('join requests and sender chats', () => {
  it('approves a request: the user joins with a service message and a chat_member update', async () => {
    const { forum, client, emulator } = scene();
    await client.call('getUpdates', { allowed_updates: ['message', 'chat_member', 'chat_join_request'] });
    const link = await client.call('createChatInviteLink', { chat_id: forum.id, creates_join_request: true });
    const zoe = emulator.createUser({ first_name: 'Zoe' });
    emulator.userRequestsToJoin(zoe, forum, { invite_link: link.invite_link, bio: 'hi there' });
    const [request] = emulator.pendingUpdates();
    expect(request?.chat_join_request).toMatchObject({
      chat: { id: forum.id },
      from: { id: zoe.id },
      user_chat_id: zoe.id,
      bio: 'hi there',
      invite_link: { invite_link: link.invite_link, pending_join_request_count: 1 },
    });
    // The bot may write to the user meanwhile.
    expect((await client.call('sendMessage', { chat_id: zoe.id, text: 'Why join?' })).chat.id).toBe(zoe.id);
    expect(await client.call('approveChatJoinRequest', { chat_id: forum.id, user_id: zoe.id })).toBe(true);
    const [, joined, member] = emulator.pendingUpdates();
    expect(joined?.message).toMatchObject({ from: { id: zoe.id }, new_chat_members: [{ id: zoe.id }] });
    expect(member?.chat_member).toMatchObject({
      from: { id: emulator.bot.id },
      new_chat_member: { status: 'member', user: { id: zoe.id } },
      via_join_request: true,
      invite_link: { invite_link: link.invite_link },
    });
    expect(await failure(client.call('approveChatJoinRequest', { chat_id: forum.id, user_id: zoe.id }))).toBe(
      '400 Bad Request: USER_ALREADY_PARTICIPANT',
    );
  });

  it('declines a request; refuses without one, without rights, in private chats', async () => {
    const { forum, ann, client, emulator } = scene();
    const zoe = emulator.createUser();
    emulator.userRequestsToJoin(zoe, forum);
    expect(await client.call('declineChatJoinRequest', { chat_id: forum.id, user_id: zoe.id })).toBe(true);
    expect((await client.call('getChatMember', { chat_id: forum.id, user_id: zoe.id })).status).toBe('left');
    expect(await failure(client.call('declineChatJoinRequest', { chat_id: forum.id, user_id: zoe.id }))).toBe(
      '400 Bad Request: HIDE_REQUESTER_MISSING',
    );
    emulator.setRights(forum, { can_invite_users: false });
    expect(await failure(client.call('approveChatJoinRequest', { chat_id: forum.id, user_id: zoe.id }))).toBe(
      '400 Bad Request: not enough rights to manage chat join requests',
    );
    emulator.userSends(ann, '/start');
    expect(await failure(client.call('approveChatJoinRequest', { chat_id: ann.id, user_id: zoe.id }))).toBe(
      "400 Bad Request: the chat can't have join requests",
    );
  });

  it.each([
    ['', '400 Bad Request: sender_chat_id is empty'],
    ['@channel', '400 Bad Request: sender_chat_id is not a valid Integer'],
    ['-1001', 'resolved true'],
  ])('reads sender_chat_id %j like check_chat_no_fail', async (sender, expected) => {
    const { forum, client } = scene();
    expect(
      await failure(client.call('banChatSenderChat', { chat_id: forum.id, sender_chat_id: sender as never })),
    ).toBe(expected);
    expect(
      await failure(client.call('unbanChatSenderChat', { chat_id: forum.id, sender_chat_id: sender as never })),
    ).toBe(expected);
  });
});

describe('chat settings', () => {
  it('changes the title and photo with service messages, and the description', async () => {
    const { forum, client, emulator } = scene();
    expect(await client.call('setChatTitle', { chat_id: forum.id, title: '  Support\n desk ' })).toBe(true);
    expect(await client.call('setChatTitle', { chat_id: forum.id, title: 'Support desk' })).toBe(true);
    await client.call('setChatPhoto', { chat_id: forum.id, photo: inputFile(new Uint8Array([1, 2]), 'logo.jpg') });
    await client.call('setChatDescription', { chat_id: forum.id, description: 'We help.' });
    const chat = await client.call('getChat', { chat_id: forum.id });
    expect(chat).toMatchObject({
      title: 'Support desk',
      description: 'We help.',
      photo: { small_file_id: expect.any(String) },
    });
    await client.call('deleteChatPhoto', { chat_id: forum.id });
    const service = emulator.messages(forum.id, 1).map((m) => Object.keys(m).find((k) => /chat_(title|photo)/.test(k)));
    expect(service).toEqual(['new_chat_title', 'new_chat_photo', 'delete_chat_photo']);
    expect(emulator.messages(forum.id, 1)[0]?.chat).toMatchObject({ title: 'Support desk' });
    expect((await client.call('getChat', { chat_id: forum.id })).photo).toBeUndefined();
  });

  it('refuses as TDLib and Telegram do', async () => {
    const { forum, ann, client, emulator } = scene();
    expect(await failure(client.call('setChatTitle', { chat_id: forum.id, title: ' \n ' }))).toBe(
      '400 Bad Request: title must be non-empty',
    );
    expect(await failure(client.call('setChatPhoto', { chat_id: forum.id, photo: 'AgACfileid' as never }))).toBe(
      '400 Bad Request: photo must be uploaded as an InputFile',
    );
    expect(await failure(client.call('setChatPhoto', { chat_id: forum.id } as never))).toBe(
      '400 Bad Request: there is no photo in the request',
    );
    expect(await failure(client.call('deleteChatPhoto', { chat_id: forum.id }))).toBe(
      '400 Bad Request: CHAT_NOT_MODIFIED',
    );
    await client.call('setChatDescription', { chat_id: forum.id, description: 'same' });
    expect(await failure(client.call('setChatDescription', { chat_id: forum.id, description: 'same' }))).toBe(
      '400 Bad Request: chat description is not modified',
    );
    emulator.setRights(forum, { can_change_info: false });
    expect(await failure(client.call('setChatTitle', { chat_id: forum.id, title: 'x' }))).toBe(
      '400 Bad Request: not enough rights to change chat title',
    );
    expect(await failure(client.call('setChatDescription', { chat_id: forum.id, description: 'x' }))).toBe(
      '400 Bad Request: not enough rights to set chat description',
    );
    emulator.userSends(ann, '/start');
    expect(await failure(client.call('setChatTitle', { chat_id: ann.id, title: 'x' }))).toBe(
      "400 Bad Request: can't change private chat title",
    );
  });
});

describe('bot settings', () => {
  it('keeps commands per scope and language, exactly (no fallback in getMyCommands)', async () => {
    const { forum, ann, client, emulator } = scene();
    emulator.userSends(ann, '/start');
    const help = [{ command: 'help', description: 'How it works' }];
    const admin = [{ command: 'ban', description: 'Ban a user' }];
    await client.call('setMyCommands', { commands: [{ command: '/help ', description: ' How it works ' }] });
    await client.call('setMyCommands', { commands: admin, scope: { type: 'chat_administrators', chat_id: forum.id } });
    await client.call('setMyCommands', { commands: help, language_code: 'de' });
    expect(await client.call('getMyCommands')).toEqual(help);
    expect(await client.call('getMyCommands', { scope: { type: 'chat_administrators', chat_id: forum.id } })).toEqual(
      admin,
    );
    expect(await client.call('getMyCommands', { scope: { type: 'all_group_chats' } })).toEqual([]);
    await client.call('deleteMyCommands', { language_code: 'de' });
    expect(await client.call('getMyCommands', { language_code: 'de' })).toEqual([]);
    expect(await client.call('getMyCommands')).toEqual(help);
    const scope = (value: unknown) => failure(client.call('getMyCommands', { scope: value as never }));
    expect(await scope({ type: 'nope' })).toBe(
      "400 Bad Request: can't parse BotCommandScope: Unsupported type specified",
    );
    expect(await scope({ type: 'chat_administrators', chat_id: ann.id })).toBe(
      "400 Bad Request: can't use specified scope in private chats",
    );
    expect(await scope({ type: 'chat', chat_id: -42 })).toBe('400 Bad Request: chat not found');
    expect(await failure(client.call('getMyCommands', { language_code: 'deu' as never }))).toBe(
      '400 Bad Request: invalid language code specified',
    );
    expect(await failure(client.call('setMyCommands', { commands: [{ command: '', description: 'x' }] }))).toBe(
      '400 Bad Request: command must be non-empty',
    );
  });

  it('keeps names and descriptions per language, falling back to the default', async () => {
    const { client } = scene();
    await client.call('setMyName', { name: 'Helper' });
    await client.call('setMyName', { name: 'Helfer', language_code: 'de' });
    await client.call('setMyDescription', { description: 'I help.' });
    await client.call('setMyShortDescription', { short_description: 'Helps' });
    expect(await client.call('getMyName', { language_code: 'de' })).toEqual({ name: 'Helfer' });
    expect(await client.call('getMyName', { language_code: 'fr' })).toEqual({ name: 'Helper' });
    expect(await client.call('getMyDescription')).toEqual({ description: 'I help.' });
    expect(await client.call('getMyShortDescription')).toEqual({ short_description: 'Helps' });
    await client.call('setMyName', {});
    expect(await client.call('getMyName')).toEqual({ name: '' });
  });

  it('keeps menu buttons per user and a default one', async () => {
    const { ann, client } = scene();
    expect(await client.call('getChatMenuButton')).toEqual({ type: 'default' });
    await client.call('setChatMenuButton', { menu_button: { type: 'commands' } });
    const app = { type: 'web_app', text: 'Open', web_app: { url: 'https://app.example' } } as const;
    await client.call('setChatMenuButton', { chat_id: ann.id, menu_button: app });
    expect(await client.call('getChatMenuButton', { chat_id: ann.id })).toEqual(app);
    expect(await client.call('getChatMenuButton')).toEqual({ type: 'commands' });
    const set = (params: unknown) => failure(client.call('setChatMenuButton', params as never));
    expect(await set({ menu_button: '{' })).toBe("400 Bad Request: can't parse menu button JSON object");
    expect(await set({ menu_button: '[]' })).toBe(
      "400 Bad Request: can't parse menu button: MenuButton must be an Object",
    );
    expect(await set({ menu_button: { type: 'x' } })).toBe(
      "400 Bad Request: can't parse menu button: MenuButton has unsupported type",
    );
    expect(await set({ menu_button: { type: 'web_app', text: 'x' } })).toBe(
      `400 Bad Request: can't parse menu button: Can't find field "web_app"`,
    );
    expect(await set({ chat_id: 'x', menu_button: { type: 'default' } })).toBe(
      '400 Bad Request: invalid chat_id specified',
    );
    expect(await set({ chat_id: 424242, menu_button: { type: 'default' } })).toBe('400 Bad Request: user not found');
  });

  it('lists profile photos newest first, paged', async () => {
    const { ann, client, emulator } = scene();
    expect(await client.call('getUserProfilePhotos', { user_id: ann.id })).toEqual({ total_count: 0, photos: [] });
    emulator.userSetsProfilePhoto(ann, new Uint8Array([1]));
    emulator.userSetsProfilePhoto(ann, new Uint8Array([2, 2]));
    const all = await client.call('getUserProfilePhotos', { user_id: ann.id });
    expect(all.total_count).toBe(2);
    expect(all.photos[0]?.map((size) => [size.width, size.file_size])).toEqual([
      [160, 2],
      [320, 2],
      [640, 2],
    ]);
    const page = await client.call('getUserProfilePhotos', { user_id: ann.id, offset: 1, limit: 1 });
    expect(page.photos).toHaveLength(1);
    expect(page.photos[0]?.[0]?.file_size).toBe(1);
    expect(await failure(client.call('getUserProfilePhotos', { user_id: 0 }))).toBe(
      '400 Bad Request: invalid user_id specified',
    );
  });
});

describe('answerInlineQuery', () => {
  it('answers a user’s inline query once, within its lifetime', async () => {
    let now = Date.UTC(2026, 0, 1);
    const emulator = createEmulator({ bot: { supports_inline_queries: true }, now: () => now });
    const client = emulator.client({ retry: false });
    const ann = emulator.createUser();
    const id = emulator.userSendsInlineQuery(ann, 'pizza', { offset: '', chat_type: 'sender' });
    const [update] = emulator.pendingUpdates();
    expect(update?.inline_query).toEqual({
      id,
      from: expect.objectContaining({ id: ann.id }),
      query: 'pizza',
      offset: '',
      chat_type: 'sender',
    });
    const results = [
      { type: 'article', id: '1', title: 'Margherita', input_message_content: { message_text: 'Margherita' } },
    ] as const;
    expect(emulator.inlineAnswer(id)).toBeUndefined();
    await client.call('answerInlineQuery', {
      inline_query_id: id,
      results,
      cache_time: 999_999,
      button: { text: 'More', start_parameter: 'more' },
    });
    expect(emulator.inlineAnswer(id)).toEqual({
      results,
      cache_time: 86_400,
      is_personal: false,
      next_offset: '',
      button: { text: 'More', start_parameter: 'more' },
    });
    const tooOld = '400 Bad Request: query is too old and response timeout expired or query ID is invalid';
    expect(await failure(client.call('answerInlineQuery', { inline_query_id: id, results: [] }))).toBe(tooOld);
    const late = emulator.userSendsInlineQuery(ann, 'late');
    now += 16_000;
    expect(await failure(client.call('answerInlineQuery', { inline_query_id: late, results: [] }))).toBe(tooOld);
  });

  it.each([
    [
      'results that are not JSON',
      { results: '[' },
      /^400 Bad Request: can't parse JSON encoded inline query results: /,
    ],
    ['results that are no array', { results: '{}' }, /^400 Bad Request: expected an Array of inline query results$/],
    [
      'over 50 results',
      {
        results: JSON.stringify(
          Array.from({ length: 51 }, (_, i) => ({ type: 'photo', id: `${i}`, photo_file_id: 'x' })),
        ),
      },
      /^400 Bad Request: too many inline query results specified$/,
    ],
    [
      'a result without id',
      { results: '[{"type":"article"}]' },
      /^400 Bad Request: can't parse inline query result: Can't find field "id"$/,
    ],
    [
      'an article without content',
      { results: '[{"type":"article","id":"1","title":"t"}]' },
      /^400 Bad Request: can't parse inline query result: Can't find field "message_text"$/,
    ],
    [
      'an unknown type',
      { results: '[{"type":"hologram","id":"1"}]' },
      /^400 Bad Request: can't parse inline query result: type "hologram" is unsupported for the inline query result$/,
    ],
    [
      'duplicate ids [server]',
      { results: '[{"type":"photo","id":"1","photo_file_id":"a"},{"type":"photo","id":"1","photo_file_id":"b"}]' },
      /^400 Bad Request: RESULT_ID_DUPLICATE$/,
    ],
    [
      'a button with two kinds',
      { button: '{"text":"x"}' },
      /^400 Bad Request: can't parse inline query results button: InlineQueryResultsButton must have exactly one optional field$/,
    ],
  ])('refuses %s', async (_, params, expected) => {
    const emulator = createEmulator({ bot: { supports_inline_queries: true } });
    const id = emulator.userSendsInlineQuery(emulator.createUser(), 'q');
    const query = new URLSearchParams({ inline_query_id: id, ...params });
    const response = await emulator.fetch(`${emulator.apiRoot}/bot${emulator.bot.token}/answerInlineQuery?${query}`);
    const body = (await response.json()) as { error_code: number; description: string };
    expect(`${body.error_code} ${body.description}`).toMatch(expected);
  });
});
