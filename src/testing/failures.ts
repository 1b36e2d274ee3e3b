import type { ResponseParameters } from '../types/botApi.js';
import { BREADTH_FAILURES } from './failures/breadth.js';

/**
 * A Bot API failure: the HTTP status is `code` (also `error_code`), `description` is the full
 * text (`Bad Request: …`). Thrown by handlers and helpers of the emulator, turned into the
 * `{ ok: false, … }` envelope by the HTTP layer. Build one with {@link fail}.
 * @internal
 */
export class Failure {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: ResponseParameters,
  ) {}

  /** The same failure with `parameters` (e.g. `retry_after`). */
  with(parameters: ResponseParameters): Failure {
    return new Failure(this.code, this.description, parameters);
  }
}

/** The reason phrase each status code's descriptions start with, as the Bot API server writes them. */
const REASONS = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
} as const;

interface FailureSpec {
  readonly code: keyof typeof REASONS;
  /** The text after `<reason>: `; empty for the bare reason (`Not Found`). */
  readonly text: string | ((...args: never[]) => string);
}

/**
 * Every failure the emulator answers with, by name: one table, so a text is written once and a
 * test can check them all. The texts are what api.telegram.org answers (the official server's
 * `telegram-bot-api/Client.cpp` for the checks it makes itself, e.g. `check_chat`,
 * `fail_query_with_error`; Telegram's own servers for the rest, e.g. `TOPIC_NOT_MODIFIED`).
 * Where the emulator had to choose (Telegram's text is not documented), the entry says so.
 *
 * To add one: add an entry here, then `throw fail('name')` (or `fail('name', arg)` for a
 * text with parameters) in the handler.
 * @internal
 */
