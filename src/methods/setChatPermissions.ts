import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Sets the default permissions of every member of a group or supergroup. The bot needs
 * `can_restrict_members`.
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `permissions`, and optionally `use_independent_chat_permissions`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setchatpermissions
 */
export function setChatPermissions(
  client: Client,
  params: Params<'setChatPermissions'>,
  options?: CallOptions,
): Promise<Result<'setChatPermissions'>> {
  return client.call('setChatPermissions', params, options);
}
