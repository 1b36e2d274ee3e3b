import { sleep } from '../client/retry.js';
import { UpdateSkippedError, ValidationError, WebhookError } from '../errors/errors.js';
import type { Update } from '../types/botApi.js';
import {
  attemptCounter,
  backoff,
  checkHandler,
  reporter,
  retryInProcess,
  type UpdateHandlerOptions,
} from './boundary.js';
import { parseUpdate, readBody } from './readBody.js';
import { isWebhookReply } from './webhookReply.js';

/** Options of {@link webhookHandler}. */
export interface WebhookOptions extends UpdateHandlerOptions {
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
   * on Cloudflare Workers or `() => {}` on a long-lived server. Telegram then never redelivers:
   * failed attempts are retried in the process (after 1 s, 2 s, 4 s…, at most 10 s apart) up to
   * `maxAttempts`, and a process that stops meanwhile loses the update (at most once).
   */
  waitUntil?: ((task: Promise<void>) => void) | undefined;
}

/** The name of the header Telegram puts the webhook secret in. */
export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

const answer = (status: number, headers?: Record<string, string>) =>
  new Response(null, { status, ...(headers && { headers }) });

const sha256 = async (text: string) =>
  new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));

/**
 * Creates a web-standard webhook handler, `(request) => Promise<Response>`, for Deno, Bun,
 * Cloudflare Workers, or Node through {@link toNodeListener}.
 *
 * Answers: wrong or missing secret 401 (compared in constant time, without leaking its
 * length); not POST 405; body over `maxBodyBytes` 413 (checked on Content-Length and while
 * reading); body not a JSON object with a numeric `update_id` 400; `onUpdate` threw 500, so
 * Telegram delivers the update again, until its `maxAttempts`-th failure in this process, which
 * is answered 200 and reported as an `UpdateSkippedError`; otherwise 200, with a JSON body when
 * `onUpdate` returned a {@link webhookReply}. No exception escapes the handler: errors go to
 * `onError` (default: `console.error`), refused requests (but 405) as a `WebhookError`.
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
 * @param options - `onUpdate`, `onError`, `maxAttempts`, `secretToken` (or
 *   `allowUnauthenticated: true`), `maxBodyBytes`, `waitUntil`
 * @returns the request handler
 * @throws ValidationError when neither a valid `secretToken` nor `allowUnauthenticated: true` is
 *   given, or another option is invalid
 */
export function webhookHandler(options: WebhookOptions): (request: Request) => Promise<Response> {
  const fail = (message: string, field: string) => new ValidationError(message, { method: 'webhookHandler', field });
  const maxAttempts = checkHandler(options ?? ({} as WebhookOptions), 'webhookHandler');
  const { onUpdate, secretToken, waitUntil } = options;
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
  const report = reporter(options.onError, 'webhookHandler');
  const attempts = attemptCounter(maxAttempts);
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

  const refuse = (status: number, message: string, headers?: Record<string, string>) => {
    report(new WebhookError(`webhookHandler answered ${status}: ${message}`, status));
    return answer(status, headers);
  };

  /** The request → its update, or the answer that refuses it. */
  const receive = async (request: Request): Promise<Update | Response> => {
    if (request.method !== 'POST') return answer(405, { allow: 'POST' });
    if (!(await authentic(request))) return refuse(401, 'the secret token header is missing or wrong');
    const body = await readBody(request, max);
    if (!body) return refuse(413, `the body is over maxBodyBytes (${max})`, { connection: 'close' });
    return (parseUpdate(body) as Update | undefined) ?? refuse(400, 'the body is not a JSON update');
  };

  /** One attempt at an update, answered: Telegram's redelivery after a 500 is the next attempt. */
  const deliver = async (update: Update): Promise<Response> => {
    try {
      const result = await onUpdate(update);
      const reply = isWebhookReply(result) ? JSON.stringify(result) : undefined;
      attempts.handled(update.update_id);
      return reply === undefined
        ? answer(200)
        : new Response(reply, { status: 200, headers: { 'content-type': 'application/json' } });
    } catch (error) {
      report(error, update);
      const { attempts: count, skip } = attempts.failed(update.update_id);
      if (!skip) return answer(500);
      report(new UpdateSkippedError(update.update_id, count, { cause: error }), update);
      return answer(200);
    }
  };

  /** Answers at once; the attempts run in the background, in this process. */
  const deliverLater = (update: Update, later: (task: Promise<void>) => void): Response => {
    const attempt = async (u: Update) => {
      if (isWebhookReply(await onUpdate(u))) {
        report(new WebhookError('a webhookReply cannot be sent with waitUntil: the answer went first', 200), u);
      }
    };
    const delay = (failures: number) => backoff(failures, 1_000, 10_000);
    later(retryInProcess(update, attempt, { max: maxAttempts, report, delay, sleep }).then(() => {}, report));
    return answer(200);
  };

  return async (request) => {
    try {
      const received = await receive(request);
      if (received instanceof Response) return received;
      return waitUntil ? deliverLater(received, waitUntil) : await deliver(received);
    } catch (error) {
      // Only a broken request stream or a throwing waitUntil gets here: ask for a redelivery.
      report(new WebhookError('webhookHandler answered 500: the request could not be handled', 500, { cause: error }));
      return answer(500);
    }
  };
}
