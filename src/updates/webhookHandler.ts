import { ValidationError } from '../errors/errors.js';
import type { Update } from '../types/botApi.js';

/** Options of {@link webhookHandler}. */
export interface WebhookOptions {
  /**
   * Handles one update. When it throws (or rejects), the answer is 500 and Telegram delivers
   * the update again later; when it resolves, the answer is 200.
   */
  onUpdate: (update: Update) => unknown;
  /**
   * The `secret_token` given to `setWebhook`: every request must carry it in the
   * `X-Telegram-Bot-Api-Secret-Token` header. Required unless `allowUnauthenticated` is true.
   */
  secretToken?: string | undefined;
  /** Accept requests without checking the secret header. Anyone who finds the URL can then forge updates. */
  allowUnauthenticated?: boolean | undefined;
  /** Largest accepted body in bytes; a larger one gets 413. Default 1,048,576 (1 MiB). */
  maxBodyBytes?: number | undefined;
  /**
   * Answer 200 at once and let the update be handled in the background: the handling
   * promise (which never rejects) is passed to this function, e.g. `(task) => ctx.waitUntil(task)`
   * on Cloudflare Workers or `() => {}` on a long-lived server. Telegram then never redelivers,
   * even when `onUpdate` fails (errors go to `onError`): at most once instead of at least once.
   */
  waitUntil?: ((task: Promise<void>) => void) | undefined;
  /** Told about every error `onUpdate` threw, with the update (never throws out of the handler). */
  onError?: ((error: unknown, update: Update) => void) | undefined;
}

/** The name of the header Telegram puts the webhook secret in. */
export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

const answer = (status: number, headers?: Record<string, string>) =>
  new Response(null, { status, ...(headers && { headers }) });

const sha256 = async (text: string) =>
  new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));

/** Reads at most `max` bytes of the body; `undefined` when it is longer (whatever Content-Length says). */
async function readBody(request: Request, max: number): Promise<Uint8Array | undefined> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > max) return undefined;
  let buffer = new Uint8Array(Math.min(max, 16_384));
  let length = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (length + value.length > max) {
        await reader.cancel().catch(() => {});
        return undefined;
      }
      if (length + value.length > buffer.length) {
        const grown = new Uint8Array(Math.min(max, Math.max(buffer.length * 2, length + value.length)));
        grown.set(buffer.subarray(0, length));
        buffer = grown;
      }
      buffer.set(value, length);
      length += value.length;
    }
  }
  return buffer.subarray(0, length);
}

/**
 * Creates a web-standard webhook handler, `(request) => Promise<Response>`, for Deno, Bun,
 * Cloudflare Workers, or Node through {@link toNodeListener}.
 *
 * Answers: wrong or missing secret 401 (compared in constant time, without leaking its
 * length); not POST 405; body over `maxBodyBytes` 413 (checked on Content-Length and while
 * reading); body not a JSON object with a numeric `update_id` 400; `onUpdate` threw 500 (so
 * Telegram delivers again); otherwise 200. `onUpdate` is called only for an authenticated
 * JSON update, and no exception escapes the handler.
 *
 * Telegram also redelivers when the answer takes too long, so a slow `onUpdate` can run more
 * than once per update. Keep it short, or pass `waitUntil` to answer at once and handle the
 * update in the background.
 *
 * @example
 * ```ts
 * import { webhookHandler } from 'telegram-forum';
 * const handler = webhookHandler({
 *   secretToken: process.env.WEBHOOK_SECRET ?? 'change-me',
 *   onUpdate: (update) => console.log(update.update_id),
 * });
 * export default { fetch: handler };
 * ```
 * @param options - `onUpdate`, `secretToken` (or `allowUnauthenticated: true`), `maxBodyBytes`,
 *   `waitUntil`, `onError`
 * @returns the request handler
 * @throws ValidationError when neither a valid `secretToken` nor `allowUnauthenticated: true` is given
 */
export function webhookHandler(options: WebhookOptions): (request: Request) => Promise<Response> {
  const fail = (message: string, field: string) => new ValidationError(message, { method: 'webhookHandler', field });
  if (typeof options?.onUpdate !== 'function') throw fail('onUpdate must be a function', 'onUpdate');
  const { onUpdate, secretToken, waitUntil, onError } = options;
  const max = options.maxBodyBytes ?? 1_048_576;
  if (!(Number.isInteger(max) && max > 0)) throw fail('maxBodyBytes must be a positive integer', 'maxBodyBytes');
  if (secretToken === undefined) {
    if (options.allowUnauthenticated !== true) {
      throw fail('secretToken is required (or pass allowUnauthenticated: true)', 'secretToken');
    }
  } else if (!(typeof secretToken === 'string' && /^[\w-]{1,256}$/.test(secretToken))) {
    throw fail('secretToken must be 1-256 characters of A-Z a-z 0-9 _ -', 'secretToken');
  }
  if (waitUntil !== undefined && typeof waitUntil !== 'function')
    throw fail('waitUntil must be a function', 'waitUntil');
  let expected: Promise<Uint8Array> | undefined;

  const authentic = async (request: Request): Promise<boolean> => {
    if (secretToken === undefined) return true;
    expected ??= sha256(secretToken);
    // Comparing fixed-size digests takes the same time whatever the header holds, its length included.
    const [want, got] = await Promise.all([expected, sha256(request.headers.get(SECRET_HEADER) ?? '')]);
    let diff = 0;
    for (let i = 0; i < want.length; i++) diff |= (want[i] as number) ^ (got[i] as number);
    return diff === 0;
  };

  const handle = async (update: Update): Promise<boolean> => {
    try {
      await onUpdate(update);
      return true;
    } catch (error) {
      try {
        onError?.(error, update);
      } catch {}
      return false;
    }
  };

  return async (request) => {
    try {
      if (request.method !== 'POST') return answer(405, { allow: 'POST' });
      if (!(await authentic(request))) return answer(401);
      const body = await readBody(request, max);
      if (!body) return answer(413, { connection: 'close' });
      let update: unknown;
      try {
        update = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
      } catch {
        return answer(400);
      }
      if (
        typeof update !== 'object' ||
        update === null ||
        Array.isArray(update) ||
        !Number.isInteger((update as Update).update_id)
      ) {
        return answer(400);
      }
      if (waitUntil) {
        waitUntil(handle(update as Update).then(() => {}));
        return answer(200);
      }
      return answer((await handle(update as Update)) ? 200 : 500);
    } catch {
      // Only a broken request stream or a throwing waitUntil gets here: ask for a redelivery.
      return answer(500);
    }
  };
}
