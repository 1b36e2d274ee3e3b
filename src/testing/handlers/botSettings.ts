import type { Result } from '../../types/methods.js';
import type { Reader } from '../args.js';
import { fail, orFail, serverFailure } from '../failures.js';
import { integerArg } from '../server/integers.js';
import { Fields, type JsonObjectNode } from '../server/jsonFields.js';
import { type Outcome, prefixed } from '../server/outcome.js';
import { type CommandScope, readBotCommands, readCommandScope } from '../server/params.js';
import { botSettings, forLanguage } from '../state/botSettings.js';
import type { Json } from '../state/types.js';
import type { Context, HandlerTable } from './context.js';
import { chatByText, knownUser, userIdOf } from './resolve.js';

/** TDLib `validate_bot_language_code` (td/telegram/misc.cpp): empty, or two lower-case letters. */
function languageOf(p: Reader<'language_code'>): string {
  const code = p.str('language_code') ?? '';
  if (code !== '' && !/^[a-z]{2}$/.test(code)) throw fail('languageCodeInvalid');
  return code;
}

/**
 * The key commands are kept under: the scope, then the language, checked in that order. The
 * scope's chat is checked like `check_chat` with read access (Client.cpp `check_bot_command_scope`),
 * then TDLib allows only the `chat` scope for a private chat (td/telegram/BotCommandScope.cpp
 * `get_bot_command_scope`); then the language (td/telegram/BotCommand.cpp `set_commands`).
 */
function commandsKey(ctx: Context, scope: CommandScope, p: Reader<'language_code'>): string {
  let where: string = scope.type;
  if ('chatId' in scope) {
    const chat = chatByText(ctx, scope.chatId, 'read');
    if (chat.type === 'private' && scope.type !== 'chat') throw fail('scopeInPrivateChat');
    where += `:${chat.id}${scope.type === 'chat_member' ? `:${scope.userId}` : ''}`;
  }
  return `${where}|${languageOf(p)}`;
}

/** `Client::get_bot_menu_button`: absent is the default button; `web_app` needs a text and a URL. */
function menuButtonOf(p: Reader<'menu_button'>): Json {
  const node = p.jsonParam('menu_button');
  if (node?.kind !== 'object') return { type: 'default' };
  const fields = new Fields(node);
  const inner = <T>(outcome: Outcome<T>): T => orFail(prefixed(outcome, "Can't parse menu button: "));
  const type = inner(fields.string('type', true));
  if (type === 'default' || type === 'commands') return { type };
  if (type !== 'web_app') throw serverFailure("Can't parse menu button: MenuButton has unsupported type");
  const text = inner(fields.string('text', true));
  const webApp = inner(fields.typed('web_app', 'object', true));
  const url = inner(new Fields(webApp as JsonObjectNode).string('url', true));
  // TDLib BotMenuButton: a web app button needs a text.
  if (text === '') throw fail('menuButtonTextEmpty');
  return { type: 'web_app', text, web_app: { url } };
}

/** A text setting of the bot (`name`, `description`, `short_description`) per language. */
function textSetting<K extends 'names' | 'descriptions' | 'shortDescriptions'>(key: K) {
  return {
    set(ctx: Context, value: string | undefined, language: string): true {
      const texts = botSettings(ctx.bot)[key];
      if (value) texts.set(language, value);
      else texts.delete(language);
      return true;
    },
    get(ctx: Context, language: string): string {
      return forLanguage(botSettings(ctx.bot)[key], language);
    },
  };
}

const names = textSetting('names');
const descriptions = textSetting('descriptions');
const shortDescriptions = textSetting('shortDescriptions');

/** What the bot says about itself: commands by scope, names, descriptions, menu buttons; users' profile photos. @internal */
export const botSettingsHandlers = {
  // Client.cpp process_set_my_commands_query: commands, then scope, then the language.
  setMyCommands(ctx, p) {
    const commands = orFail(readBotCommands(p.str('commands')));
    const scope = orFail(readCommandScope(p.str('scope')));
    const key = commandsKey(ctx, scope, p);
    const lists = botSettings(ctx.bot).commands;
    if (commands.length > 0) lists.set(key, commands);
    else lists.delete(key);
    return true;
  },

  // Exactly the list of that scope and language (no fallback: Bot API docs).
  getMyCommands(ctx, p) {
    const scope = orFail(readCommandScope(p.str('scope')));
    const key = commandsKey(ctx, scope, p);
    return structuredClone(botSettings(ctx.bot).commands.get(key) ?? []);
  },

  deleteMyCommands(ctx, p) {
    const scope = orFail(readCommandScope(p.str('scope')));
    botSettings(ctx.bot).commands.delete(commandsKey(ctx, scope, p));
    return true;
  },

  setMyName: (ctx, p) => names.set(ctx, p.str('name'), languageOf(p)),
  getMyName: (ctx, p) => ({ name: names.get(ctx, languageOf(p)) }),
  setMyDescription: (ctx, p) => descriptions.set(ctx, p.str('description'), languageOf(p)),
  getMyDescription: (ctx, p) => ({ description: descriptions.get(ctx, languageOf(p)) }),
  setMyShortDescription: (ctx, p) => shortDescriptions.set(ctx, p.str('short_description'), languageOf(p)),
  getMyShortDescription: (ctx, p) => ({ short_description: shortDescriptions.get(ctx, languageOf(p)) }),

  // Client.cpp process_set_chat_menu_button_query: `chat_id` is a user id here (`invalid chat_id
  // specified`, then `user not found`); absent, it sets the default of all private chats.
  setChatMenuButton(ctx, p) {
    const button = menuButtonOf(p);
    const userId = p.has('chat_id') ? knownUser(ctx, userIdOf(p, 'chat_id')).id : 0;
    botSettings(ctx.bot).menuButtons.set(userId, button);
    return true;
  },

  // A user's own button, else the default one, else Telegram's default button.
  getChatMenuButton(ctx, p) {
    const userId = p.has('chat_id') ? knownUser(ctx, userIdOf(p, 'chat_id')).id : 0;
    const buttons = botSettings(ctx.bot).menuButtons;
    const button = buttons.get(userId) ?? buttons.get(0) ?? { type: 'default' };
    return structuredClone(button) as unknown as Result<'getChatMenuButton'>;
  },

  // Client.cpp process_get_user_profile_photos_query: offset ≥ 0, limit 1-100 (default 100).
  getUserProfilePhotos(ctx, p) {
    const userId = userIdOf(p, 'user_id');
    const offset = integerArg(p.str('offset'), 0, 0);
    const limit = integerArg(p.str('limit'), 100, 1, 100);
    const user = knownUser(ctx, userId);
    const photos = ctx.world.profilePhotos.get(user.id) ?? [];
    return {
      total_count: photos.length,
      photos: photos.slice(offset, offset + limit).map((sizes) =>
        sizes.map((file, i) => ({
          file_id: file.file_id,
          file_unique_id: file.file_unique_id,
          file_size: file.bytes.length,
          width: 160 * 2 ** i,
          height: 160 * 2 ** i,
        })),
      ),
    };
  },
} satisfies HandlerTable;
