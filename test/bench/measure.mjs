// What the benchmark scripts share: driving calls at a concurrency, medians, the bare server.
import { createServer } from 'node:http';

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

/**
 * The bare server the emulator's loopback benchmarks compare with: `node:http` on 127.0.0.1 that
 * reads the body, `JSON.parse`s it and answers `{"ok":true,"result":…}` with `JSON.stringify` of
 * `result`. Resolves to its URL and a `close()`.
 */
export function startBareServer(result) {
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const params = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      if (params.chat_id === undefined) throw new Error('bad request');
      const text = JSON.stringify({ ok: true, result });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
