import { ValidationError } from '../errors/errors.js';
import { applyTopicRules } from '../topics/rules.js';
import type { Method, Params } from '../types/methods.js';

/**
 * Methods Telegram executes from a webhook's answer: every method except `get*`, `setWebhook`,
 * `deleteWebhook`, `close` and `logOut` (telegram-bot-api/WebhookActor.cpp, `on_connection_result`).
 */
export type ReplyMethod = Exclude<Method, `get${string}` | 'setWebhook' | 'deleteWebhook' | 'close' | 'logOut'>;

/** One Bot API call carried in a webhook's answer; build it with {@link webhookReply}. */
export interface WebhookReply<M extends ReplyMethod = ReplyMethod> {
  /** The method to call. */
  readonly method: M;
  /** Its parameters (the topic rules already applied). */
  readonly params: Params<M>;
  /** The answer's JSON body: `{ "method": …, …params }`. */
  toJSON(): Record<string, unknown>;
}

const BRAND = Symbol.for('telegram-forum.webhookReply');

const hasUpload = (value: unknown): boolean => {
  if (typeof value !== 'object' || value === null) return false;
  if (Symbol.for('telegram-forum.inputFile') in value || value instanceof Blob || value instanceof Uint8Array)
    return true;
  return Object.values(value).some(hasUpload);
};

/**
 * Builds a Bot API call for `onUpdate` to return, so that `webhookHandler` sends it in the
 * webhook's answer (`200`, JSON body) and Telegram executes it: no request of its own, no
 * round trip. The trade-off: you get neither its result (no `message_id`) nor its error.
 * Under `pollUpdates` the same return value is sent through the client instead.
 *
 * @example
 * ```ts
 * import { replyTarget, webhookHandler, webhookReply } from 'telegram-forum';
 * const handler = webhookHandler({
 *   secretToken: 'change-me',
 *   onUpdate: (update) => {
 *     const message = update.message;
 *     if (message?.text) return webhookReply('sendMessage', { ...replyTarget(message), text: message.text });
 *   },
 * });
 * ```
 * @param method - the method: any but `get*`, `setWebhook`, `deleteWebhook`, `close`, `logOut`
 * @param params - its parameters; no uploads (the answer is JSON)
 * @returns the call, to return from `onUpdate`
 * @throws ValidationError for a method Telegram does not execute from an answer, an upload among
 *   the parameters, or a topic target the topic rules refuse
 */
export function webhookReply<M extends ReplyMethod>(method: M, params: Params<M>): WebhookReply<M> {
  if (
    typeof method !== 'string' ||
    !/^[a-z]\w*$/i.test(method) ||
    /^(get|setwebhook$|deletewebhook$|close$|logout$)/i.test(method)
  ) {
    throw new ValidationError(`${String(method)} cannot be called from a webhook's answer`, {
      method: 'webhookReply',
      field: 'method',
    });
  }
  if (hasUpload(params)) {
    throw new ValidationError('a webhook answer is JSON and cannot carry a file upload', {
      method: 'webhookReply',
      field: 'params',
    });
  }
  const checked = applyTopicRules(method, { ...(params as Record<string, unknown>) }) as Params<M>;
  const reply: WebhookReply<M> = {
    method,
    params: checked,
    toJSON: () => ({ method, ...(checked as Record<string, unknown>) }),
  };
  Object.defineProperty(reply, BRAND, { value: true });
  return reply;
}

/**
 * True for a value built by {@link webhookReply} (from either build of the package).
 * @internal
 */
export const isWebhookReply = (value: unknown): value is WebhookReply =>
  typeof value === 'object' && value !== null && (value as Record<PropertyKey, unknown>)[BRAND] === true;
