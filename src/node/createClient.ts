import { createClient as createFetchClient } from '../client/createClient.js';
import type { Client, ClientOptions, FetchLike } from '../client/types.js';
import { createNodeFetch } from './fetch.js';

// One for every client made without a `fetch`: it holds no state beyond Node's global agents.
let nodeFetch: FetchLike | undefined;

/**
 * Creates a client: the one transport every method goes through. This is the Node build's
 * `createClient`: without a `fetch` option it sends through the Node transport
 * (`createNodeFetch()`), which is several times cheaper per call than the global fetch.
 *
 * @param options - token, and optionally `apiRoot`, `fetch`, `timeoutMs`, `retry`
 * @returns the client
 */
export function createClient(options: ClientOptions): Client {
  if (options?.fetch !== undefined) return createFetchClient(options);
  nodeFetch ??= createNodeFetch();
  return createFetchClient({ ...options, fetch: nodeFetch });
}
