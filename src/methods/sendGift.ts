import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { checkParseMode } from './checks.js';

/**
 * Sends a gift, paid from the bot's Telegram Stars, to a user (`user_id`) or a channel (`chat_id`);
 * the receiver cannot convert it to Stars. Rejects with a `ValidationError`, sending nothing, for
 * an unknown `text_parse_mode`.
 *
 * @param client - the client to call through
 * @param params - `gift_id`, and any other Bot API parameter of sendGift
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#sendgift
 */
export async function sendGift(
  client: Client,
  params: Params<'sendGift'>,
  options?: CallOptions,
): Promise<Result<'sendGift'>> {
  checkParseMode('sendGift', params, 'text_parse_mode');
  return client.call('sendGift', params, options);
}
