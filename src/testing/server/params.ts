import { idArg, toBool } from './integers.js';
import { decodeJson, type JsonNode } from './json.js';
import { Fields, type JsonObjectNode } from './jsonFields.js';
import { failure, type Outcome, prefixed, success } from './outcome.js';

/**
 * How the official server reads a parameter that holds JSON, per parameter
 * (telegram-bot-api/Client.cpp). `empty` says what an absent or empty parameter means; `notJson`
 * and `wrongType` are the texts for text that does not decode and for a value of the wrong JSON
 * type (`null` included); `undefined` means the server ignores the problem silently.
 * @internal
 */
export interface JsonParameterRule {
  readonly expected: 'object' | 'array';
  readonly empty: 'absent' | 'required' | 'parse';
  /** The text for an absent or empty `required` parameter, when not `Parameter "<name>" is required`. */
  readonly missing?: string;
  readonly notJson: string | undefined;
  readonly wrongType: string | undefined;
  /** The Client.cpp function that reads it. */
  readonly source: string;
}

/** The JSON parameters of the methods the emulator implements. @internal */
export const JSON_PARAMETERS = {
  reply_markup: {
    expected: 'object',
    empty: 'absent',
    notJson: "Can't parse reply keyboard markup JSON object",
    wrongType: 'Object expected as reply markup',
    source: 'Client::get_reply_markup',
  },
  reply_parameters: {
    expected: 'object',
    empty: 'absent',
    notJson: "Can't parse reply parameters JSON object",
    wrongType: 'Object expected as reply parameters',
    source: 'Client::get_reply_parameters',
  },
  link_preview_options: {
    expected: 'object',
    empty: 'absent',
    notJson: "Can't parse link preview options JSON object",
    wrongType: 'Object expected as link preview options',
    source: 'Client::get_link_preview_options',
  },
  entities: {
    expected: 'array',
    empty: 'absent',
    notJson: undefined,
    wrongType: undefined,
    source: 'Client::get_input_entities',
  },
  caption_entities: {
    expected: 'array',
    empty: 'absent',
    notJson: undefined,
    wrongType: undefined,
    source: 'Client::get_input_entities',
  },
  scope: {
    expected: 'object',
    empty: 'absent',
    notJson: "Can't parse BotCommandScope JSON object",
    wrongType: "Can't parse BotCommandScope: BotCommandScope must be an Object",
    source: 'Client::get_bot_command_scope',
  },
  commands: {
    expected: 'array',
    empty: 'absent',
    notJson: "Can't parse commands JSON object",
    wrongType: 'Expected an Array of BotCommand',
    source: 'Client::get_bot_commands',
  },
  media: {
    expected: 'array',
    empty: 'required',
    notJson: "Can't parse media JSON object",
    wrongType: 'Expected an Array of InputMedia',
    source: 'Client::get_input_message_contents',
  },
  options: {
    expected: 'array',
    empty: 'parse',
    notJson: "Can't parse options JSON object",
    wrongType: 'Expected an Array of String as options',
    source: 'Client::get_input_poll_options',
  },
  allowed_updates: {
    expected: 'array',
    empty: 'absent',
    notJson: undefined,
    wrongType: undefined,
    source: 'Client::get_allowed_update_types',
  },
  message_ids: {
    expected: 'array',
    empty: 'required',
    missing: 'Message identifiers are not specified',
    notJson: "Can't parse message_ids JSON object",
    wrongType: 'Expected an Array of message identifiers',
    source: 'Client::get_message_ids',
  },
  // Read only when present (`has_arg`): the empty text is not JSON.
  permissions: {
    expected: 'object',
    empty: 'parse',
    notJson: "Can't parse permissions JSON object",
    wrongType: 'Object expected as permissions',
    source: 'Client::get_chat_permissions',
  },
  rights: {
    expected: 'object',
    empty: 'absent',
    notJson: "Can't parse ChatAdministratorRights JSON object",
    wrongType: "Can't parse ChatAdministratorRights: ChatAdministratorRights must be an Object",
    source: 'Client::get_chat_administrator_rights',
  },
  menu_button: {
    expected: 'object',
    empty: 'absent',
    notJson: "Can't parse menu button JSON object",
    wrongType: "Can't parse menu button: MenuButton must be an Object",
    source: 'Client::get_bot_menu_button',
  },
  button: {
    expected: 'object',
    empty: 'absent',
    notJson: "Can't parse inline query results button JSON object",
    wrongType: "Can't parse inline query results button: InlineQueryResultsButton must be an Object",
    source: 'Client::get_inline_query_results_button',
  },
  reaction: {
    expected: 'array',
    empty: 'absent',
    notJson: "Can't parse reaction types JSON object",
    wrongType: 'Expected an Array of ReactionType',
    source: 'Client::get_reaction_types',
  },
  custom_emoji_ids: {
    expected: 'array',
    empty: 'required',
    notJson: "Can't parse custom emoji identifiers JSON object",
    wrongType: 'Expected an Array of custom emoji identifiers',
    source: 'Client::process_get_custom_emoji_stickers_query',
  },
} as const satisfies Record<string, JsonParameterRule>;

