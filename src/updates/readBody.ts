/**
 * Reads at most `max` bytes of a request's body; `undefined` when it is longer (whatever
 * Content-Length says).
 * @internal
 */
export async function readBody(request: Request, max: number): Promise<Uint8Array | undefined> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > max) return undefined;
  let buffer = new Uint8Array(Math.min(max, 16_384));
  let length = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (length + value.length > max) {
        await reader.cancel().catch(() => {});
        return undefined;
      }
      if (length + value.length > buffer.length) {
        const grown = new Uint8Array(Math.min(max, Math.max(buffer.length * 2, length + value.length)));
        grown.set(buffer.subarray(0, length));
        buffer = grown;
      }
      buffer.set(value, length);
      length += value.length;
    }
  }
  return buffer.subarray(0, length);
}

/**
 * The update in a body: a JSON object with an integer `update_id`, or `undefined`.
 * @internal
 */
export function parseUpdate(body: Uint8Array): { update_id: number } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return Number.isInteger((value as { update_id?: unknown }).update_id) ? (value as { update_id: number }) : undefined;
}
