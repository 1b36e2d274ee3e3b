import type { Emulator } from '../../src/testing/index.js';

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
