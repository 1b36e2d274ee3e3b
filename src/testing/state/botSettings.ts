import type { BotSettings, BotState } from './types.js';

/** What a bot set about itself (names, descriptions, commands, menu buttons, default rights), created on first use. @internal */
export function botSettings(bot: BotState): BotSettings {
  bot.settings ??= {
    names: new Map(),
    descriptions: new Map(),
    shortDescriptions: new Map(),
    commands: new Map(),
    menuButtons: new Map(),
    groupRights: undefined,
    channelRights: undefined,
  };
  return bot.settings;
}

/** A text a bot set for a language, falling back to the one for all languages (`''`). @internal */
export function forLanguage(texts: ReadonlyMap<string, string>, language: string): string {
  return texts.get(language) ?? texts.get('') ?? '';
}
