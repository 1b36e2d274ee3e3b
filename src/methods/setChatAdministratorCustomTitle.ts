import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { checkMemberTag } from './checks.js';

/**
 * Sets the custom title of an administrator the bot promoted. Rejects with a `ValidationError`,
 * sending nothing, when `custom_title` is longer than 16 characters or contains emoji.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `user_id` and `custom_title`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setchatadministratorcustomtitle
 */
export async function setChatAdministratorCustomTitle(
  client: Client,
  params: Params<'setChatAdministratorCustomTitle'>,
  options?: CallOptions,
): Promise<Result<'setChatAdministratorCustomTitle'>> {
  checkMemberTag('setChatAdministratorCustomTitle', 'custom_title', params.custom_title);
  return client.call('setChatAdministratorCustomTitle', params, options);
}