/** A JSON parameter's name. @internal */
export type JsonParameterName = keyof typeof JSON_PARAMETERS;

/**
 * Decodes a JSON parameter by its rule: `undefined` when it is absent (or silently ignored), the
 * decoded value otherwise, or the server's error text. A `required` parameter that is absent or
 * empty is `Parameter "<name>" is required` (`Client::get_required_string_arg`); a `parse`
 * parameter decodes even the empty text (and so fails as not JSON).
 * @internal
 */
export function readJsonParameter(name: JsonParameterName, raw: string | undefined): Outcome<JsonNode | undefined> {
  const rule: JsonParameterRule = JSON_PARAMETERS[name];
  if (raw === undefined || raw === '') {
    if (rule.empty === 'required') return failure(rule.missing ?? `Parameter "${name}" is required`);
    if (rule.empty === 'absent') return success(undefined);
  }
  const decoded = decodeJson(raw ?? '');
  if (!decoded.ok) return rule.notJson === undefined ? success(undefined) : failure(rule.notJson);
  if (decoded.value.kind !== rule.expected)
    return rule.wrongType === undefined ? success(undefined) : failure(rule.wrongType);
  return success(decoded.value);
}

/** The reply target of a send, as the server reads it before checking that it exists. @internal */
export interface ReplyParameters {
  /** `chat_id` of `reply_parameters`, as given (`''` for the same chat). */
  readonly chatId: string;
  readonly messageId: number;
  readonly allowSendingWithoutReply: boolean;
  readonly quote: string;
  readonly quoteParseMode: string;
  readonly quoteEntities: JsonNode;
  readonly quotePosition: number;
}

const NO_REPLY: ReplyParameters = {
  chatId: '',
  messageId: 0,
  allowSendingWithoutReply: false,
  quote: '',
  quoteParseMode: '',
  quoteEntities: { kind: 'null' },
  quotePosition: 0,
};

/**
 * `Client::get_reply_parameters`: without a `reply_parameters` parameter the legacy
 * `reply_to_message_id` (lenient integer, negative = none) and `allow_sending_without_reply` are
 * used; an empty `reply_parameters` or `{}` means no reply; otherwise `message_id` is required
 * (`Can't find field "message_id"`), `chat_id`, `quote` and `quote_parse_mode` are strings
 * (numbers accepted), `allow_sending_without_reply` must be a Boolean, `quote_position` an
 * integer. A negative `message_id` is no reply. The quote's entities are read later, with the text.
 * @internal
 */
export function readReplyParameters(params: {
  readonly reply_parameters?: string | undefined;
  readonly reply_to_message_id?: string | undefined;
  readonly allow_sending_without_reply?: string | undefined;
}): Outcome<ReplyParameters> {
  if (params.reply_parameters === undefined) {
    return success({
      ...NO_REPLY,
      messageId: idArg(params.reply_to_message_id),
      allowSendingWithoutReply: toBool(params.allow_sending_without_reply),
    });
  }
  const value = readJsonParameter('reply_parameters', params.reply_parameters);
  if (!value.ok) return value;
  if (value.value === undefined) return success(NO_REPLY);
  const fields = new Fields(value.value as JsonObjectNode);
  if (fields.node.fields.length === 0) return success(NO_REPLY);
  const chatId = fields.string('chat_id');
  if (!chatId.ok) return chatId;
  const messageId = fields.int('message_id', true);
  if (!messageId.ok) return messageId;
  const allow = fields.bool('allow_sending_without_reply');
  if (!allow.ok) return allow;
  const quote = fields.string('quote');
  if (!quote.ok) return quote;
  const mode = fields.string('quote_parse_mode');
  if (!mode.ok) return mode;
  const entities = fields.raw('quote_entities');
  const position = fields.int('quote_position');
  if (!position.ok) return position;
  return success({
    chatId: chatId.value,
    messageId: Math.max(0, messageId.value),
    allowSendingWithoutReply: allow.value,
    quote: quote.value,
    quoteParseMode: mode.value,
    quoteEntities: entities,
    quotePosition: position.value,
  });
}

/** Link preview options as the server reads them. @internal */
export interface LinkPreviewOptions {
  readonly isDisabled: boolean;
  readonly url: string;
  readonly preferSmallMedia: boolean;
  readonly preferLargeMedia: boolean;
  readonly showAboveText: boolean;
}

/**
 * `Client::get_link_preview_options`: without `link_preview_options`, the legacy
 * `disable_web_page_preview` (see `toBool`); otherwise an object whose `is_disabled`,
 * `prefer_small_media`, `prefer_large_media`, `show_above_text` must be Booleans and `url` a string.
 * `undefined` means no options.
 * @internal
 */
