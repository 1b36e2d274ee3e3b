/**
 * telegram-forum: a zero-dependency, fully typed SDK for the Telegram Bot API's forum mode.
 * @module
 */
export * from './client/index.js';
export * from './dedupe/index.js';
export * from './errors/index.js';
export * from './keyboard/index.js';
export * from './methods/index.js';
export * from './registry/index.js';
export * from './store/index.js';
export * from './throttle/index.js';
export * from './topics/index.js';
export type * from './types/index.js';
export * from './updates/index.js';
export * from './webapp/index.js';
