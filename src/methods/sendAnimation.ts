import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { checkParseMode } from './checks.js';

/**
 * Sends an animation (GIF, or H.264/MPEG-4 AVC video without sound), into a topic when
 * `message_thread_id` (or the `"chat*thread"` form of `chat_id`) names one. `animation` is a
 * `file_id` or URL string, or a file to upload.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `animation`, and any other Bot API parameter of sendAnimation
 * @param options - `signal`, `timeoutMs`
 * @returns the sent `Message`
 * @see https://core.telegram.org/bots/api#sendanimation
 */
export async function sendAnimation(
  client: Client,
  params: Params<'sendAnimation'>,
  options?: CallOptions,
): Promise<Result<'sendAnimation'>> {
  checkParseMode('sendAnimation', params);
  return client.call('sendAnimation', params, options);
}
