import { BREADTH_FAILURES } from './breadth.js';
import { emulator, type FailureSpec, source, telegram } from './spec.js';

export { type FailureOrigin, type FailureSpec, REASONS } from './spec.js';

/**
 * Every failure text the emulator's handlers answer with, by name: one table, so a text is written
 * once, says where it comes from, and a test can check them all. File paths in `cite` are those of
 * tdlib/telegram-bot-api (`Client.cpp` is `telegram-bot-api/Client.cpp`) and tdlib/td (`td/…`).
 * Errors of the pure `server/` modules (entity parsing, JSON parameters, reply markup) carry their
 * own texts and go through {@link serverFailure}.
 *
 * To add one: add an entry here, then `throw fail('name')` (or `fail('name', arg)` for a text with
 * parameters) in the handler.
 * @internal
 */
export const FAILURES = {
  // Routing and tokens (the server's HTTP layer).
  unauthorized: source(401, '', 'Client.cpp Client::get_closing_error (a token Telegram does not know)'),
  invalidToken: source(401, 'invalid token specified', 'ClientManager.cpp ClientManager::send'),
  notFound: source(404, '', 'HttpConnection.cpp HttpConnection::handle'),
  // A local server's text; api.telegram.org answers a bare `Not Found` (its front end is not this source).
  methodNotFound: source(
    404,
    'method not found',
    'Client.cpp Client::on_cmd (a local server; api.telegram.org answers `Not Found`)',
  ),
  internal: emulator(500, (message: string) => message, 'an emulator bug'),
  retryAfter: telegram(
    429,
    (seconds: number) => `retry after ${seconds}`,
    'flood limits of Telegram; format in Client.cpp fail_query_with_error',
  ),

  // Parameters in general.
  parameterRequired: source(
    400,
    (name: string) => `parameter "${name}" is required`,
    'Client.cpp Client::get_required_string_arg',
  ),
  parameterEmpty: source(
    400,
    (name: string) => `${name} is empty`,
    'Client.cpp Client::check_chat, Client::get_location',
  ),
  invalidUserId: source(
    400,
    (field: string) => `invalid ${field} specified`,
    'Client.cpp Client::get_user_id (user_id, or chat_id of the menu button methods)',
  ),
  chatIdNotSpecified: source(400, 'chat identifier is not specified', 'Client.cpp process_delete_message_query'),
  messageIdMissing: source(
    400,
    'message identifier is not specified',
    'Client.cpp get_inline_message_id, process_delete_message_query',
  ),
  inlineMessageIdInvalid: source(
    400,
    'invalid inline message identifier specified',
    'td/telegram/InlineMessageManager.cpp get_input_bot_inline_message_id',
  ),
  fileIdMissing: source(400, 'file_id not specified', 'Client.cpp Client::check_remote_file_id'),
  actionInvalid: source(400, 'wrong parameter action in request', 'Client.cpp process_send_chat_action_query'),

  // Chats, users and membership.
  chatNotFound: source(400, 'chat not found', 'Client.cpp TdOnCheckChatCallback::on_result'),
  userNotFound: telegram(400, 'user not found', 'Telegram: getChatMember of a user it does not know'),
  botKicked: source(403, 'bot was kicked from the supergroup chat', 'Client.cpp Client::check_chat_access'),
  botNotMember: source(403, 'bot is not a member of the supergroup chat', 'Client.cpp Client::check_chat_access'),
  botToBot: telegram(403, "bot can't send messages to bots", 'Telegram: a bot writing to a bot'),
  cantInitiate: telegram(
    403,
    "bot can't initiate conversation with a user",
    'Telegram: a user who never wrote to the bot',
  ),
  notAForum: source(400, 'the chat is not a forum', 'td/telegram/ForumTopicManager.cpp ForumTopicManager::is_forum'),
  notASupergroupForum: source(
    400,
    'the chat is not a supergroup forum',
    'td/telegram/ForumTopicManager.cpp ForumTopicManager::is_forum',
  ),
  privateBan: source(
    400,
    "can't ban members in private chats",
    'td/telegram/DialogParticipantManager.cpp ban_dialog_participant',
  ),
  privateLeave: source(400, "can't leave private chats", 'td/telegram/DialogParticipantManager.cpp leave_dialog'),
  supergroupOnly: source(
    400,
    'method is available for supergroup and channel chats only',
    'Client.cpp process_unban_chat_member_query, process_promote_chat_member_query',
  ),
  privateAdministrators: source(
    400,
    'there are no administrators in the private chat',
    'Client.cpp process_get_chat_administrators_query',
  ),
  privateInvite: source(
    400,
    "can't invite members to a private chat",
    'td/telegram/DialogInviteLinkManager.cpp can_manage_dialog_invite_links',
  ),
  cantRemoveOwner: source(
    400,
    "can't remove chat owner",
    'td/telegram/DialogParticipantManager.cpp set_channel_participant_status',
  ),
  cantRestrictSelf: source(
    400,
    "can't restrict self",
    'td/telegram/DialogParticipantManager.cpp restrict_channel_participant',
  ),
  userIsAdmin: telegram(
    400,
    'user is an administrator of the chat',
    'Telegram USER_ADMIN_INVALID; text from Client.cpp fail_query_with_error',
  ),
  rightsRestrict: source(
    400,
    'not enough rights to restrict/unrestrict chat member',
    'td/telegram/DialogParticipantManager.cpp set_channel_participant_status',
  ),
  rightsPin: source(
    400,
    'not enough rights to manage pinned messages in the chat',
    'td/telegram/DialogManager.cpp DialogManager::can_pin_messages',
  ),
  rightsInviteLink: source(
    400,
    'not enough rights to manage chat invite link',
    'td/telegram/DialogInviteLinkManager.cpp can_manage_dialog_invite_links',
  ),
  memberLimitWithApproval: source(
    400,
    "member limit can't be specified for links requiring administrator approval",
    'td/telegram/DialogInviteLinkManager.cpp export_dialog_invite_link, edit_dialog_invite_link',
  ),

  // Topics (TOPIC_* are Telegram's own error names, passed through by the server).
  rightsCreateTopic: source(
    400,
    'not enough rights to create a topic',
    'td/telegram/ForumTopicManager.cpp create_forum_topic',
  ),
  rightsEditTopic: source(
    400,
    'not enough rights to edit the topic',
    'td/telegram/ForumTopicManager.cpp edit_forum_topic',
  ),
  rightsOpenCloseTopic: source(
    400,
    'not enough rights to close or open the topic',
    'td/telegram/ForumTopicManager.cpp toggle_forum_topic_is_closed',
  ),
  rightsDeleteTopic: source(
    400,
    'not enough rights to delete the topic',
    'td/telegram/ForumTopicManager.cpp delete_forum_topic',
  ),
  topicIdInvalid: source(
    400,
    'invalid forum topic identifier specified',
    'td/telegram/ForumTopicManager.cpp can_be_forum_topic_id',
  ),
  threadNotFound: source(
    400,
    'message thread not found',
    'Client.cpp check_message_topic, TdOnCheckForumTopicCallback',
  ),
  topicNotModified: telegram(400, 'TOPIC_NOT_MODIFIED', 'Telegram: a topic edit or toggle that changes nothing'),
  topicClosed: telegram(400, 'TOPIC_CLOSED', 'Telegram: a send to a closed topic without can_manage_topics'),
  nameEmpty: source(400, 'name must be non-empty', 'td/telegram/ForumTopicManager.cpp create_forum_topic'),
  // TDLib refuses colours outside 0…0xFFFFFF with this text; Telegram also refuses the others outside the six.
  iconColorInvalid: telegram(
    400,
    'invalid icon color specified',
    'td/telegram/ForumTopicManager.cpp create_forum_topic (range); Telegram (the six colours)',
  ),

  // Messages: replies, forwards, edits, deletion, pins.
  replyNotFound: source(400, 'message to be replied not found', 'Client.cpp check_reply_parameters'),
  messageNotFound: source(400, (verb: string) => `message to ${verb} not found`, 'Client.cpp Client::check_message'),
  cantCopy: source(400, "the message can't be copied", 'td/telegram/MessagesManager.cpp forward_message'),
  cantForward: source(400, "the message can't be forwarded", 'td/telegram/MessagesManager.cpp forward_message'),
  cantEdit: source(400, "message can't be edited", 'td/telegram/MessagesManager.cpp can_edit_message'),
  cantDelete: source(400, "message can't be deleted", 'td/telegram/MessagesManager.cpp delete_messages'),
  cantDeleteForEveryone: source(
    400,
    "message can't be deleted for everyone",
    'td/telegram/MessagesManager.cpp delete_messages',
  ),
  servicePin: source(400, "service messages can't be pinned", 'td/telegram/MessagesManager.cpp can_pin_message'),
  noTextToEdit: source(
    400,
    'there is no text in the message to edit',
    'td/telegram/MessagesManager.cpp edit_message_text',
  ),
  noCaptionToEdit: source(
    400,
    'there is no caption in the message to edit',
    'td/telegram/MessagesManager.cpp edit_message_caption',
  ),
  notModified: telegram(
    400,
    'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
    'Telegram MESSAGE_NOT_MODIFIED; text from Client.cpp fail_query_with_error',
  ),
  markupTooLong: telegram(
    400,
    'reply markup is too long',
    'Telegram REPLY_MARKUP_TOO_LONG (observed: 8 buttons a row, 100 in all); text from Client.cpp fail_query_with_error',
  ),

  // Other kinds of content.
  locationInvalid: source(400, 'wrong location specified', 'td/telegram/Location.cpp process_input_message_location'),
  pollNoOptions: source(
    400,
    'poll must have at least one answer option',
    'td/telegram/PollOption.cpp get_poll_options',
  ),
  pollTooManyOptions: source(
    400,
    "poll can't have more than 12 options",
    'td/telegram/PollOption.cpp get_poll_options',
  ),
  pollOptionLength: source(
    400,
    'poll options length must not exceed 100',
    'td/telegram/PollOption.cpp get_poll_option',
  ),
  pollQuestionLength: source(
    400,
    'poll question length must not exceed 300',
    'td/telegram/MessageContent.cpp create_input_message_content',
  ),
  pollOptionType: source(400, 'expected an option to be of type String', 'Client.cpp Client::get_input_poll_options'),
  pollType: source(400, 'unsupported poll type specified', 'Client.cpp process_send_poll_query'),

  // Files and albums.
  noFileInRequest: source(
    400,
    (field: string) => `there is no ${field} in the request`,
    'Client.cpp process_send_*_query',
  ),
  fileIdentifierInvalid: telegram(
    400,
    'wrong file identifier/HTTP URL specified',
    'Telegram: a file_id or URL it cannot use',
  ),
  fileTypeMismatch: source(
    400,
    (real: string, wanted: string) => `can't use file of type ${real} as ${wanted}`,
    'td/telegram/files/FileManager.cpp from_persistent_id_v23',
  ),
  fileIdInvalid: source(400, 'invalid file_id', 'Client.cpp TdOnCheckRemoteFileIdCallback'),
  inputMedia: source(
    400,
    (problem: string) => `can't parse InputMedia: ${problem}`,
    'Client.cpp Client::get_input_media',
  ),
  albumEmpty: source(400, 'there are no messages to send', 'td/telegram/MessagesManager.cpp send_message_group'),
  albumTooBig: source(
    400,
    'too many messages to send as an album',
    'td/telegram/MessagesManager.cpp send_message_group',
  ),
  albumCaptionPlacement: source(
    400,
    'parameter show_caption_above_media must be the same for all messages',
    'td/telegram/MessageContent.cpp check_message_group_message_contents',
  ),
  albumMixed: source(
    400,
    (kind: string) => `${kind} can't be mixed with other media types`,
    'td/telegram/MessageContent.cpp check_message_group_message_contents',
  ),

  // Callback queries.
  queryTooOld: telegram(
    400,
    'query is too old and response timeout expired or query ID is invalid',
    'Telegram QUERY_ID_INVALID; text from Client.cpp fail_query_with_error',
  ),
  answerTooLong: telegram(400, 'MESSAGE_TOO_LONG', 'Telegram: a callback answer over 200 characters'),

  // Updates and webhooks.
  webhookActive: source(
    409,
    "can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
    'Client.cpp process_get_updates_query',
  ),
  terminatedByPoll: source(
    409,
    'terminated by other getUpdates request; make sure that only one bot instance is running',
    'Client.cpp Client::abort_long_poll',
  ),
  terminatedBySetWebhook: source(409, 'terminated by setWebhook request', 'Client.cpp Client::abort_long_poll'),
  webhookUrlInvalid: source(400, 'invalid webhook URL specified', 'Client.cpp Client::do_set_webhook'),
  webhookHttps: source(
    400,
    'bad webhook: An HTTPS URL must be provided for webhook',
    'WebhookActor.cpp WebhookActor::start_up',
  ),
  webhookPort: source(
    400,
    'bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443',
    'WebhookActor.cpp WebhookActor::start_up',
  ),
  secretTooLong: source(400, 'secret token is too long', 'Client.cpp Client::do_set_webhook'),
  secretCharacters: source(400, 'secret token contains unallowed characters', 'Client.cpp Client::do_set_webhook'),

  // The methods and helpers added for the Bot API's breadth: a table of their own (failures/breadth.ts).
  ...BREADTH_FAILURES,
} as const satisfies Record<string, FailureSpec>;
