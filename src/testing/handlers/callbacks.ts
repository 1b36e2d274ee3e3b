import { fail } from '../failures.js';
import type { HandlerTable } from './context.js';

/** Callback queries: the bot's answers. @internal */
export const callbackHandlers = {
  answerCallbackQuery(ctx, p) {
    // Client.cpp process_answer_callback_query_query reads the id as a number (td::to_integer);
    // which queries are still answerable, and the 200-character limit, are Telegram's rules.
    const query = ctx.world.callbacks.get(String(p.int('callback_query_id') ?? 0));
    const ttl = ctx.world.settings.callbackQueryTtlMs;
    if (!query || query.botId !== ctx.bot.id || query.answer !== undefined || ctx.world.now() - query.at > ttl) {
      throw fail('queryTooOld');
    }
    const answer: { text?: string; show_alert?: boolean; url?: string } = {};
    const text = p.str('text');
    if (text !== undefined) {
      if (Array.from(text).length > 200) throw fail('answerTooLong');
      answer.text = text;
    }
    if (p.bool('show_alert')) answer.show_alert = true;
    const url = p.str('url');
    if (url) answer.url = url;
    query.answer = answer;
    return true;
  },
} satisfies HandlerTable;
