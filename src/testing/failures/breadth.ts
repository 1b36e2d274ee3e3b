/**
 * The failure texts of the methods and helpers added for the Bot API's breadth (issue 17):
 * members and rights, batches of messages, stickers, links and join requests, chat and bot
 * settings, inline queries, blocked bots. Spread into `FAILURES` (failures/table.ts), which checks
 * every entry; use them the same way (`throw fail('name')`). Each says where its text comes from:
 * `source` (the official server's source: `Client.cpp` is telegram-bot-api/Client.cpp, `td/…`
 * the TDLib it pins; TDLib's texts as `Client::fail_query_with_error` turns them, first letter
 * lowered), `telegram` (Telegram's own servers, not in the source) or `emulator` (its own choice).
 * @module
 * @internal
 */

import { emulator, source, telegram } from './spec.js';

const DPM = 'td/telegram/DialogParticipantManager.cpp';
const DILM = 'td/telegram/DialogInviteLinkManager.cpp';
const DM = 'td/telegram/DialogManager.cpp';

/** The entries, by name (see the module comment). @internal */
export const BREADTH_FAILURES = {
  // Methods of the Bot API that the emulator does not implement (docs/testing.md lists them).
  notEmulated: emulator(
    400,
    (method: string) => `${method} exists in the Bot API but is not emulated by telegram-forum/testing`,
    'the Bot API methods listed in src/testing/handlers/notEmulated.ts',
  ),

  // Parameters.
  messageIdsMissing: source(400, 'message identifiers are not specified', 'Client.cpp Client::get_message_ids'),
  messageIdsTooMany: source(400, 'too many message identifiers specified', 'Client.cpp Client::get_message_ids'),
  messageIdNotNumber: source(400, 'message identifier must be a Number', 'Client.cpp Client::get_message_ids'),
  messageIdUnparsable: source(400, "can't parse message identifier as a Number", 'Client.cpp Client::get_message_ids'),
  messageIdNotPositive: source(400, 'invalid message identifier specified', 'Client.cpp Client::get_message_ids'),

  // Members and rights.
  supergroupsOnly: source(
    400,
    'method is available only for supergroups',
    'Client.cpp process_restrict_chat_member_query',
  ),
  groupsOnly: source(
    400,
    'method is available only for groups and supergroups',
    'Client.cpp process_set_chat_administrator_custom_title_query, process_set_chat_member_tag_query',
  ),
  cantPromoteSelf: source(400, "can't promote self", `${DPM} promote_channel_participant`),
  notEnoughRights: source(400, 'not enough rights', `${DPM} promote_channel_participant`),
  privateMemberStatus: source(
    400,
    "chat member status can't be changed in private chats",
    `${DPM} set_dialog_participant_status`,
  ),
  privatePermissions: source(400, "can't change private chat permissions", `${DM} set_dialog_permissions`),
  rightsPermissions: source(400, 'not enough rights to change chat permissions', `${DM} set_dialog_permissions`),
  ownerTitle: source(
    400,
    'only the owner can edit their custom title',
    'Client.cpp process_set_chat_administrator_custom_title_query',
  ),
  notAnAdministrator: source(
    400,
    'user is not an administrator',
    'Client.cpp process_set_chat_administrator_custom_title_query',
  ),
  rightsCustomTitle: source(
    400,
    'not enough rights to change custom title of the user',
    'Client.cpp process_set_chat_administrator_custom_title_query',
  ),

  // Messages.
  messagesCantBeForwarded: source(400, "messages can't be forwarded", 'Client.cpp TdOnForwardMessagesCallback'),
  pollMessageNotFound: source(400, 'message with poll to stop not found', 'Client.cpp process_stop_poll_query'),
  notAPoll: source(400, 'message is not a poll', 'td/telegram/MessagesManager.cpp get_message_poll_id'),
  pollCantBeStopped: source(400, "poll can't be stopped", 'td/telegram/MessagesManager.cpp get_message_poll_id'),
  noLiveLocation: source(
    400,
    'there is no live location in the message to edit',
    'td/telegram/MessagesManager.cpp edit_message_live_location',
  ),
  mediaCantBeEdited: source(400, "message media can't be edited", 'td/telegram/MessagesManager.cpp edit_message_media'),
  albumMediaType: source(
    400,
    "can't change media type in the album",
    'td/telegram/MessagesManager.cpp edit_message_media',
  ),
  liveLocationInvalid: source(
    400,
    'invalid location specified',
    'td/telegram/MessagesManager.cpp edit_message_live_location',
  ),
  draftPrivateOnly: emulator(
    400,
    'message drafts can be sent only to private chats',
    'Bot API docs (sendMessageDraft: private chats); Telegram answers this itself',
  ),
  draftIdInvalid: emulator(
    400,
    'draft_id must be non-zero',
    'Bot API docs (sendMessageDraft: draft_id must be non-zero); Telegram answers this itself',
  ),

  // Reactions.
  reactionType: source(
    400,
    (inner: string) => `can't parse ReactionType: ${inner}`,
    'Client.cpp Client::get_reaction_types, get_reaction_type',
  ),

  // Stickers.
  emojiStickerInMessage: source(
    400,
    "can't send emoji stickers in messages",
    'td/telegram/MessageContent.cpp create_input_message_content',
  ),
  customEmojiIdNotString: source(
    400,
    'custom emoji identifier must be of type String',
    'Client.cpp process_get_custom_emoji_stickers_query',
  ),
  customEmojiIdInvalid: source(
    400,
    'invalid custom emoji identifier specified',
    'Client.cpp process_get_custom_emoji_stickers_query',
  ),
  customEmojiIdsTooMany: source(
    400,
    'too many custom emoji identifiers specified',
    'td/telegram/StickersManager.cpp get_custom_emoji_stickers',
  ),
  stickerSetInvalid: telegram(400, 'STICKERSET_INVALID', 'Telegram: a sticker set name that does not exist'),

  // Invite links and join requests.
  inviteLinkEmpty: source(400, 'invite link must be non-empty', `${DILM} edit_dialog_invite_link`),
  subscriptionPricing: source(400, 'invalid subscription pricing specified', `${DILM} export_dialog_invite_link`),
  inviteLinkInvalid: telegram(400, 'INVITE_HASH_EXPIRED', 'Telegram: a link that is not one of the chat'),
  noJoinRequests: source(400, "the chat can't have join requests", `${DPM} can_manage_dialog_join_requests`),
  rightsJoinRequests: source(
    400,
    'not enough rights to manage chat join requests',
    `${DPM} can_manage_dialog_join_requests`,
  ),
  senderChatEmpty: source(400, 'sender_chat_id is empty', 'Client.cpp Client::check_chat_no_fail'),
  senderChatInvalid: source(400, 'sender_chat_id is not a valid Integer', 'Client.cpp Client::check_chat_no_fail'),

  // Chat settings.
  titleEmpty: source(400, 'title must be non-empty', `${DM} set_dialog_title`),
  privateTitle: source(400, "can't change private chat title", `${DM} set_dialog_title`),
  rightsTitle: source(400, 'not enough rights to change chat title', `${DM} set_dialog_title`),
  privateDescription: source(400, "can't change private chat description", `${DM} set_dialog_description`),
  rightsDescription: source(
    400,
    'not enough rights to set chat description',
    'td/telegram/ChatManager.cpp set_channel_description',
  ),
  privatePhoto: source(400, "can't change private chat photo", `${DM} set_dialog_photo`),
  rightsPhoto: source(400, 'not enough rights to change chat photo', `${DM} set_dialog_photo`),
  noPhotoInRequest: source(400, 'there is no photo in the request', 'Client.cpp process_set_chat_photo_query'),
  photoNotUploaded: source(400, 'photo must be uploaded as an InputFile', 'Client.cpp process_set_chat_photo_query'),

  // Bot settings.
  languageCodeInvalid: source(
    400,
    'invalid language code specified',
    'td/telegram/misc.cpp validate_bot_language_code',
  ),
  scopeInPrivateChat: source(
    400,
    "can't use specified scope in private chats",
    'td/telegram/BotCommandScope.cpp get_bot_command_scope',
  ),
  menuButtonTextEmpty: source(
    400,
    'menu button text must be non-empty',
    'td/telegram/BotMenuButton.cpp set_menu_button',
  ),

  // Inline queries.
  inlineResultsJson: source(
    400,
    (inner: string) => `can't parse JSON encoded inline query results: ${inner}`,
    'Client.cpp Client::get_inline_query_results',
  ),
  inlineResultsNotArray: source(
    400,
    'expected an Array of inline query results',
    'Client.cpp Client::get_inline_query_results',
  ),
  inlineResultsTooMany: source(
    400,
    'too many inline query results specified',
    'Client.cpp Client::get_inline_query_results',
  ),
  inlineResult: source(
    400,
    (inner: string) => `can't parse inline query result: ${inner}`,
    'Client.cpp Client::get_inline_query_results, get_inline_query_result',
  ),
  inlineButton: source(
    400,
    (inner: string) => `can't parse inline query results button: ${inner}`,
    'Client.cpp Client::get_inline_query_results_button',
  ),

  // A user who blocked the bot: Telegram's USER_IS_BLOCKED, rewritten by the server.
  botBlocked: source(403, 'bot was blocked by the user', 'Client.cpp Client::fail_query_with_error (USER_IS_BLOCKED)'),
} as const;
