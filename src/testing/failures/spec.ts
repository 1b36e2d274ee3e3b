/** The reason phrase each status code's descriptions start with, as the Bot API server writes them. @internal */
export const REASONS = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
} as const;

/** A status code the emulator answers with. @internal */
export type Code = keyof typeof REASONS;
/** A fixed text, or a function that fills one in. @internal */
export type Text = string | ((...args: never[]) => string);

/**
 * Where a text comes from:
 * - `source`: written in the official server's source (tdlib/telegram-bot-api, or the TDLib it
 *   pins); `cite` names the file and function;
 * - `telegram`: answered by Telegram's own servers (MTProto errors, limits, rules the source
 *   leaves to them): not in the source; the text is the one observed from api.telegram.org;
 * - `emulator`: the emulator's own (its internal errors, and its answer for a Bot API method it
 *   does not emulate).
 * @internal
 */
export type FailureOrigin = 'source' | 'telegram' | 'emulator';

/** One entry of {@link FAILURES}. @internal */
export interface FailureSpec<C extends Code = Code, T extends Text = Text> {
  readonly code: C;
  /** The text after `<reason>: ` exactly as the Bot API answers it; empty for the bare reason (`Not Found`). */
  readonly text: T;
  readonly origin: FailureOrigin;
  /** Where a reader can check it: `File.cpp Function`, or for Telegram's own texts what answers them. */
  readonly cite: string;
}

const entry =
  <O extends FailureOrigin>(origin: O) =>
  <C extends Code, T extends Text>(code: C, text: T, cite: string): FailureSpec<C, T> => ({ code, text, origin, cite });

/** An entry whose text is written in the official server's source. @internal */
export const source = entry('source');
/** An entry whose text Telegram's own servers answer. @internal */
export const telegram = entry('telegram');
/** An entry whose text is the emulator's own. @internal */
export const emulator = entry('emulator');
