import type { Chat, User } from '../../types/botApi.js';
import type { Delivery } from '../delivery/index.js';
import { addBot, addUser, isValidToken } from '../state/bots.js';
import { ALL_RIGHTS, addGroup, NO_RIGHTS, ownerOf, setMember } from '../state/chats.js';
import type { AdminRights, BotState, ChatState, Member, UserJson, World } from '../state/types.js';
import type { BotOptions, EmulatedBot, ForumOptions, UserOptions } from '../types.js';
import * as check from './coerce.js';

const BOT_OPTIONS = [
  'token',
  'username',
  'first_name',
  'has_topics_enabled',
  'can_read_all_group_messages',
  'allows_users_to_create_topics',
  'supports_inline_queries',
];
const USER_OPTIONS = ['first_name', 'last_name', 'username', 'language_code', 'id'];
const FORUM_OPTIONS = ['title', 'username', 'is_forum', 'owner', 'members', 'bot', 'rights'];

function optionalString(helper: string, arg: string, value: unknown): string | undefined {
  if (value !== undefined && typeof value !== 'string') throw check.argumentError(helper, arg, 'a string', value);
  return value;
}

function optionalBoolean(helper: string, arg: string, value: unknown): boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean') throw check.argumentError(helper, arg, 'a boolean', value);
  return value;
}

/** Sets a member and tells whoever should hear of it (see `setMember`). */
function changeMember(world: World, delivery: Delivery, chat: ChatState, member: Member, from: UserJson): void {
  const update = setMember(world, chat, member, from);
  if (update)
    delivery.deliver({ kind: 'chat_member', payload: update }, { to: 'membership', chat, userId: member.user.id });
}

/** A bot as a member with rights, as a plain member, or gone. */
function botMember(bot: BotState, rights: Partial<AdminRights> | 'member' | 'left'): Member {
  return rights === 'member' || rights === 'left'
    ? { user: bot.user, status: rights, rights: NO_RIGHTS }
    : { user: bot.user, status: 'administrator', rights: { ...ALL_RIGHTS, ...rights } };
}

/**
 * The helpers that set the scene: bots, users, forums, rights and members.
 * @internal
 */
export function createSetup(world: World, delivery: Delivery, first: () => BotState) {
  function createBot(options: BotOptions = {}): EmulatedBot {
    const helper = 'createBot';
    const opts = check.options<BotOptions>(helper, 'options', options, BOT_OPTIONS);
    const token = optionalString(helper, 'options.token', opts.token);
    if (token !== undefined) {
      if (!isValidToken(token)) throw new TypeError(`${helper}: options.token must look like "123:ABC"`);
      const id = Number(token.slice(0, token.indexOf(':')));
      if (world.users.has(id)) throw new Error(`${helper}: there is already a bot or user with id ${id}`);
    }
    const topics = optionalBoolean(helper, 'options.has_topics_enabled', opts.has_topics_enabled) ?? false;
    const userTopics =
      optionalBoolean(helper, 'options.allows_users_to_create_topics', opts.allows_users_to_create_topics) ?? false;
    if (userTopics && !topics) {
      throw new TypeError(`${helper}: options.allows_users_to_create_topics needs has_topics_enabled: true`);
    }
    const bot = addBot(world, {
      token,
      username: optionalString(helper, 'options.username', opts.username),
      first_name: optionalString(helper, 'options.first_name', opts.first_name),
      has_topics_enabled: topics,
      can_read_all_group_messages:
        optionalBoolean(helper, 'options.can_read_all_group_messages', opts.can_read_all_group_messages) ?? false,
      allows_users_to_create_topics: userTopics,
      supports_inline_queries:
        optionalBoolean(helper, 'options.supports_inline_queries', opts.supports_inline_queries) ?? false,
    });
    return { token: bot.token, id: bot.id, username: bot.user.username, user: bot.user as unknown as User };
  }

  function createUser(options: UserOptions = {}): User {
    const helper = 'createUser';
    const opts = check.options<UserOptions>(helper, 'options', options, USER_OPTIONS);
    const id = opts.id === undefined ? undefined : check.userId(helper, 'options.id', opts.id);
    if (id !== undefined && world.users.has(id))
      throw new Error(`${helper}: there is already a user or bot with id ${id}`);
    const names: { first_name?: string; last_name?: string; username?: string; language_code?: string } = {};
    for (const key of ['first_name', 'last_name', 'username', 'language_code'] as const) {
      const value = optionalString(helper, `options.${key}`, opts[key]);
      if (value !== undefined) names[key] = value;
    }
    return addUser(world, id, names) as unknown as User;
  }

  function createForum(options: ForumOptions = {}): Chat.SupergroupChat {
    const helper = 'createForum';
    const opts = check.options<ForumOptions>(helper, 'options', options, FORUM_OPTIONS);
    const title = optionalString(helper, 'options.title', opts.title);
    const username = optionalString(helper, 'options.username', opts.username);
    const forum = optionalBoolean(helper, 'options.is_forum', opts.is_forum) ?? true;
    const owner = opts.owner === undefined ? undefined : check.userOf(world, helper, 'options.owner', opts.owner);
    if (opts.members !== undefined && !Array.isArray(opts.members)) {
      throw check.argumentError(helper, 'options.members', 'an array of users', opts.members);
    }
    const members = (opts.members ?? []).map((m, i) => check.userOf(world, helper, `options.members[${i}]`, m));
    const bot = opts.bot === false ? undefined : check.botOf(world, helper, 'options.bot', opts.bot, first());
    const rights = check.rights(helper, 'options.rights', opts.rights ?? {}, ['member'] as const);
    const chat = addGroup(world, title, username, forum);
    if (owner) chat.members.set(owner.id, { user: owner, status: 'creator', rights: ALL_RIGHTS });
    for (const m of members) chat.members.set(m.id, { user: m, status: 'member', rights: NO_RIGHTS });
    // The state the forum starts in: no update for it.
    if (bot) chat.members.set(bot.id, botMember(bot, rights));
    return chat.json as Chat.SupergroupChat;
  }

  function setRights(chat: unknown, rights: unknown, bot?: unknown): void {
    const helper = 'setRights';
    const group = check.groupOf(world, helper, 'chat', chat);
    const given = check.rights(helper, 'rights', rights, ['member', 'left'] as const);
    const member = check.botOf(world, helper, 'bot', bot, first());
    changeMember(world, delivery, group, botMember(member, given), ownerOf(group) ?? member.user);
  }

  function addMember(chat: unknown, user: unknown, status: unknown = 'member'): void {
    const helper = 'addMember';
    const group = check.groupOf(world, helper, 'chat', chat);
    const member = check.userOf(world, helper, 'user', user);
    if (status !== 'member' && status !== 'administrator') {
      throw check.argumentError(helper, 'status', "'member' or 'administrator'", status);
    }
    const rights = status === 'administrator' ? ALL_RIGHTS : NO_RIGHTS;
    // A user who joins adds themselves; an administrator is promoted by the owner.
    const from = status === 'administrator' ? (ownerOf(group) ?? member) : member;
    changeMember(world, delivery, group, { user: member, status, rights }, from);
  }

  return { createBot, createUser, createForum, setRights, addMember };
}