export const FAILURES = {
  // Routing and tokens (the server's HTTP layer).
  unauthorized: { code: 401, text: '' },
  invalidToken: { code: 401, text: 'invalid token specified' },
  notFound: { code: 404, text: '' },
  internal: { code: 500, text: (message: string) => message },
  retryAfter: { code: 429, text: (seconds: number) => `retry after ${seconds}` },

  // Parameters in general.
  parameterRequired: { code: 400, text: (name: string) => `parameter "${name}" is required` },
  parameterEmpty: { code: 400, text: (name: string) => `${name} is empty` },
  cantParseJson: { code: 400, text: (what: string) => `can't parse ${what} JSON object` },

  // Chats, users and membership (Client.cpp check_chat and the TDLib errors it maps).
  chatNotFound: { code: 400, text: 'chat not found' },
  userNotFound: { code: 400, text: 'user not found' },
  botKicked: { code: 403, text: 'bot was kicked from the supergroup chat' },
  botNotMember: { code: 403, text: 'bot is not a member of the supergroup chat' },
  botToBot: { code: 403, text: "bot can't send messages to bots" },
  cantInitiate: { code: 403, text: "bot can't initiate conversation with a user" },
  notAForum: { code: 400, text: 'the chat is not a forum' },
  notASupergroupForum: { code: 400, text: 'the chat is not a supergroup forum' },
  privateMemberStatus: { code: 400, text: "chat member status can't be changed in private chats" },
  privateAdministrators: { code: 400, text: 'there are no administrators in the private chat' },
  privateInvite: { code: 400, text: "can't invite members to a private chat" },
  cantRemoveOwner: { code: 400, text: "can't remove chat owner" },
  rightsRestrict: { code: 400, text: 'not enough rights to restrict/unrestrict chat member' },
  rightsPin: { code: 400, text: 'not enough rights to manage pinned messages in the chat' },
  rightsInviteLink: { code: 400, text: 'not enough rights to manage chat invite link' },

  // Topics (TOPIC_* are Telegram's own error names, passed through by the server).
  rightsCreateTopic: { code: 400, text: 'not enough rights to create a topic' },
  rightsEditTopic: { code: 400, text: 'not enough rights to edit the topic' },
  rightsOpenCloseTopic: { code: 400, text: 'not enough rights to close or open the topic' },
  rightsDeleteTopic: { code: 400, text: 'not enough rights to delete the topic' },
  topicIdInvalid: { code: 400, text: 'invalid forum topic identifier specified' },
  threadNotFound: { code: 400, text: 'message thread not found' },
  topicNotModified: { code: 400, text: 'TOPIC_NOT_MODIFIED' },
  topicClosed: { code: 400, text: 'TOPIC_CLOSED' },
  nameEmpty: { code: 400, text: 'name must be non-empty' },
  // The emulator's choice: Telegram's answer to a colour outside the six is not documented.
  iconColorInvalid: { code: 400, text: 'invalid icon color specified' },

  // Messages: text, captions, replies, edits, deletion, pins.
  textEmpty: { code: 400, text: 'message text is empty' },
  textBlank: { code: 400, text: 'text must be non-empty' },
  textTooLong: { code: 400, text: 'text is too long' },
  messageTooLong: { code: 400, text: 'message is too long' },
  captionTooLong: { code: 400, text: 'message caption is too long' },
  parseModeUnsupported: { code: 400, text: 'unsupported parse_mode' },
  entitiesNotArray: { code: 400, text: "can't parse MessageEntity: expected an Array" },
  replyNotFound: { code: 400, text: 'message to be replied not found' },
  messageNotFound: { code: 400, text: (verb: string) => `message to ${verb} not found` },
  messageIdMissing: { code: 400, text: 'message identifier is not specified' },
  messageIdInvalid: { code: 400, text: 'MESSAGE_ID_INVALID' },
  cantCopy: { code: 400, text: "message can't be copied" },
  cantForward: { code: 400, text: "message can't be forwarded" },
  cantEdit: { code: 400, text: "message can't be edited" },
  cantDelete: { code: 400, text: "message can't be deleted" },
  noTextToEdit: { code: 400, text: 'there is no text in the message to edit' },
  noCaptionToEdit: { code: 400, text: 'there is no caption in the message to edit' },
  inlineKeyboardExpected: { code: 400, text: 'inline keyboard expected' },
  notModified: {
    code: 400,
    text: 'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
  },

  // Other kinds of content.
  locationMissing: { code: 400, text: 'latitude and longitude must be specified' },
  locationInvalid: { code: 400, text: 'wrong latitude or longitude specified' },
  pollQuestionEmpty: { code: 400, text: 'poll question must be non-empty' },
  pollTooFewOptions: { code: 400, text: 'poll must have at least 2 option' },
  pollTooManyOptions: { code: 400, text: "poll can't have more than 12 options" },
  actionInvalid: { code: 400, text: 'wrong parameter action in request' },

  // Files and albums.
  noFileInRequest: { code: 400, text: (field: string) => `there is no ${field} in the request` },
  fileIdentifierInvalid: { code: 400, text: 'wrong file identifier/HTTP URL specified' },
  fileIdInvalid: { code: 400, text: 'wrong file_id or the file is temporarily unavailable' },
  mediaCount: { code: 400, text: 'wrong number of media specified; must be 2-10' },
  inputMediaNotObject: { code: 400, text: "can't parse InputMedia: expected an Object" },
  inputMediaType: { code: 400, text: "can't parse InputMedia: unknown type" },

  // Keyboards (Client.cpp get_reply_markup, get_keyboard_button, get_inline_keyboard_button).
  markupNotObject: { code: 400, text: 'object expected as reply markup' },
  markupFieldBoolean: { code: 400, text: (field: string) => `field "${field}" must be of type Boolean` },
  keyboardRows: { code: 400, text: 'field "keyboard" must be an Array of Arrays' },
  inlineKeyboardRows: {
    code: 400,
    text: 'field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays',
  },
  keyboardButton: { code: 400, text: (problem: string) => `can't parse keyboard button: ${problem}` },
  inlineKeyboardButton: { code: 400, text: (problem: string) => `can't parse inline keyboard button: ${problem}` },
  markupTooLong: { code: 400, text: 'reply markup is too long' },
  buttonDataInvalid: { code: 400, text: 'BUTTON_DATA_INVALID' },
  buttonUrlInvalid: { code: 400, text: 'BUTTON_URL_INVALID' },

  // Entities in HTML text (byte offsets as the server counts them).
  entities: { code: 400, text: (problem: string) => `can't parse entities: ${problem}` },

  // Callback queries.
  queryTooOld: { code: 400, text: 'query is too old and response timeout expired or query ID is invalid' },
  answerTooLong: { code: 400, text: 'MESSAGE_TOO_LONG' },

  // Updates and webhooks (Client.cpp process_get_updates_query, process_set_webhook_query).
  webhookActive: {
    code: 409,
    text: "can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
  },
  terminatedByPoll: {
    code: 409,
    text: 'terminated by other getUpdates request; make sure that only one bot instance is running',
  },
  terminatedBySetWebhook: { code: 409, text: 'terminated by setWebhook request' },
  webhookUrlInvalid: { code: 400, text: 'invalid webhook URL specified' },
  webhookHttps: { code: 400, text: 'bad webhook: An HTTPS URL must be provided for webhook' },
  webhookPort: { code: 400, text: 'bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443' },
  secretTooLong: { code: 400, text: 'secret token is too long' },
  secretCharacters: { code: 400, text: 'secret token contains unallowed characters' },

  // The methods and helpers added for the Bot API's breadth: a table of their own.
  ...BREADTH_FAILURES,
} as const satisfies Record<string, FailureSpec>;

/** The name of a failure in {@link FAILURES}. @internal */
export type FailureName = keyof typeof FAILURES;

/** The arguments a failure's text takes (none for a fixed text). @internal */
export type FailureArgs<K extends FailureName> = (typeof FAILURES)[K]['text'] extends (...args: infer A) => string
  ? A
  : [];

/**
 * The failure named `name`, its text filled in with `args`: `throw fail('chatNotFound')`,
 * `throw fail('noFileInRequest', 'photo')`.
 * @internal
 */
export function fail<K extends FailureName>(name: K, ...args: FailureArgs<K>): Failure {
  const spec: FailureSpec = FAILURES[name];
  const text = typeof spec.text === 'string' ? spec.text : (spec.text as (...a: unknown[]) => string)(...args);
  const reason = REASONS[spec.code];
  return new Failure(spec.code, text === '' ? reason : `${reason}: ${text}`);
}
