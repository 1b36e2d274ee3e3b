import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Creates a link to an invoice, or to a subscription paid in Telegram Stars.
 *
 * @param client - the client to call through
 * @param params - `title`, `description`, `payload`, `currency`, `prices`, and any other Bot API
 *   parameter of createInvoiceLink
 * @param options - `signal`, `timeoutMs`
 * @returns the link
 * @see https://core.telegram.org/bots/api#createinvoicelink
 */
export function createInvoiceLink(
  client: Client,
  params: Params<'createInvoiceLink'>,
  options?: CallOptions,
): Promise<Result<'createInvoiceLink'>> {
  return client.call('createInvoiceLink', params, options);
}
