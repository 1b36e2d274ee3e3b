import type { Chat, User } from '../../types/botApi.js';
import type { Delivery } from '../delivery/index.js';
import { isValidToken } from '../http/serve.js';
import { ALL_RIGHTS, addGroup, NO_RIGHTS, ownerOf, setMember } from '../state/chats.js';
import type { AdminRights, BotState, ChatState, Member, UserJson, World } from '../state/types.js';
import { nextId } from '../state/world.js';
import type { BotOptions, EmulatedBot, ForumOptions, UserOptions } from '../types.js';
import * as check from './coerce.js';

const BOT_OPTIONS = ['token', 'username', 'first_name', 'has_topics_enabled', 'can_read_all_group_messages'];
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
  if (update) delivery.deliver({ kind: 'chat_member', payload: update }, { to: 'membership', chat, userId: member.user.id });
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
    const opts = check.options<BotOptions>('createBot', 'options', options, BOT_OPTIONS);
    const username = optionalString('createBot', 'options.username', opts.username);
    const firstName = optionalString('createBot', 'options.first_name', opts.first_name);
    const topics = optionalBoolean('createBot', 'options.has_topics_enabled', opts.has_topics_enabled);
    const readAll = optionalBoolean('createBot', 'options.can_read_all_group_messages', opts.can_read_all_group_messages);
    let token = optionalString('createBot', 'options.token', opts.token);
    let id: number;
    if (token !== undefined) {
      if (!isValidToken(token)) throw new TypeError('createBot: options.token must look like "123:ABC"');
      id = Number(token.slice(0, token.indexOf(':')));
      if (world.users.has(id)) throw new Error(`createBot: there is already a bot or user with id ${id}`);
    } else {
      id = nextId(world, 'bot');
      token = `${id}:AA${id.toString(36).padEnd(10, 'x')}_emulator-token-${world.bots.size + 1}`;
    }
    const n = world.bots.size + 1;
    const name = username ?? (n === 1 ? 'emulator_bot' : `emulator_bot${n}`);
    const user = { id, is_bot: true, first_name: firstName ?? 'Emulator Bot', username: name };
    const bot: BotState = {
      id,
      token,
      user,
      me: {
        ...user,
        can_join_groups: true,
        can_read_all_group_messages: readAll ?? false,
        supports_inline_queries: false,
        can_connect_to_business: false,
        has_main_web_app: false,
        has_topics_enabled: topics ?? false,
        allows_users_to_create_topics: false,
      },
      firstUpdateId: 100_000_001 + n * 1_000_000,
      commands: [],
    };
    world.bots.set(token, bot);
    world.botsById.set(id, bot);
    world.users.set(id, user);
    return { token, id, username: name, user: user as unknown as User };
  }

  function createUser(options: UserOptions = {}): User {
    const opts = check.options<UserOptions>('createUser', 'options', options, USER_OPTIONS);
    let id: number;
    if (opts.id !== undefined) {
      id = check.userId('createUser', 'options.id', opts.id);
      if (world.users.has(id)) throw new Error(`createUser: there is already a user or bot with id ${id}`);
    } else {
      do id = nextId(world, 'user');
      while (world.users.has(id));
    }
    const user: UserJson = {
      id,
      is_bot: false,
      first_name: optionalString('createUser', 'options.first_name', opts.first_name) ?? `User ${world.users.size}`,
    };
    for (const key of ['last_name', 'username', 'language_code'] as const) {
      const value = optionalString('createUser', `options.${key}`, opts[key]);
      if (value !== undefined) user[key] = value;
    }
    world.users.set(id, user);
    return user as unknown as User;
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

  return { createBot, createUser, createForum, setRights, addMember, changeMember };
}
