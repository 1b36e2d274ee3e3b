import { expect } from 'vitest';
import { isValidationError, type ValidationError } from '../../src/errors/errors.js';
import type { Recorded } from './msw.js';

/**
 * Asserts that a call rejected with a `ValidationError` naming `method` and `field` (and
 * matching `message` when given), and that nothing reached the server.
 * @returns the error, for further checks
 */
export async function expectRefused(
  call: Promise<unknown>,
  seen: readonly Recorded[],
  where: { method: string; field: string; message?: RegExp },
): Promise<ValidationError> {
  const error = await call.then(
    () => expect.unreachable('the call should have been refused'),
    (e: unknown) => e,
  );
  expect(isValidationError(error), String(error)).toBe(true);
  const v = error as ValidationError;
  expect({ method: v.method, field: v.field }).toEqual({ method: where.method, field: where.field });
  expect(v.message.startsWith(`${where.method}: `)).toBe(true);
  if (where.message) expect(v.message).toMatch(where.message);
  expect(seen).toHaveLength(0);
  return v;
}
