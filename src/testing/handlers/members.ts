import type { Result } from '../../types/methods.js';
import { fail } from '../failures.js';
import { absent, isPresent, memberJson, NO_RIGHTS } from '../state/chats.js';
import { changeMember, checkRestrict } from './common.js';
import type { HandlerTable } from './context.js';
import { chatOf, userIdOf, userOf } from './resolve.js';

/** Members, their rights and status: reading them, banning, unbanning, leaving. @internal */
export const memberHandlers = {
  getChatMember(ctx, p) {
    // Client.cpp process_get_chat_member_query: the user id first, then the chat.
    const id = userIdOf(p, 'user_id');
    const chat = chatOf(ctx, p, 'chat_id', 'read');
    const user = userOf(ctx, p);
    if (chat.type === 'private') return memberJson({ user, status: 'member', rights: NO_RIGHTS });
    return memberJson(chat.members.get(id) ?? absent(user), ctx.bot.id);
  },

  getChatAdministrators(ctx, p) {
    const chat = chatOf(ctx, p, 'chat_id', 'read');
    if (chat.type === 'private') throw fail('privateAdministrators');
    // Other bots only with return_bots (Client.cpp JsonChatMembers); the calling bot always.
    const bots = p.bool('return_bots');
    return [...chat.members.values()]
      .filter((m) => m.status === 'creator' || m.status === 'administrator')
      .filter((m) => bots || m.user.is_bot !== true || m.user.id === ctx.bot.id)
      .map((m) => memberJson(m, ctx.bot.id)) as Result<'getChatAdministrators'>;
  },

  getChatMemberCount(ctx, p) {
    const chat = chatOf(ctx, p, 'chat_id', 'read');
    // Client.cpp process_get_chat_member_count_query: a private chat counts the user and the bot.
    if (chat.type === 'private') return 2;
    let count = 0;
    for (const m of chat.members.values()) if (isPresent(m)) count++;
    return count;
  },

  banChatMember(ctx, p) {
    userIdOf(p, 'user_id');
    const chat = chatOf(ctx, p, 'chat_id');
    if (chat.type === 'private') throw fail('privateBan');
    const user = userOf(ctx, p);
    checkRestrict(ctx, chat, user.id, true);
    changeMember(ctx, chat, { user, status: 'kicked', rights: NO_RIGHTS });
    if (p.bool('revoke_messages')) {
      for (const [id, s] of chat.messages) if (s.senderId === user.id) chat.messages.delete(id);
    }
    return true;
  },

  unbanChatMember(ctx, p) {
    userIdOf(p, 'user_id');
    const chat = chatOf(ctx, p, 'chat_id');
    if (chat.type !== 'supergroup') throw fail('supergroupOnly');
    const user = userOf(ctx, p);
    const current = chat.members.get(user.id);
    // `only_if_banned`: nothing to do unless banned. Otherwise the member's status becomes "left",
    // which removes a member (and makes the bot itself leave).
    if (p.bool('only_if_banned') && current?.status !== 'kicked') return true;
    if (user.id !== ctx.bot.id) checkRestrict(ctx, chat, user.id, false);
    if (current && current.status !== 'left') changeMember(ctx, chat, absent(user));
    return true;
  },

  leaveChat(ctx, p) {
    const chat = chatOf(ctx, p, 'chat_id', 'read');
    if (chat.type === 'private') throw fail('privateLeave');
    changeMember(ctx, chat, absent(ctx.bot.user));
    return true;
  },
} satisfies HandlerTable;
