/**
 * The in-memory Bot API emulator for offline tests (`telegram-forum/testing`).
 * @module
 */

export {
  type AdminRights,
  type BotOptions,
  type CallbackAnswer,
  createEmulator,
  type EmulatedBot,
  type EmulatedTopic,
  type Emulator,
  type EmulatorOptions,
  type FloodOptions,
  type FloodRule,
  type ForumOptions,
  type SendTarget,
  type UserOptions,
  type WebhookFetch,
} from './emulator.js';

/** The Bot API version whose behaviour the emulator reproduces. */
export const EMULATED_BOT_API_VERSION = '10.3';
