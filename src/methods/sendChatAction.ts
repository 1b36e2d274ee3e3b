import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { checkOneOf } from './checks.js';

/**
 * The chat actions the Bot API documents (shared with the emulator).
 * @internal
 */
export const CHAT_ACTIONS: readonly string[] = [
  'typing',
  'upload_photo',
  'record_video',
  'upload_video',
  'record_voice',
  'upload_voice',
  'upload_document',
  'choose_sticker',
  'find_location',
  'record_video_note',
  'upload_video_note',
];

/**
 * Shows a status such as "typing…" for about five seconds, inside a topic when
 * `message_thread_id` (or the `"chat*thread"` form of `chat_id`) names one; without it the
 * status shows in General. `action` must be one of the documented values.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `action`, and optionally `message_thread_id`, `business_connection_id`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#sendchataction
 */
export async function sendChatAction(
  client: Client,
  params: Params<'sendChatAction'>,
  options?: CallOptions,
): Promise<Result<'sendChatAction'>> {
  checkOneOf('sendChatAction', 'action', params.action, CHAT_ACTIONS, true);
  return client.call('sendChatAction', params, options);
}
