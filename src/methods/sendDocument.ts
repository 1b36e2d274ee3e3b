import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { checkParseMode } from './checks.js';

/**
 * Sends a general file, into a topic when `message_thread_id` (or the `"chat*thread"` form
 * of `chat_id`) names one. `document` is a `file_id` or URL string, or a file to upload; an
 * uploaded `thumbnail` goes as its own part.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `document`, and any other Bot API parameter of sendDocument
 * @param options - `signal`, `timeoutMs`
 * @returns the sent `Message`
 * @see https://core.telegram.org/bots/api#senddocument
 */
export async function sendDocument(
  client: Client,
  params: Params<'sendDocument'>,
  options?: CallOptions,
): Promise<Result<'sendDocument'>> {
  checkParseMode('sendDocument', params);
  return client.call('sendDocument', params, options);
}
