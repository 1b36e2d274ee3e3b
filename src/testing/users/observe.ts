import type { User } from '../../types/botApi.js';
import { activeDraft } from '../state/chatInfo.js';
import { groupByUsername, privateChat } from '../state/chats.js';
import type { BotState, ChatState, World } from '../state/types.js';
import type { InlineAnswer, MessageDraft, MessageReactions } from '../types.js';
import * as check from './coerce.js';
import { chatOfMessage } from './common.js';

/**
 * The helpers that read back what the added methods keep: a bot's answer to an inline query,
 * the reactions on a message, the draft a bot streams to a user. They hand out copies.
 * @internal
 */
export function createObserve(world: World, first: () => BotState) {
  function inlineAnswer(queryId: unknown): InlineAnswer | undefined {
    const helper = 'inlineAnswer';
    if (typeof queryId !== 'string' && !(typeof queryId === 'number' && Number.isSafeInteger(queryId))) {
      throw check.argumentError(helper, 'queryId', 'an inline query id (string or number)', queryId);
    }
    const query = world.inlineQueries.get(String(queryId));
    if (!query) throw new Error(`${helper}: no inline query ${String(queryId)}; userSendsInlineQuery() returns the id`);
    return query.answer === undefined ? undefined : (structuredClone(query.answer) as unknown as InlineAnswer);
  }

  function reactions(message: unknown): MessageReactions[] {
    const { stored } = chatOfMessage(world, 'reactions', 'message', message);
    return [...(stored.reactions ?? new Map()).entries()].map(([id, list]) => ({
      user: structuredClone(world.users.get(id) ?? { id, is_bot: false, first_name: '' }) as unknown as User,
      reaction: structuredClone(list) as MessageReactions['reaction'],
    }));
  }

  function draft(chat: unknown, bot?: unknown): MessageDraft | undefined {
    const helper = 'draft';
    const key = check.chatKey(helper, 'chat', chat);
    if ('username' in key || key.id < 0) {
      const group = 'username' in key ? groupByUsername(world, key.username) : world.chats.get(key.id);
      if (!group) throw new Error(`${helper}: no chat ${String(chat)}`);
      return undefined;
    }
    const user = check.userOf(world, helper, 'chat', key.id);
    const dm: ChatState | undefined = privateChat(world, check.botOf(world, helper, 'bot', bot, first()), user, false);
    const shown = dm && activeDraft(world, dm);
    if (!shown) return undefined;
    const out: MessageDraft = { draft_id: shown.draft_id, text: shown.text };
    if (shown.entities)
      out.entities = structuredClone(shown.entities) as unknown as NonNullable<MessageDraft['entities']>;
    if (shown.thread > 1) out.message_thread_id = shown.thread;
    return out;
  }

  return { inlineAnswer, reactions, draft };
}
