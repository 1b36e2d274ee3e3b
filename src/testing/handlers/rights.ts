import type { ChatAdministratorRights } from '../../types/botApi.js';
import type { Reader } from '../args.js';
import { fail, orFail, serverFailure } from '../failures.js';
import { Fields } from '../server/jsonFields.js';
import { prefixed } from '../server/outcome.js';
import { botSettings } from '../state/botSettings.js';
import { NO_RIGHTS, RIGHT_NAMES } from '../state/chats.js';
import { chatPermissions, rightsJson, samePermissions } from '../state/members.js';
import type { AdminRights, Member, Permissions } from '../state/types.js';
import { unixTime } from '../state/world.js';
import { changeMember, checkRestrict } from './common.js';
import type { Context, HandlerTable } from './context.js';
import { readLegacyPermissions, readPermissions } from './permissions.js';
import { can, chatOf, knownUser, userIdOf } from './resolve.js';

/** The rights a `promoteChatMember` call asks for (Client.cpp process_promote_chat_member_query). */
function requestedRights(p: Reader<keyof AdminRights>, voiceChats: boolean): AdminRights {
  const rights = {} as AdminRights;
  for (const name of RIGHT_NAMES) rights[name] = p.bool(name);
  // `can_manage_voice_chats` is the old name of `can_manage_video_chats`.
  if (voiceChats) rights.can_manage_video_chats = true;
  return rights;
}

/** A title or a tag: 0-16 characters without emoji (Telegram's own check: `*_INVALID`, `*_EMOJI_NOT_ALLOWED`). */
function checkLabel(text: string, kind: 'CUSTOM_TITLE' | 'TAG'): void {
  if (Array.from(text).length > 16) throw serverFailure(`${kind}_INVALID`);
  if (/\p{Extended_Pictographic}/u.test(text)) throw serverFailure(`${kind}_EMOJI_NOT_ALLOWED`);
}

/** `until_date` of a restriction: less than 30 s or more than 366 days from now means forever (Bot API docs). */
function untilDate(ctx: Context, given: number): number {
  const now = unixTime(ctx.world);
  return given - now < 30 || given - now > 366 * 86400 ? 0 : given;
}

/** The default administrator rights of `setMyDefaultAdministratorRights` (Client.cpp get_chat_administrator_rights). */
function defaultRights(p: Reader<'rights'>): ChatAdministratorRights | undefined {
  const node = p.jsonParam('rights');
  if (node?.kind !== 'object') return undefined;
  const fields = new Fields(node);
  const out: Record<string, boolean> = {};
  const names = [
    'can_manage_chat',
    'can_change_info',
    'can_post_messages',
    'can_edit_messages',
    'can_delete_messages',
    'can_invite_users',
    'can_restrict_members',
    'can_pin_messages',
    'can_manage_topics',
    'can_promote_members',
    'can_manage_video_chats',
    'can_post_stories',
    'can_edit_stories',
    'can_delete_stories',
    'can_manage_direct_messages',
    'can_manage_tags',
    'is_anonymous',
  ];
  for (const name of names) {
    out[name] = orFail(prefixed(fields.bool(name), "Can't parse ChatAdministratorRights: "));
  }
  // TDLib (AdministratorRights): any right implies can_manage_chat.
  if (names.some((name) => name !== 'is_anonymous' && out[name])) out.can_manage_chat = true;
  return out as unknown as ChatAdministratorRights;
}