export function readLinkPreviewOptions(params: {
  readonly link_preview_options?: string | undefined;
  readonly disable_web_page_preview?: string | undefined;
}): Outcome<LinkPreviewOptions | undefined> {
  const value = readJsonParameter('link_preview_options', params.link_preview_options);
  if (!value.ok) return value;
  if (value.value === undefined) {
    if (!toBool(params.disable_web_page_preview)) return success(undefined);
    return success({
      isDisabled: true,
      url: '',
      preferSmallMedia: false,
      preferLargeMedia: false,
      showAboveText: false,
    });
  }
  const fields = new Fields(value.value as JsonObjectNode);
  const isDisabled = fields.bool('is_disabled');
  if (!isDisabled.ok) return isDisabled;
  const url = fields.string('url');
  if (!url.ok) return url;
  const small = fields.bool('prefer_small_media');
  if (!small.ok) return small;
  const large = fields.bool('prefer_large_media');
  if (!large.ok) return large;
  const above = fields.bool('show_above_text');
  if (!above.ok) return above;
  return success({
    isDisabled: isDisabled.value,
    url: url.value,
    preferSmallMedia: small.value,
    preferLargeMedia: large.value,
    showAboveText: above.value,
  });
}

/** A bot command scope as read; `chatId` is still the raw text for the chat-bound scopes. @internal */
export type CommandScope =
  | { readonly type: 'default' | 'all_private_chats' | 'all_group_chats' | 'all_chat_administrators' }
  | { readonly type: 'chat' | 'chat_administrators'; readonly chatId: string }
  | { readonly type: 'chat_member'; readonly chatId: string; readonly userId: number };

/**
 * `Client::get_bot_command_scope`: absent or empty is the default scope; errors are prefixed with
 * `Can't parse BotCommandScope: ` (`Unsupported type specified`, `Empty chat_id specified`,
 * `Invalid user_id specified`, the field errors).
 * @internal
 */
export function readCommandScope(raw: string | undefined): Outcome<CommandScope> {
  const value = readJsonParameter('scope', raw);
  if (!value.ok) return value;
  if (value.value === undefined) return success({ type: 'default' });
  return prefixed(scopeOf(new Fields(value.value as JsonObjectNode)), "Can't parse BotCommandScope: ", 400);
}

function scopeOf(fields: Fields): Outcome<CommandScope> {
  const type = fields.string('type', true);
  if (!type.ok) return type;
  const name = type.value;
  if (
    name === 'default' ||
    name === 'all_private_chats' ||
    name === 'all_group_chats' ||
    name === 'all_chat_administrators'
  ) {
    return success({ type: name });
  }
  if (name !== 'chat' && name !== 'chat_administrators' && name !== 'chat_member')
    return failure('Unsupported type specified');
  const chatId = fields.string('chat_id', true);
  if (!chatId.ok) return chatId;
  if (chatId.value === '') return failure('Empty chat_id specified');
  if (name !== 'chat_member') return success({ type: name, chatId: chatId.value });
  const userId = fields.long('user_id', true);
  if (!userId.ok) return userId;
  if (userId.value <= 0n) return failure('Invalid user_id specified');
  return success({ type: name, chatId: chatId.value, userId: Number(userId.value) });
}

/**
 * `Client::get_bot_commands`: absent or empty is an empty list; each item must be an object with
 * string `command` and `description` (errors prefixed `Can't parse BotCommand: `). TDLib then trims
 * both, strips one leading `/`, and refuses an empty command (`Command must be non-empty`), a
 * command over 32 or a description over 256 code points, and an empty description
 * (td/telegram/BotCommand.cpp `set_commands`); Telegram itself also checks the command's
 * characters (not in the source).
 * @internal
 */
export function readBotCommands(raw: string | undefined): Outcome<Array<{ command: string; description: string }>> {
  const value = readJsonParameter('commands', raw);
  if (!value.ok) return value;
  if (value.value === undefined || value.value.kind !== 'array') return success([]);
  const commands: Array<{ command: string; description: string }> = [];
  for (const item of value.value.items) {
    if (item.kind !== 'object') return failure("Can't parse BotCommand: expected an Object");
    const fields = new Fields(item);
    const command = prefixed(fields.string('command', true), "Can't parse BotCommand: ", 400);
    if (!command.ok) return command;
    const description = prefixed(fields.string('description', true), "Can't parse BotCommand: ", 400);
    if (!description.ok) return description;
    commands.push({ command: command.value, description: description.value });
  }
  for (const entry of commands) {
    const trim = (text: string) => text.replace(/^[ \t\r\n\0\v]+|[ \t\r\n\0\v]+$/g, '');
    let command = trim(entry.command);
    if (command.startsWith('/')) command = command.slice(1);
    if (command === '') return failure('Command must be non-empty');
    if (Array.from(command).length > 32) return failure('Command length must not exceed 32');
    const description = trim(entry.description);
    if (description === '') return failure('Command description must be non-empty');
    if (Array.from(description).length > 256) return failure('Command description length must not exceed 256');
    entry.command = command;
    entry.description = description;
  }
  return success(commands);
}
