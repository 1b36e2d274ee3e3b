/**
 * The in-memory Bot API emulator for offline tests (`telegram-forum/testing`).
 * @module
 */

/** The Bot API version whose behaviour the emulator reproduces. */
export const EMULATED_BOT_API_VERSION = '10.3';
