import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { checkParseMode } from './checks.js';

/**
 * Sends a video, into a topic when `message_thread_id` (or the `"chat*thread"` form of
 * `chat_id`) names one. `video` is a `file_id` or URL string, or a file to upload.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `video`, and any other Bot API parameter of sendVideo
 * @param options - `signal`, `timeoutMs`
 * @returns the sent `Message`
 * @see https://core.telegram.org/bots/api#sendvideo
 */
export async function sendVideo(
  client: Client,
  params: Params<'sendVideo'>,
  options?: CallOptions,
): Promise<Result<'sendVideo'>> {
  checkParseMode('sendVideo', params);
  return client.call('sendVideo', params, options);
}
