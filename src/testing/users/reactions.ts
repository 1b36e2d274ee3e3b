import type { Delivery } from '../delivery/index.js';
import { NO_RIGHTS } from '../state/chats.js';
import { REACTION_EMOJI, reactionUpdate, setReactions } from '../state/reactions.js';
import type { BotState, Json, World } from '../state/types.js';
import { nextId } from '../state/world.js';
import * as check from './coerce.js';
import { chatOfMessage, checkPermission, privateFor } from './common.js';

const QUERY_OPTIONS = ['offset', 'chat_type', 'location', 'bot'];
const CHAT_TYPES = ['sender', 'private', 'group', 'supergroup', 'channel'];

/** One reaction: an emoji Telegram offers, or a `ReactionType` object (emoji or custom emoji). */
function reactionOf(helper: string, arg: string, value: unknown): Json {
  const expected = 'a reaction emoji (e.g. "👍") or a ReactionType';
  if (typeof value === 'string') {
    if (!REACTION_EMOJI.has(value)) throw check.argumentError(helper, arg, expected, value);
    return { type: 'emoji', emoji: value };
  }
  const given = value as Json | null;
  if (typeof given === 'object' && given !== null && given.type === 'emoji')
    return reactionOf(helper, arg, given.emoji);
  if (typeof given === 'object' && given !== null && given.type === 'custom_emoji') {
    if (typeof given.custom_emoji_id !== 'string' || !/^\d+$/.test(given.custom_emoji_id)) {
      throw check.argumentError(
        helper,
        `${arg}.custom_emoji_id`,
        'a custom emoji id (a numeric string)',
        given.custom_emoji_id,
      );
    }
    return { type: 'custom_emoji', custom_emoji_id: given.custom_emoji_id };
  }
  throw check.argumentError(helper, arg, expected, value);
}

/**
 * Users reacting to messages and sending inline queries. Reactions reach the administrator bots
 * of a group (or the bot of a private chat) as `message_reaction`, only when they ask for it in
 * `allowed_updates`, as on Telegram; an inline query reaches its bot as `inline_query`.
 * @internal
 */
export function createReactionActions(world: World, delivery: Delivery, first: () => BotState) {
  function userReacts(user: unknown, message: unknown, reaction: unknown): void {
    const helper = 'userReacts';
    const who = check.userOf(world, helper, 'user', user);
    const { chat, stored } = chatOfMessage(world, helper, 'message', message);
    const list = Array.isArray(reaction) ? reaction : [reaction];
    const reactions = list.map((item, i) =>
      reactionOf(helper, Array.isArray(reaction) ? `reaction[${i}]` : 'reaction', item),
    );
    if (chat.type === 'private') {
      if (chat.user?.id !== who.id)
        throw new Error(`${helper}: message ${stored.msg.message_id} is in another user's chat`);
      privateFor(world, helper, who, world.botsById.get(chat.botId ?? 0)!);
    } else {
      const member = chat.members.get(who.id);
      if (member?.status === 'kicked') throw new Error(`${helper}: user ${who.id} is banned from chat ${chat.id}`);
      if (!member || member.status === 'left')
        chat.members.set(who.id, { user: who, status: 'member', rights: NO_RIGHTS });
      checkPermission(helper, chat, who, 'can_react_to_messages');
    }
    const old = setReactions(stored, who.id, reactions);
    if (JSON.stringify(old) === JSON.stringify(reactions)) return;
    const payload = reactionUpdate(world, chat, stored, who, old, reactions);
    delivery.deliver({ kind: 'message_reaction', payload }, { to: 'admins', chat });
  }

  function userSendsInlineQuery(user: unknown, query: unknown, options?: unknown): string {
    const helper = 'userSendsInlineQuery';
    const who = check.userOf(world, helper, 'user', user);
    if (typeof query !== 'string') throw check.argumentError(helper, 'query', 'a string (may be empty)', query);
    if (Array.from(query).length > 256) throw new RangeError(`${helper}: query is longer than 256 characters`);
    const opts = check.options<{ offset?: unknown; chat_type?: unknown; location?: unknown; bot?: unknown }>(
      helper,
      'options',
      options,
      QUERY_OPTIONS,
    );
    const bot = check.botOf(world, helper, 'options.bot', opts.bot, first());
    if (!bot.me.supports_inline_queries) {
      throw new Error(
        `${helper}: @${bot.user.username} has no inline mode; create it with supports_inline_queries: true`,
      );
    }
    if (opts.offset !== undefined && typeof opts.offset !== 'string') {
      throw check.argumentError(helper, 'options.offset', 'a string', opts.offset);
    }
    if (opts.chat_type !== undefined && !CHAT_TYPES.includes(opts.chat_type as string)) {
      throw check.argumentError(helper, 'options.chat_type', `one of ${CHAT_TYPES.join(', ')}`, opts.chat_type);
    }
    const id = String(nextId(world, 'inlineQuery'));
    world.inlineQueries.set(id, { botId: bot.id, userId: who.id, at: world.now(), answer: undefined });
    const payload: Json = { id, from: who, query, offset: (opts.offset as string | undefined) ?? '' };
    if (opts.chat_type !== undefined) payload.chat_type = opts.chat_type;
    if (opts.location !== undefined) {
      const place = check.options<{ latitude?: unknown; longitude?: unknown }>(
        helper,
        'options.location',
        opts.location,
        ['latitude', 'longitude'],
      );
      if (typeof place.latitude !== 'number' || typeof place.longitude !== 'number') {
        throw check.argumentError(helper, 'options.location', 'an object with numeric latitude and longitude', place);
      }
      payload.location = { latitude: place.latitude, longitude: place.longitude };
    }
    delivery.deliver({ kind: 'inline_query', payload }, { to: 'bot', bot });
    return id;
  }

  return { userReacts, userSendsInlineQuery };
}
