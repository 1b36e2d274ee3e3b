import type { Emulator } from 'telegram-forum/testing';
import type { ClientFailure } from './flows.js';

/** Waits until `check` holds, polling every 10 ms, for at most `ms`. */
export async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  for (let i = 0; i < 10_000 && !check(); i++) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Texts of a topic's messages (service messages left out). */
export function texts(emulator: Emulator, chatId: number, threadId: number): string[] {
  return emulator
    .messages(chatId, threadId)
    .map((m) => m.text)
    .filter((t): t is string => t !== undefined);
}

/**
 * Awaits a call that must fail with an error of class `type`; returns its class name and message.
 * Anything else (success, another error) fails the test with a message that says what happened.
 */
export async function failureOf(
  call: Promise<unknown>,
  type: abstract new (...args: never[]) => Error,
): Promise<ClientFailure> {
  const outcome = await call.then(
    (value: unknown) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome))
    throw new Error(`expected a ${type.name}, the call returned ${JSON.stringify(outcome.value)}`);
  const { error } = outcome;
  if (!(error instanceof type)) throw new Error(`expected a ${type.name}, got ${String(error)}`);
  return { kind: error.constructor.name, message: error.message };
}
