/**
 * The result of a server-side step: a value, or an error with the code and the message the
 * official server's own layers produce (TDLib's `Status`, before the Bot API front end turns it
 * into a `description`; see `describeError`).
 * @internal
 */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ServerError };

/**
 * An error as TDLib or the Bot API server's parameter readers create it: an HTTP-like code and an
 * untranslated message such as `Can't parse entities: …` or `MESSAGE_NOT_MODIFIED`.
 * @internal
 */
export interface ServerError {
  /** 400 for a bad request, 403, 429 …; 0 when the source creates the error without a code. */
  readonly code: number;
  /** The message as the source writes it (first letter not yet lower-cased). */
  readonly message: string;
}

/** A successful {@link Outcome}. @internal */
export function success<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

/** A failed {@link Outcome} with `code` 400 unless given. @internal */
export function failure<T = never>(message: string, code = 400): Outcome<T> {
  return { ok: false, error: { code, message } };
}

/** Prefixes the message of a failed outcome, keeping its code (TDLib's `PSLICE() << prefix << error`). @internal */
export function prefixed<T>(outcome: Outcome<T>, prefix: string, code?: number): Outcome<T> {
  if (outcome.ok) return outcome;
  return failure(prefix + outcome.error.message, code ?? outcome.error.code);
}
