import type { Reader } from '../args.js';
import { fail, serverFailure } from '../failures.js';
import { Fields } from '../server/jsonFields.js';
import type { Outcome } from '../server/outcome.js';
import { REACTION_EMOJI, setReactions } from '../state/reactions.js';
import type { Json } from '../state/types.js';
import type { HandlerTable } from './context.js';
import { chatOf, messageOf } from './resolve.js';

/**
 * `reaction` (Client.cpp get_reaction_types, get_reaction_type): absent or empty removes the
 * reactions; each item is `{ type: 'emoji', emoji }` or `{ type: 'custom_emoji', custom_emoji_id }`.
 */
function reactionsOf(p: Reader<'reaction'>): Json[] {
  const list = p.jsonParam('reaction');
  return (list?.kind === 'array' ? list.items : []).map((item) => {
    if (item.kind !== 'object') throw fail('reactionType', 'expected an Object');
    const fields = new Fields(item);
    const inner = <T>(outcome: Outcome<T>): T => {
      if (!outcome.ok) throw fail('reactionType', outcome.error.message);
      return outcome.value;
    };
    const type = inner(fields.string('type', true));
    if (type === 'emoji') return { type, emoji: inner(fields.string('emoji', true)) };
    if (type === 'custom_emoji') return { type, custom_emoji_id: String(inner(fields.long('custom_emoji_id', true))) };
    throw fail('reactionType', 'invalid reaction type specified');
  });
}

/** Reactions of the bot itself. @internal */
export const reactionHandlers = {
  // Client.cpp process_set_message_reaction_query: the reactions are read first, then the
  // message (`message to react not found`). Telegram's own rules for bots: one reaction at
  // most (REACTIONS_TOO_MANY), only the standard emoji (REACTION_INVALID).
  setMessageReaction(ctx, p) {
    const reactions = reactionsOf(p);
    const chat = chatOf(ctx, p, 'chat_id', 'read');
    const stored = messageOf(p, chat, 'react');
    if (reactions.length > 1) throw serverFailure('REACTIONS_TOO_MANY');
    for (const reaction of reactions) {
      if (reaction.type !== 'emoji' || !REACTION_EMOJI.has(reaction.emoji as string)) {
        throw serverFailure('REACTION_INVALID');
      }
    }
    // `is_big` only changes the animation users see.
    setReactions(stored, ctx.bot.id, reactions);
    return true;
  },
} satisfies HandlerTable;
