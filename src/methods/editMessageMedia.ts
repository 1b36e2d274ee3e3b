import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { checkParseMode } from './checks.js';

/**
 * Replaces the media of a message (animation, audio, document, live photo, photo or video), or
 * turns a text message into a media one. In an album, an item can only become the same kind (an
 * audio or a document) or a photo, live photo or video. An inline message's new media cannot be
 * uploaded: use a `file_id` or a URL. Rejects with a `ValidationError`, sending nothing, for an
 * unknown `parse_mode` of the media.
 *
 * @param client - the client to call through
 * @param params - `media`, the message (`chat_id` and `message_id`, or `inline_message_id`), and
 *   optionally `reply_markup`
 * @param options - `signal`, `timeoutMs`
 * @returns the edited `Message`, or `true` for an inline message
 * @see https://core.telegram.org/bots/api#editmessagemedia
 */
export async function editMessageMedia(
  client: Client,
  params: Params<'editMessageMedia'>,
  options?: CallOptions,
): Promise<Result<'editMessageMedia'>> {
  checkParseMode('editMessageMedia', params.media ?? {});
  return client.call('editMessageMedia', params, options);
}
