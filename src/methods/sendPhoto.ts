import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { checkParseMode } from './checks.js';

/**
 * Sends a photo, into a topic when `message_thread_id` (or the `"chat*thread"` form of
 * `chat_id`) names one. `photo` is a `file_id` or URL string, or a file to upload: a `File`, a
 * `Blob`, or bytes and streams wrapped with `inputFile(bytes, "cat.jpg")`.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `photo`, and any other Bot API parameter of sendPhoto
 * @param options - `signal`, `timeoutMs`
 * @returns the sent `Message`
 * @see https://core.telegram.org/bots/api#sendphoto
 */
export async function sendPhoto(
  client: Client,
  params: Params<'sendPhoto'>,
  options?: CallOptions,
): Promise<Result<'sendPhoto'>> {
  checkParseMode('sendPhoto', params);
  return client.call('sendPhoto', params, options);
}
