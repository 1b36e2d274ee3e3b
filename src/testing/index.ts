/**
 * The in-memory Bot API emulator for offline tests (`telegram-forum/testing`).
 * @module
 */

export { createEmulator } from './emulator.js';
export type {
  AdminRights,
  BotOptions,
  BotRef,
  CallbackAnswer,
  ChatRef,
  EmulatedBot,
  EmulatedTopic,
  Emulator,
  EmulatorOptions,
  FloodOptions,
  FloodRule,
  ForumOptions,
  InlineAnswer,
  InlineQueryOptions,
  JoinOptions,
  JoinRequestOptions,
  MessageDraft,
  MessageReactions,
  MessageRef,
  OtherSide,
  SendTarget,
  ThreadRef,
  TopicChanges,
  UserFile,
  UserMedia,
  UserOptions,
  UserRef,
  WebhookFetch,
} from './types.js';

/** The Bot API version whose behaviour the emulator reproduces. */
export const EMULATED_BOT_API_VERSION = '10.3';
