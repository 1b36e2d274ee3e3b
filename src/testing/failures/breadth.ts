/**
 * The failure texts of the methods and helpers added for the Bot API's breadth (issue 17):
 * members and rights, batches of messages, stickers, links and join requests, chat and bot
 * settings, inline queries, blocked bots. Merged into `FAILURES` (failures.ts), which checks
 * every entry; use them the same way (`throw fail('name')`). The texts are the official
 * server's (telegram-bot-api/Client.cpp, TDLib's texts as `Client::fail_query_with_error` turns
 * them: first letter lowered); where a text is the emulator's own choice, the entry says so.
 * @module
 * @internal
 */
export const BREADTH_FAILURES = {
  // Methods of the Bot API that the emulator does not implement (docs/testing.md lists them).
  notEmulated: {
    code: 400,
    text: (method: string) => `${method} exists in the Bot API but is not emulated by telegram-forum/testing`,
  },

  // Parameters (Client.cpp get_user_id, get_message_ids).
  invalidId: { code: 400, text: (field: string) => `invalid ${field} specified` },
  messageIdsMissing: { code: 400, text: 'message identifiers are not specified' },
  messageIdsNotArray: { code: 400, text: 'expected an Array of message identifiers' },
  messageIdsTooMany: { code: 400, text: 'too many message identifiers specified' },
  messageIdNotNumber: { code: 400, text: 'message identifier must be a Number' },
  messageIdUnparsable: { code: 400, text: "can't parse message identifier as a Number" },
  messageIdNotPositive: { code: 400, text: 'invalid message identifier specified' },

  // Members and rights (Client.cpp, TDLib DialogParticipantManager).
  supergroupOrChannelOnly: { code: 400, text: 'method is available for supergroup and channel chats only' },
  supergroupsOnly: { code: 400, text: 'method is available only for supergroups' },
  groupsOnly: { code: 400, text: 'method is available only for groups and supergroups' },
  cantPromoteSelf: { code: 400, text: "can't promote self" },
  cantRestrictSelf: { code: 400, text: "can't restrict self" },
  notEnoughRights: { code: 400, text: 'not enough rights' },
  privatePermissions: { code: 400, text: "can't change private chat permissions" },
  rightsPermissions: { code: 400, text: 'not enough rights to change chat permissions' },
  ownerTitle: { code: 400, text: 'only the owner can edit their custom title' },
  notAnAdministrator: { code: 400, text: 'user is not an administrator' },
  rightsCustomTitle: { code: 400, text: 'not enough rights to change custom title of the user' },
  privateBan: { code: 400, text: "can't ban members in private chats" },

  // Messages (TDLib MessagesManager, Client.cpp on_message_send_failed).
  messagesCantBeForwarded: { code: 400, text: "messages can't be forwarded" },
  protectedContent: { code: 400, text: "message has protected content and can't be forwarded" },
  pollMessageNotFound: { code: 400, text: 'message with poll to stop not found' },
  notAPoll: { code: 400, text: 'message is not a poll' },
  pollCantBeStopped: { code: 400, text: "poll can't be stopped" },
  noLiveLocation: { code: 400, text: 'there is no live location in the message to edit' },
  mediaCantBeEdited: { code: 400, text: "message media can't be edited" },
  noVideoNote: { code: 400, text: 'there is no video note in the request' },
  // The emulator's choices: Telegram answers these from its own servers (Bot API docs: drafts go
  // to private chats only and need a non-zero draft_id).
  draftPrivateOnly: { code: 400, text: 'message drafts can be sent only to private chats' },
  draftIdInvalid: { code: 400, text: 'draft_id must be non-zero' },

  // Reactions (Client.cpp get_reaction_types, get_reaction_type).
  reactionsJson: { code: 400, text: "can't parse reaction types JSON object" },
  reactionsNotArray: { code: 400, text: 'expected an Array of ReactionType' },
  reactionType: { code: 400, text: (inner: string) => `can't parse ReactionType: ${inner}` },

  // Stickers (Client.cpp process_get_custom_emoji_stickers_query; TDLib StickersManager, MessageContent).
  emojiStickerInMessage: { code: 400, text: "can't send emoji stickers in messages" },
  customEmojiIdsJson: { code: 400, text: "can't parse custom emoji identifiers JSON object" },
  customEmojiIdsNotArray: { code: 400, text: 'expected an Array of custom emoji identifiers' },
  customEmojiIdNotString: { code: 400, text: 'custom emoji identifier must be of type String' },
  customEmojiIdInvalid: { code: 400, text: 'invalid custom emoji identifier specified' },
  customEmojiIdsTooMany: { code: 400, text: 'too many custom emoji identifiers specified' },
  // Telegram's own error for a sticker set that does not exist.
  stickerSetInvalid: { code: 400, text: 'STICKERSET_INVALID' },

  // Invite links and join requests (TDLib DialogInviteLinkManager, DialogParticipantManager).
  memberLimitWithApproval: {
    code: 400,
    text: "member limit can't be specified for links requiring administrator approval",
  },
  inviteLinkEmpty: { code: 400, text: 'invite link must be non-empty' },
  subscriptionPricing: { code: 400, text: 'invalid subscription pricing specified' },
  // Telegram's own error for a link that is not one of the chat's.
  inviteLinkInvalid: { code: 400, text: 'INVITE_HASH_EXPIRED' },
  noJoinRequests: { code: 400, text: "the chat can't have join requests" },
  rightsJoinRequests: { code: 400, text: 'not enough rights to manage chat join requests' },
  senderChatEmpty: { code: 400, text: 'sender_chat_id is empty' },
  senderChatInvalid: { code: 400, text: 'sender_chat_id is not a valid Integer' },

  // Chat settings (TDLib DialogManager, ChatManager).
  titleEmpty: { code: 400, text: 'title must be non-empty' },
  privateTitle: { code: 400, text: "can't change private chat title" },
  rightsTitle: { code: 400, text: 'not enough rights to change chat title' },
  privateDescription: { code: 400, text: "can't change private chat description" },
  rightsDescription: { code: 400, text: 'not enough rights to set chat description' },
  privatePhoto: { code: 400, text: "can't change private chat photo" },
  rightsPhoto: { code: 400, text: 'not enough rights to change chat photo' },
  noPhotoInRequest: { code: 400, text: 'there is no photo in the request' },
  photoNotUploaded: { code: 400, text: 'photo must be uploaded as an InputFile' },

  // Bot settings (Client.cpp get_bot_menu_button; TDLib misc.cpp validate_bot_language_code).
  languageCodeInvalid: { code: 400, text: 'invalid language code specified' },
  scopeInPrivateChat: { code: 400, text: "can't use specified scope in private chats" },
  menuButtonJson: { code: 400, text: "can't parse menu button JSON object" },
  menuButton: { code: 400, text: (inner: string) => `can't parse menu button: ${inner}` },
  menuButtonTextEmpty: { code: 400, text: 'menu button text must be non-empty' },

  // Inline queries (Client.cpp process_answer_inline_query_query, get_inline_query_results).
  inlineResultsJson: { code: 400, text: (inner: string) => `can't parse JSON encoded inline query results: ${inner}` },
  inlineResultsNotArray: { code: 400, text: 'expected an Array of inline query results' },
  inlineResultsTooMany: { code: 400, text: 'too many inline query results specified' },
  inlineResult: { code: 400, text: (inner: string) => `can't parse inline query result: ${inner}` },
  inlineButtonJson: { code: 400, text: "can't parse inline query results button JSON object" },
  inlineButton: { code: 400, text: (inner: string) => `can't parse inline query results button: ${inner}` },

  // A user who blocked the bot (Client.cpp fail_query_with_error, USER_IS_BLOCKED).
  botBlocked: { code: 403, text: 'bot was blocked by the user' },
} as const;
