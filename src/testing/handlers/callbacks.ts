import type { BotCommand } from '../../types/botApi.js';
import { fail } from '../failures.js';
import type { HandlerTable } from './context.js';

/** Callback queries (answers) and the bot's command list. @internal */
export const callbackHandlers = {
  answerCallbackQuery(ctx, p) {
    const query = ctx.world.callbacks.get(p.str('callback_query_id') ?? '');
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

  setMyCommands(ctx, p) {
    const raw = p.json('commands');
    if (raw === undefined || 'error' in raw || !Array.isArray(raw.value)) throw fail('cantParseJson', 'commands');
    ctx.bot.commands = raw.value as BotCommand[];
    return true;
  },

  getMyCommands: (ctx) => ctx.bot.commands,

  deleteMyCommands(ctx) {
    ctx.bot.commands = [];
    return true;
  },
} satisfies HandlerTable;
