import type { Update, User } from '../../types/botApi.js';
import type { ChatState, Json, Stored, UserJson, World } from './types.js';
import { unixTime } from './world.js';

/** The emoji Telegram offers as reactions (Bot API docs, ReactionTypeEmoji). @internal */
export const REACTION_EMOJI: ReadonlySet<string> = new Set([
  '👍',
  '👎',
  '❤',
  '🔥',
  '🥰',
  '👏',
  '😁',
  '🤔',
  '🤯',
  '😱',
  '🤬',
  '😢',
  '🎉',
  '🤩',
  '🤮',
  '💩',
  '🙏',
  '👌',
  '🕊',
  '🤡',
  '🥱',
  '🥴',
  '😍',
  '🐳',
  '❤‍🔥',
  '🌚',
  '🌭',
  '💯',
  '🤣',
  '⚡',
  '🍌',
  '🏆',
  '💔',
  '🤨',
  '😐',
  '🍓',
  '🍾',
  '💋',
  '🖕',
  '😈',
  '😴',
  '😭',
  '🤓',
  '👻',
  '👨‍💻',
  '👀',
  '🎃',
  '🙈',
  '😇',
  '😨',
  '🤝',
  '✍',
  '🤗',
  '🫡',
  '🎅',
  '🎄',
  '☃',
  '💅',
  '🤪',
  '🗿',
  '🆒',
  '💘',
  '🙉',
  '🦄',
  '😘',
  '💊',
  '🙊',
  '😎',
  '👾',
  '🤷‍♂',
  '🤷',
  '🤷‍♀',
  '😡',
]);

/**
 * Sets the reactions of a user (or bot) on a message (an empty list removes them) and returns
 * the ones it had before.
 * @internal
 */
export function setReactions(stored: Stored, actorId: number, reactions: Json[]): Json[] {
  stored.reactions ??= new Map();
  const old = stored.reactions.get(actorId) ?? [];
  if (reactions.length > 0) stored.reactions.set(actorId, reactions);
  else stored.reactions.delete(actorId);
  return old;
}

/**
 * The `message_reaction` payload of a change (telegram-bot-api/Client.cpp
 * `JsonMessageReactionUpdated`): chat, message, who, when, before and after.
 * @internal
 */
export function reactionUpdate(
  world: World,
  chat: ChatState,
  stored: Stored,
  actor: UserJson,
  old: Json[],
  now: Json[],
): NonNullable<Update['message_reaction']> {
  return {
    chat: chat.json,
    message_id: stored.msg.message_id,
    user: actor as unknown as User,
    date: unixTime(world),
    old_reaction: structuredClone(old),
    new_reaction: structuredClone(now),
  } as unknown as NonNullable<Update['message_reaction']>;
}
