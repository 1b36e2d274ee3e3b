import type { FetchLike } from '../../src/client/types.js';
import { createNodeFetch } from '../../src/node/fetch.js';
import { createUndiciFetch } from '../../src/undici/index.js';

/**
 * Every transport the client ships with, by name: the suites that hold for any transport
 * (transport contract, faults, redaction) run once per entry. Each entry builds a fresh fetch.
 * `global fetch` is what browsers, Deno, Bun and Workers get by default, `node` what Node gets.
 */
export const TRANSPORTS: ReadonlyArray<readonly [name: string, make: () => FetchLike]> = [
  // Looked up per call, like the client's own default.
  ['global fetch', () => (url, init) => fetch(url, init)],
  ['node', () => createNodeFetch()],
  ['undici', () => createUndiciFetch()],
];

/** The transports msw can intercept in-process (undici.request goes around it). */
export const MSW_TRANSPORTS = TRANSPORTS.filter(([name]) => name !== 'undici');
