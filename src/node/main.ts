/**
 * telegram-forum for Node: the main entry point, with the Node transport as the default of
 * `createClient`. The package's `node` export condition selects it; browsers, Deno, Bun and
 * Workers get `src/index.ts` itself, whose default is their native fetch.
 * @module
 */
export * from '../index.js';
export { createClient } from './createClient.js';