/** Promoting, restricting and labelling members; chat permissions; the bot's default rights. @internal */
export const rightsHandlers = {
  // Client.cpp process_promote_chat_member_query; TDLib DialogParticipantManager
  // set_channel_participant_status_impl and promote_channel_participant.
  promoteChatMember(ctx, p) {
    const userId = userIdOf(p, 'user_id');
    const rights = requestedRights(p, p.bool('can_manage_voice_chats'));
    const chat = chatOf(ctx, p, 'chat_id');
    if (chat.type !== 'supergroup') throw fail('supergroupOnly');
    const user = knownUser(ctx, userId);
    const current = chat.members.get(userId);
    const promotion = RIGHT_NAMES.some((name) => rights[name]) || p.bool('can_manage_chat');
    if (current?.status === 'creator') throw fail('cantRemoveOwner');
    // No right for someone who is no administrator: nothing changes.
    if (!promotion && current?.status !== 'administrator') return true;
    if (userId === ctx.bot.id) {
      if (promotion) throw fail('cantPromoteSelf');
    } else if (!can(ctx, chat, 'can_promote_members')) throw fail('notEnoughRights');
    // Telegram's own checks: an administrator promoted by someone else, a right the bot lacks.
    if (current?.status === 'administrator' && current.promotedBy !== ctx.bot.id && userId !== ctx.bot.id) {
      throw serverFailure('CHAT_ADMIN_REQUIRED');
    }
    if (promotion) {
      for (const name of RIGHT_NAMES) {
        if (name !== 'is_anonymous' && rights[name] && !can(ctx, chat, name)) throw serverFailure('RIGHT_FORBIDDEN');
      }
      const member: Member = { user, status: 'administrator', rights, promotedBy: ctx.bot.id };
      if (current?.status === 'administrator' && current.custom_title) member.custom_title = current.custom_title;
      changeMember(ctx, chat, member);
    } else changeMember(ctx, chat, { user, status: 'member', rights: NO_RIGHTS });
    return true;
  },

  // Client.cpp process_restrict_chat_member_query; TDLib restrict_channel_participant.
  restrictChatMember(ctx, p) {
    const userId = userIdOf(p, 'user_id');
    const until = p.int32('until_date') ?? 0;
    const independent = p.bool('use_independent_chat_permissions');
    const read = p.has('permissions') ? readPermissions(p, independent) : readLegacyPermissions(p, independent);
    const chat = chatOf(ctx, p, 'chat_id');
    if (chat.type !== 'supergroup') throw fail('supergroupsOnly');
    const user = knownUser(ctx, userId);
    const current = chat.members.get(userId);
    let permissions: Permissions = read.permissions;
    if (read.legacy && current?.status === 'restricted' && current.permissions) {
      // A partial legacy call keeps the member's other permissions.
      const old = current.permissions;
      permissions = {
        ...permissions,
        can_send_polls: old.can_send_polls,
        can_change_info: old.can_change_info,
        can_invite_users: old.can_invite_users,
        can_pin_messages: old.can_pin_messages,
        can_manage_topics: old.can_manage_topics,
      };
    }
    checkRestrict(ctx, chat, userId, true);
    const isMember = current !== undefined && current.status !== 'left' && current.status !== 'kicked';
    const inChat = current?.status === 'restricted' ? current.is_member !== false : isMember;
    const free = samePermissions(permissions, chatPermissions(chat));
    const member: Member = free
      ? { user, status: inChat ? 'member' : 'left', rights: NO_RIGHTS }
      : {
          user,
          status: 'restricted',
          rights: NO_RIGHTS,
          permissions,
          until_date: untilDate(ctx, until),
          is_member: inChat,
        };
    if (current?.tag && inChat) member.tag = current.tag;
    changeMember(ctx, chat, member);
    return true;
  },

  // Client.cpp process_set_chat_permissions_query; TDLib DialogManager::set_dialog_permissions.
  setChatPermissions(ctx, p) {
    // Without `permissions` every permission is false: the chat becomes read-only.
    const independent = p.bool('use_independent_chat_permissions');
    const { permissions } = readPermissions(p, independent);
    const chat = chatOf(ctx, p, 'chat_id');
    if (chat.type === 'private') throw fail('privatePermissions');
    if (!can(ctx, chat, 'can_restrict_members')) throw fail('rightsPermissions');
    if (!samePermissions(permissions, chatPermissions(chat))) chat.permissions = permissions;
    return true;
  },

  // Client.cpp process_set_chat_administrator_custom_title_query.
  setChatAdministratorCustomTitle(ctx, p) {
    const userId = userIdOf(p, 'user_id');
    const chat = chatOf(ctx, p, 'chat_id');
    if (chat.type !== 'supergroup') throw fail('groupsOnly');
    const member = chat.members.get(knownUser(ctx, userId).id);
    if (member?.status === 'creator') throw fail('ownerTitle');
    if (member?.status !== 'administrator') throw fail('notAnAdministrator');
    if (member.promotedBy !== ctx.bot.id) throw fail('rightsCustomTitle');
    const title = p.str('custom_title') ?? '';
    checkLabel(title, 'CUSTOM_TITLE');
    changeMember(ctx, chat, { ...member, custom_title: title || undefined });
    return true;
  },

  // Client.cpp process_set_chat_member_tag_query; TDLib set_dialog_participant_rank. Who may tag
  // whom is Telegram's own rule: the bot needs can_manage_tags; an administrator's tag is their
  // custom title and only the bot that promoted them may change it.
  setChatMemberTag(ctx, p) {
    const userId = userIdOf(p, 'user_id');
    const chat = chatOf(ctx, p, 'chat_id');
    if (chat.type !== 'supergroup') throw fail('groupsOnly');
    const user = knownUser(ctx, userId);
    const tag = p.str('tag') ?? '';
    if (!can(ctx, chat, 'can_manage_tags')) throw serverFailure('CHAT_ADMIN_REQUIRED');
    checkLabel(tag, 'TAG');
    const member = chat.members.get(user.id);
    if (!member || member.status === 'left' || member.status === 'kicked') throw serverFailure('USER_NOT_PARTICIPANT');
    if (member.status === 'creator' || (member.status === 'administrator' && member.promotedBy !== ctx.bot.id)) {
      throw serverFailure('TAG_CHANGE_FORBIDDEN');
    }
    const changed: Member =
      member.status === 'administrator'
        ? { ...member, custom_title: tag || undefined }
        : { ...member, tag: tag || undefined };
    changeMember(ctx, chat, changed);
    return true;
  },

  // Client.cpp process_set_my_default_administrator_rights_query: no `rights` clears them.
  setMyDefaultAdministratorRights(ctx, p) {
    const forChannels = p.bool('for_channels');
    const rights = defaultRights(p);
    const settings = botSettings(ctx.bot);
    if (forChannels) settings.channelRights = rights;
    else settings.groupRights = rights;
    return true;
  },

  // TdOnGetMyDefaultAdministratorRightsCallback: the rights in the shape of the chat type asked for.
  getMyDefaultAdministratorRights(ctx, p) {
    const forChannels = p.bool('for_channels');
    const settings = botSettings(ctx.bot);
    const rights = (forChannels ? settings.channelRights : settings.groupRights) ?? {};
    return rightsJson(rights as unknown as Record<string, boolean>, forChannels) as unknown as ChatAdministratorRights;
  },
} satisfies HandlerTable;
