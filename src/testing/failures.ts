import type { ResponseParameters } from '../types/botApi.js';
import { FAILURES, type FailureSpec, REASONS } from './failures/table.js';
import { type DescribeOptions, describeError } from './server/errors.js';
import type { Outcome, ServerError } from './server/outcome.js';

/**
 * A Bot API failure: the HTTP status is `code` (also `error_code`), `description` is the full
 * text (`Bad Request: …`). Thrown by handlers and helpers of the emulator, turned into the
 * `{ ok: false, … }` envelope by the HTTP layer. Build one with {@link fail} (a text of the
 * table below) or {@link serverFailure} (an error of a `server/` module).
 * @internal
 */
export class Failure {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: ResponseParameters,
  ) {}

  /** The same failure with `parameters` (e.g. `retry_after`). */
  with(parameters: ResponseParameters): Failure {
    return new Failure(this.code, this.description, parameters);
  }
}

export { FAILURES, type FailureOrigin, type FailureSpec } from './failures/table.js';

/** The name of a failure in {@link FAILURES}. @internal */
export type FailureName = keyof typeof FAILURES;

/** The arguments a failure's text takes (none for a fixed text). @internal */
export type FailureArgs<K extends FailureName> = (typeof FAILURES)[K]['text'] extends (...args: infer A) => string
  ? A
  : [];

/**
 * The failure named `name`, its text filled in with `args`: `throw fail('chatNotFound')`,
 * `throw fail('noFileInRequest', 'photo')`.
 * @internal
 */
export function fail<K extends FailureName>(name: K, ...args: FailureArgs<K>): Failure {
  const spec: FailureSpec = FAILURES[name];
  const text = typeof spec.text === 'string' ? spec.text : (spec.text as (...a: unknown[]) => string)(...args);
  const reason = REASONS[spec.code];
  return new Failure(spec.code, text === '' ? reason : `${reason}: ${text}`);
}

/**
 * The failure the Bot API answers for an error of TDLib or of the server's own readers (a
 * `server/` module's outcome), through `Client::fail_query_with_error` (see `describeError`):
 * `defaultMessage` is the text the server substitutes for a 400 (e.g. `chat not found`). A bare
 * text is a 400 with that message, as TDLib or Telegram writes it (`serverFailure('CHAT_NOT_MODIFIED')`).
 * @internal
 */
export function serverFailure(error: ServerError | string, defaultMessage?: string): Failure {
  const options: DescribeOptions = defaultMessage === undefined ? {} : { defaultMessage };
  const described = describeError(typeof error === 'string' ? { code: 400, message: error } : error, options);
  return new Failure(described.error_code, described.description, described.parameters);
}

/** The value of a `server/` outcome, or its {@link serverFailure} thrown. @internal */
export function orFail<T>(outcome: Outcome<T>, defaultMessage?: string): T {
  if (!outcome.ok) throw serverFailure(outcome.error, defaultMessage);
  return outcome.value;
}
