import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Returns the basic information about a file and prepares it for download; the link is
 * valid for at least an hour. Use `downloadFile(client, file)` to get the bytes.
 *
 * @param client - the client to call through
 * @param params - `file_id`
 * @param options - `signal`, `timeoutMs`
 * @returns the `File`, with `file_path` when it can be downloaded (up to 20 MB)
 * @see https://core.telegram.org/bots/api#getfile
 */
export function getFile(client: Client, params: Params<'getFile'>, options?: CallOptions): Promise<Result<'getFile'>> {
  return client.call('getFile', params, options);
}
