import type { Result } from '../../types/methods.js';
import type { Reader } from '../args.js';
import { fail } from '../failures.js';
import { absent, isPresent, memberJson, NO_RIGHTS, setMember } from '../state/chats.js';
import type { ChatState, Member, UserJson } from '../state/types.js';
import type { Context, HandlerTable } from './context.js';
import { can, chatOf, userOf } from './resolve.js';

/** Changes a member on the bot's behalf and tells whoever should hear of it. */
function changeMember(ctx: Context, chat: ChatState, member: Member): void {
  const update = setMember(ctx.world, chat, member, ctx.bot.user);
  if (update) {
    ctx.delivery.deliver({ kind: 'chat_member', payload: update }, { to: 'membership', chat, userId: member.user.id });
  }
}

/** Chat and user of a ban or unban: a group where the bot can restrict members. */
function restrictable(ctx: Context, p: Reader<'chat_id' | 'user_id'>): { chat: ChatState; user: UserJson } {
  const chat = chatOf(ctx, p, 'chat_id');
  const user = userOf(ctx, p);
  if (chat.type === 'private') throw fail('privateMemberStatus');
  if (!can(ctx, chat, 'can_restrict_members')) throw fail('rightsRestrict');
  return { chat, user };
}

/** Members, their rights and status: reading them, banning, unbanning, leaving. @internal */
export const memberHandlers = {
  getChatMember(ctx, p) {
    const chat = chatOf(ctx, p, 'chat_id');
    const user = userOf(ctx, p);
    if (chat.type === 'private') return memberJson({ user, status: 'member', rights: NO_RIGHTS });
    return memberJson(chat.members.get(user.id) ?? absent(user), ctx.bot.id);
  },

  getChatAdministrators(ctx, p) {
    const chat = chatOf(ctx, p, 'chat_id');
    if (chat.type === 'private') throw fail('privateAdministrators');
    // Other bots only with return_bots (Client.cpp JsonChatMembers); the calling bot always.
    const bots = p.bool('return_bots');
    return [...chat.members.values()]
      .filter((m) => m.status === 'creator' || m.status === 'administrator')
      .filter((m) => bots || m.user.is_bot !== true || m.user.id === ctx.bot.id)
      .map((m) => memberJson(m, ctx.bot.id)) as Result<'getChatAdministrators'>;
  },

  getChatMemberCount(ctx, p) {
    const chat = chatOf(ctx, p, 'chat_id');
    if (chat.type === 'private') return 2;
    let count = 0;
    for (const m of chat.members.values()) if (isPresent(m)) count++;
    return count;
  },

  banChatMember(ctx, p) {
    const { chat, user } = restrictable(ctx, p);
    if (user.id === ctx.bot.id) throw fail('cantRemoveOwner');
    const current = chat.members.get(user.id);
    if (current?.status === 'creator') throw fail('cantRemoveOwner');
    changeMember(ctx, chat, { user, status: 'kicked', rights: NO_RIGHTS });
    if (p.bool('revoke_messages')) {
      for (const [id, s] of chat.messages) if (s.senderId === user.id) chat.messages.delete(id);
    }
    return true;
  },

  unbanChatMember(ctx, p) {
    const { chat, user } = restrictable(ctx, p);
    const current = chat.members.get(user.id);
    if (current?.status === 'creator') throw fail('cantRemoveOwner');
    if (current?.status === 'kicked' || (current && !p.bool('only_if_banned'))) changeMember(ctx, chat, absent(user));
    return true;
  },

  leaveChat(ctx, p) {
    const chat = chatOf(ctx, p, 'chat_id');
    if (chat.type === 'private') throw fail('privateMemberStatus');
    changeMember(ctx, chat, absent(ctx.bot.user));
    return true;
  },
} satisfies HandlerTable;
