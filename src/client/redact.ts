/** Replaces every occurrence of `secret` (non-empty; plain or URL-encoded) in `text`. @internal */
export const redactText = (text: string, secret: string): string =>
  text.split(secret).join('[REDACTED]').split(encodeURIComponent(secret)).join('[REDACTED]');

/**
 * A redacted copy of an error and its `cause` chain (three levels at most): same name,
 * message and stack with the secret removed, plus a string `code` when there is one.
 * The original is never kept, so nothing reachable from our errors holds the secret.
 * @internal
 */
export function redactError(error: unknown, secret: string, depth = 0): Error {
  if (!(error instanceof Error)) return new Error(redactText(String(error), secret));
  const copy = new Error(redactText(error.message, secret));
  copy.name = error.name;
  copy.stack = redactText(error.stack ?? '', secret);
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') (copy as Error & { code: string }).code = code;
  if (error.cause !== undefined && depth < 3) copy.cause = redactError(error.cause, secret, depth + 1);
  return copy;
}
