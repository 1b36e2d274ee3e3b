import type { CallOptions, Client } from '../client/types.js';
import { ValidationError } from '../errors/errors.js';
import type { Params, Result } from '../types/methods.js';
import { checkParseMode } from './checks.js';

/**
 * Sends 2-10 photos, videos, documents or audio files as an album, into a topic when
 * `message_thread_id` (or the `"chat*thread"` form of `chat_id`) names one. Each item's `media`
 * is a `file_id` or URL string, or a file to upload (sent as an `attach://` part).
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `media`, and any other Bot API parameter of sendMediaGroup
 * @param options - `signal`, `timeoutMs`
 * @returns the sent messages, one per item
 * @see https://core.telegram.org/bots/api#sendmediagroup
 */
export async function sendMediaGroup(
  client: Client,
  params: Params<'sendMediaGroup'>,
  options?: CallOptions,
): Promise<Result<'sendMediaGroup'>> {
  const media: unknown = params.media;
  if (!Array.isArray(media) || media.length < 2 || media.length > 10) {
    throw new ValidationError('media must hold 2-10 items', { method: 'sendMediaGroup', field: 'media' });
  }
  for (const item of media) checkParseMode('sendMediaGroup', item ?? {});
  return client.call('sendMediaGroup', params, options);
}
