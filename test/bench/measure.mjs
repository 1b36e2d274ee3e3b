// What the benchmark scripts share: driving calls at a concurrency, and medians.

/**
 * Makes `calls` calls of `send` with `concurrency` in flight, stopping early at `maxMs`.
 * Returns the calls done, the wall time, calls per second and CPU µs per call (this process).
 */
export async function drive(send, calls, concurrency, maxMs) {
  let started = 0;
  let done = 0;
  const deadline = performance.now() + maxMs;
  const lane = async () => {
    while (started < calls && performance.now() < deadline) {
      started++;
      await send();
      done++;
    }
  };
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, calls) }, lane));
  const ms = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  return { calls: done, ms, ops: (done * 1000) / ms, cpuUs: (used.user + used.system) / done };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const fmt = (n, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
