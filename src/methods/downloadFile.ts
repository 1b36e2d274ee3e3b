import type { CallOptions, Client } from '../client/types.js';
import { TelegramError } from '../errors/errors.js';
import type { File } from '../types/botApi.js';

/**
 * Downloads a file's bytes. Given a `file_id` (or a `File` without `file_path`), it calls
 * `getFile` first. The download URL contains the bot token, so it never appears in an error.
 * Files up to 20 MB can be downloaded from the cloud Bot API.
 *
 * @example
 * ```ts
 * import { createClient, downloadFile } from 'telegram-forum';
 * const client = createClient({ token: process.env.BOT_TOKEN ?? '123:abc' });
 * const bytes = await downloadFile(client, 'AgACAgIAAxkBAAIB').catch(() => undefined);
 * ```
 * @param client - the client to call through
 * @param fileOrFileId - a `File` from `getFile`, or a `file_id` (e.g. `message.document.file_id`)
 * @param options - `signal`, `timeoutMs` (for `getFile` and the download alike)
 * @returns the file's bytes
 * @see https://core.telegram.org/bots/api#getfile
 */
export async function downloadFile(
  client: Client,
  fileOrFileId: File | string,
  options?: CallOptions,
): Promise<Uint8Array> {
  let file = fileOrFileId;
  if (typeof file === 'string' || !file.file_path) {
    file = await client.call('getFile', { file_id: typeof file === 'string' ? file : file.file_id }, options);
  }
  if (!file.file_path) throw new TelegramError('downloadFile failed: getFile returned no file_path');
  return client.download(file.file_path, options);
}
