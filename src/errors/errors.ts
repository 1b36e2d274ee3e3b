import type { ResponseParameters } from '../types/botApi.js';

/** Brand shared by the ESM and CJS builds, so guards work across realms and bundles. */
const BRAND = Symbol.for('telegram-forum.error');

/**
 * Base class of every error this library throws.
 *
 * Catch it to handle anything that went wrong in a call; narrow with the guards
 * ({@link isApiError}, {@link isNetworkError}, …), which also recognise errors that come
 * from the other module format or another realm.
 */
export class TelegramError extends Error {
  /** Always `"TelegramError"`, also in minified builds. */
  override name = 'TelegramError';
}
Object.defineProperty(TelegramError.prototype, BRAND, { value: true });

/**
 * The Bot API answered `ok: false`.
 *
 * The message reads `<method> failed: <error_code> <description>`, e.g.
 * `createForumTopic failed: 400 Bad Request: not enough rights to create a topic`.
 */
export class ApiError extends TelegramError {
  /** Always `"ApiError"`, also in minified builds. */
  override name = 'ApiError';
  /** The Bot API method that failed. */
  declare readonly method: string;
  /** Telegram's `error_code` (also the HTTP status of the answer). */
  declare readonly error_code: number;
  /** Telegram's `description`, e.g. `Bad Request: message thread not found`. */
  declare readonly description: string;
  /** Telegram's `parameters`, when the answer carried them. */
  declare readonly parameters: ResponseParameters | undefined;

  /**
   * @param method - the method that failed
   * @param error_code - Telegram's `error_code`
   * @param description - Telegram's `description`
   * @param parameters - Telegram's `parameters`, if any
   */
  constructor(method: string, error_code: number, description: string, parameters?: ResponseParameters) {
    super(`${method} failed: ${error_code} ${description}`);
    this.method = method;
    this.error_code = error_code;
    this.description = description;
    this.parameters = parameters;
  }

  /** Seconds Telegram asked to wait before retrying (429 flood control), if given. */
  get retryAfter(): number | undefined {
    return this.parameters?.retry_after;
  }

  /** The new supergroup id when a group was upgraded (`migrate_to_chat_id`), if given. */
  get migrateToChatId(): number | undefined {
    return this.parameters?.migrate_to_chat_id;
  }
}

/** The request never got an answer (DNS, refused or reset connection, …). `cause` is a redacted copy. */
export class NetworkError extends TelegramError {
  /** Always `"NetworkError"`, also in minified builds. */
  override name = 'NetworkError';
  /** The method whose request failed. */
  declare readonly method: string;

  /**
   * @param method - the method whose request failed
   * @param message - what went wrong (already redacted)
   * @param options - `cause`: a redacted copy of the underlying error
   */
  constructor(method: string, message: string, options?: { cause?: unknown }) {
    super(`${method} failed: ${message}`, options);
    this.method = method;
  }
}

/** The call did not finish within `timeoutMs`. */
export class TimeoutError extends TelegramError {
  /** Always `"TimeoutError"`, also in minified builds. */
  override name = 'TimeoutError';
  /** The method that timed out. */
  declare readonly method: string;
  /** The timeout that expired, in milliseconds. */
  declare readonly timeoutMs: number;

  /**
   * @param method - the method that timed out
   * @param timeoutMs - the timeout that expired, in milliseconds
   */
  constructor(method: string, timeoutMs: number) {
    super(`${method} failed: no answer within ${timeoutMs} ms`);
    this.method = method;
    this.timeoutMs = timeoutMs;
  }
}

/** An answer that is not Bot API JSON (an HTML error page, truncated JSON, JSON without `ok`). */
export class ResponseError extends TelegramError {
  /** Always `"ResponseError"`, also in minified builds. */
  override name = 'ResponseError';
  /** The method whose answer could not be read. */
  declare readonly method: string;
  /** The HTTP status of the answer. */
  declare readonly status: number;
  /** The start of the body (at most 200 characters), redacted. */
  declare readonly body: string;

  /**
   * @param method - the method whose answer could not be read
   * @param status - the HTTP status of the answer
   * @param body - a short, redacted excerpt of the body
   */
  constructor(method: string, status: number, body: string) {
    super(`${method} failed: HTTP ${status} with a body that is not Bot API JSON`);
    this.method = method;
    this.status = status;
    this.body = body;
  }
}

/** One of our own checks failed before anything was sent. */
export class ValidationError extends TelegramError {
  /** Always `"ValidationError"`, also in minified builds. */
  override name = 'ValidationError';
  /** The method being called, when known. */
  declare readonly method: string | undefined;
  /** The parameter or option at fault, when known. */
  declare readonly field: string | undefined;

