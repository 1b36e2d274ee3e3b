import { isApiError } from '../../src/errors/errors.js';
import { createEmulator } from '../../src/testing/index.js';

/**
 * What a call came to, as one string to compare: `resolved <result as JSON>`, or
 * `<error_code> <description>` for a Bot API error, or the error's text.
 */
export const failure = (promise: Promise<unknown>): Promise<string> =>
  promise.then(
    (value) => `resolved ${JSON.stringify(value)}`,
    (e: unknown) => (isApiError(e) ? `${e.error_code} ${e.description}` : String(e)),
  );

/** An emulator with Ann as a member of a forum, and a client of its bot that does not retry. */
export function scene(options: Parameters<typeof createEmulator>[0] = {}) {
  const emulator = createEmulator(options);
  const ann = emulator.createUser({ first_name: 'Ann' });
  const forum = emulator.createForum({ members: [ann] });
  const client = emulator.client({ retry: false });
  return { emulator, ann, forum, client };
}

/** The error `run` throws: its class and message (a test fails when it throws nothing). */
export function thrown(run: () => unknown): { type: string; message: string } {
  try {
    run();
  } catch (error) {
    return { type: (error as Error).constructor.name, message: (error as Error).message };
  }
  throw new Error('expected a throw');
}
