import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { checkParseMode } from './checks.js';

/**
 * Sends an audio file to be shown in the music player, into a topic when
 * `message_thread_id` (or the `"chat*thread"` form of `chat_id`) names one. `audio` is a
 * `file_id` or URL string, or a file to upload.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `audio`, and any other Bot API parameter of sendAudio
 * @param options - `signal`, `timeoutMs`
 * @returns the sent `Message`
 * @see https://core.telegram.org/bots/api#sendaudio
 */
export async function sendAudio(
  client: Client,
  params: Params<'sendAudio'>,
  options?: CallOptions,
): Promise<Result<'sendAudio'>> {
  checkParseMode('sendAudio', params);
  return client.call('sendAudio', params, options);
}
