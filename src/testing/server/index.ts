/**
 * Pure building blocks that model the official Bot API server (tdlib/telegram-bot-api and the
 * TDLib it pins): how it reads parameters and JSON, parses formatted text, rebuilds reply markup,
 * cleans names, guesses MIME types, normalises `allowed_updates` and phrases its errors. Nothing
 * here keeps state or knows about the emulator; the emulator's handlers call these. Internal: not
 * exported from any package entry point.
 * @module
 */
export {
  type Parameters,
  readJsonBody,
  type WebhookReplyRequest,
  webhookFailure,
  webhookReplyRequest,
} from './body.js';
export { type FixOptions, fixEntities, fixFormattedText, removeEmptyEntities } from './entities/fix.js';
export {
  type CaptionParameters,
  formatCaption,
  formatMessageText,
  type ParseMode,
  parseEntities,
  readFormattedText,
  TEXT_LIMITS,
  type TextParameters,
} from './entities/format.js';
export { type ParsedText, parseHtml } from './entities/html.js';
export { readEntitiesParameter, readEntityArray } from './entities/input.js';
export { parseMarkdown } from './entities/markdown.js';
export { parseMarkdownV2 } from './entities/markdownV2.js';
export {
  compareEntities,
  DATE_FLAGS,
  dateFlagsOf,
  dateFormatOf,
  ENTITY_TYPES,
  type Entity,
  type EntityClass,
  type EntityType,
  sortEntities,
  toBotApiEntities,
  toBotApiEntity,
} from './entities/types.js';
export { type DescribedError, type DescribeOptions, describeError } from './errors.js';
export { idArg, integerArg, toBool, toInt32, toInteger, toIntegerSafe } from './integers.js';
export { decodeJson, fieldOf, JSON_TYPE_NAMES, type JsonNode } from './json.js';
export { Fields, type JsonObjectNode, toDouble } from './jsonFields.js';
export {
  checkedLinkOrEmpty,
  checkLink,
  formatUrl,
  type HttpUrl,
  type LinkOptions,
  linkCustomEmojiId,
  linkDateFormat,
  linkUserId,
  parseUrl,
} from './links.js';
export {
  type ButtonStyle,
  type ChatTypes,
  type InlineButtonAction,
  type KeyboardButtonAction,
  type ReadButton,
  type ReadReplyMarkup,
  readReplyMarkup,
  readReplyMarkupValue,
} from './markup/read.js';
export { checkCallbackData, type MarkupContext, rebuildReplyMarkup, type StoredReplyMarkup } from './markup/rebuild.js';
export {
  cleanFileName,
  extensionOf,
  KNOWN_EXTENSIONS,
  mimeTypeFromExtension,
  mimeTypeFromFileName,
} from './mime.js';
export {
  cleanInputString,
  cleanName,
  cleanTopicName,
  isEmptyString,
  stripEmptyCharacters,
  TOPIC_NAME_MAX_LENGTH,
} from './names.js';
export { failure, type Outcome, prefixed, type ServerError, success } from './outcome.js';
export {
  type CommandScope,
  JSON_PARAMETERS,
  type JsonParameterName,
  type JsonParameterRule,
  type LinkPreviewOptions,
  type ReplyParameters,
  readBotCommands,
  readCommandScope,
  readJsonParameter,
  readLinkPreviewOptions,
  readReplyParameters,
} from './params.js';
export { byteLength, codePoints, isWellFormed } from './text.js';
export {
  DEFAULT_ALLOWED_UPDATES,
  isDefaultAllowedUpdates,
  MAX_POLL_TIMEOUT,
  normalizeAllowedUpdates,
  type OffsetEffect,
  offsetEffect,
  type PollArguments,
  type PreviousPoll,
  pollArguments,
  UPDATE_TYPES,
  type UpdateTypeName,
} from './updates.js';
