// Starts a real redis-server (Debian's package; `.ci/run` installs it) on 127.0.0.1 and a free
// port, with its files in a temporary folder, and stops it again. Nothing is mocked: the Redis
// tests talk to this server. Without redis-server on the PATH they fail with a clear message.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running redis-server. */
export interface RedisServer {
  /** `redis://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
}

const BINARY = process.env.REDIS_SERVER ?? 'redis-server';

/** Throws a clear error when redis-server cannot be run. */
export function requireRedisServer(): void {
  const probe = spawnSync(BINARY, ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `The Redis tests need a real redis-server, and "${BINARY}" could not be run (${probe.error?.message ?? probe.stderr}). ` +
        'Install it (Debian: apt-get install -y redis-server; .ci/run does this) or set REDIS_SERVER to its path.',
    );
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** One PING over a raw socket: true on +PONG. */
const ping = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });

const exited = (child: ChildProcess, ms: number) =>
  new Promise<boolean>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(true);
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });

/** Starts redis-server; tries up to three ports (another process may take a free one first). */
export async function startRedis(): Promise<RedisServer> {
  requireRedisServer();
  let lastError = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'telegram-forum-redis-'));
    const child = spawn(
      BINARY,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    const stop = async () => {
      child.kill('SIGTERM');
      if (!(await exited(child, 3000))) {
        child.kill('SIGKILL');
        await exited(child, 3000);
      }
      rmSync(dir, { recursive: true, force: true });
    };
    // Ready within 5 s (bounded: 250 tries of 20 ms), unless it exited (port taken).
    for (let i = 0; i < 250 && child.exitCode === null; i++) {
      if (await ping(port)) return { url: `redis://127.0.0.1:${port}`, port, stop };
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    lastError = `redis-server on port ${port} did not answer PING (exit ${child.exitCode}): ${stderr.trim()}`;
    await stop();
  }
  throw new Error(lastError);
}