  /**
   * @param message - what is wrong, in one line
   * @param where - the `method` and `field` at fault, when known
   */
  constructor(message: string, where: { method?: string | undefined; field?: string | undefined } = {}) {
    super(where.method ? `${where.method}: ${message}` : message);
    this.method = where.method;
    this.field = where.field;
  }
}

/**
 * The {@link ValidationError} of one of our own checks, in the one shape their messages share:
 * `<field> <problem>` (e.g. `name must be 1-128 characters`), prefixed with the
 * method when it is known.
 * @param field - the parameter or option at fault
 * @param problem - what is wrong with it, starting with a verb (`must be …`, `is required …`)
 * @param method - the method being called, when known
 * @internal
 */
export const invalid = (field: string, problem: string, method?: string): ValidationError =>
  new ValidationError(`${field} ${problem}`, { method, field });

/**
 * The throttle's queue was full, so the call was refused before anything was sent.
 * Slow down, or raise `maxQueue` in `throttle(options)`.
 */
export class ThrottleError extends TelegramError {
  /** Always `"ThrottleError"`, also in minified builds. */
  override name = 'ThrottleError';
  /** The method that was refused. */
  declare readonly method: string;
  /** The queue size that was reached (`maxQueue`). */
  declare readonly maxQueue: number;

  /**
   * @param method - the method that was refused
   * @param maxQueue - the queue size that was reached
   */
  constructor(method: string, maxQueue: number) {
    super(`${method} failed: throttle queue is full (${maxQueue} waiting)`);
    this.method = method;
    this.maxQueue = maxQueue;
  }
}

/**
 * An update was given up after `maxAttempts` failed attempts of `onUpdate`: it is confirmed to
 * Telegram (so it is not delivered again) and reported once, with this error, to `onError`.
 * `cause` is the error of the last attempt.
 */
export class UpdateSkippedError extends TelegramError {
  /** Always `"UpdateSkippedError"`, also in minified builds. */
  override name = 'UpdateSkippedError';
  /** The `update_id` of the update that was skipped. */
  declare readonly updateId: number;
  /** How many attempts failed. */
  declare readonly attempts: number;

  /**
   * @param updateId - the skipped update's `update_id`
   * @param attempts - how many attempts failed
   * @param options - `cause`: the error of the last attempt
   */
  constructor(updateId: number, attempts: number, options?: { cause?: unknown }) {
    super(`update ${updateId} skipped after ${attempts} failed attempt${attempts === 1 ? '' : 's'}`, options);
    this.updateId = updateId;
    this.attempts = attempts;
  }
}

/**
 * A webhook request could not be handled: its body could not be read (a body parser took it,
 * the connection broke), the secret was wrong, or the handler failed. `status` is the HTTP status
 * that was answered; `cause` the underlying error, if any. Messages never hold the request's
 * URL or headers (a webhook path may carry the bot token, a header the secret).
 */
export class WebhookError extends TelegramError {
  /** Always `"WebhookError"`, also in minified builds. */
  override name = 'WebhookError';
  /** The HTTP status answered to the request. */
  declare readonly status: number;

  /**
   * @param message - what failed, in one line
   * @param status - the HTTP status answered
   * @param options - `cause`: the underlying error
   */
  constructor(message: string, status: number, options?: { cause?: unknown }) {
    super(message, options);
    this.status = status;
  }
}

const is = (e: unknown, name?: string): boolean =>
  (e as Record<PropertyKey, unknown> | null | undefined)?.[BRAND] === true && (!name || (e as Error).name === name);

/** True for any error thrown by this library, from either build or another realm. */
export const isTelegramError = (e: unknown): e is TelegramError => is(e);
/** True for an {@link ApiError}: Telegram answered `ok: false`. */
export const isApiError = (e: unknown): e is ApiError => is(e, 'ApiError');
/** True for a {@link NetworkError}: the request never got an answer. */
export const isNetworkError = (e: unknown): e is NetworkError => is(e, 'NetworkError');
/** True for a {@link TimeoutError}: the call ran past `timeoutMs`. */
export const isTimeoutError = (e: unknown): e is TimeoutError => is(e, 'TimeoutError');
/** True for a {@link ResponseError}: the answer was not Bot API JSON. */
export const isResponseError = (e: unknown): e is ResponseError => is(e, 'ResponseError');
/** True for a {@link ThrottleError}: the throttle's queue was full. */
export const isThrottleError = (e: unknown): e is ThrottleError => is(e, 'ThrottleError');
/** True for an {@link UpdateSkippedError}: an update was given up after its last attempt. */
export const isUpdateSkippedError = (e: unknown): e is UpdateSkippedError => is(e, 'UpdateSkippedError');
/** True for a {@link WebhookError}: a webhook request could not be handled. */
export const isWebhookError = (e: unknown): e is WebhookError => is(e, 'WebhookError');
/** True for a {@link ValidationError}: our own check failed before sending. */
export const isValidationError = (e: unknown): e is ValidationError => is(e, 'ValidationError');
