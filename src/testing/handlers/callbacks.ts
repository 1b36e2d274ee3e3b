import type { Reader } from '../args.js';
import { fail, orFail } from '../failures.js';
import { readBotCommands, readCommandScope } from '../server/params.js';
import type { Context, HandlerTable } from './context.js';
import { chatByText } from './resolve.js';

/**
 * `scope` as `Client::get_bot_command_scope` reads it; a scope naming a chat needs that chat
 * (`Client::check_bot_command_scope`, read access).
 */
function checkScope(ctx: Context, p: Reader<'scope'>): void {
  const scope = orFail(readCommandScope(p.str('scope')));
  if ('chatId' in scope) chatByText(ctx, scope.chatId, 'read');
}

/** Callback queries (answers) and the bot's command list. @internal */
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

  setMyCommands(ctx, p) {
    // Client.cpp process_set_my_commands_query: the commands before the scope.
    const commands = orFail(readBotCommands(p.str('commands')));
    checkScope(ctx, p);
    ctx.bot.commands = commands;
    return true;
  },

  getMyCommands(ctx, p) {
    checkScope(ctx, p);
    return ctx.bot.commands;
  },

  deleteMyCommands(ctx, p) {
    checkScope(ctx, p);
    ctx.bot.commands = [];
    return true;
  },
} satisfies HandlerTable;
