/**
 * A small seeded PRNG (Marsaglia's xorshift32), so fault sequences repeat exactly for a given
 * seed. Not for anything but tests.
 * @returns a function that yields floats in [0, 1)
 */
export function prng(seed: number): () => number {
  // xorshift has one fixed point, 0; a few warm-up rounds spread nearby seeds apart.
  let state = seed >>> 0 || 0x9e3779b9;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4_294_967_296;
  };
  for (let i = 0; i < 8; i++) next();
  return next;
}

/** Mixes a seed with a string (FNV-1a), to give each logical call its own stream. */
export function mix(seed: number, key: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Picks a key of `weights` at random, in proportion to its weight. */
export function pick<K extends string>(random: () => number, weights: Record<K, number>): K {
  const entries = Object.entries(weights) as Array<[K, number]>;
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let x = random() * total;
  for (const [key, w] of entries) {
    x -= w;
    if (x < 0) return key;
  }
  return entries[entries.length - 1]![0];
}
