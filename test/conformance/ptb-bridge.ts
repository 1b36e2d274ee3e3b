// Runs test/conformance/ptb_bridge.py (python-telegram-bot 13 from Debian's
// python3-python-telegram-bot) and talks to it one JSON line per request. A missing python or
// package is an error that says how to install it: the conformance suite never skips it.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** The interpreter Debian's package installs for (`PTB_PYTHON` overrides it). */
export const PTB_PYTHON = process.env.PTB_PYTHON ?? '/usr/bin/python3';
const INSTALL = 'install it with `apt-get update && apt-get install -y python3-python-telegram-bot` (.ci/run does)';
const SCRIPT = fileURLToPath(new URL('./ptb_bridge.py', import.meta.url));

/** An error python-telegram-bot raised: its class name and message. */
export class PtbError extends Error {
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(`${kind}: ${message}`);
    this.name = 'PtbError';
    this.message = message;
  }
}

/** A running bridge process. */
export interface PtbBridge {
  /** python-telegram-bot's version and the Bot API version it was written for. */
  version: string;
  botApi: string;
  request(op: string, args?: Record<string, unknown>): Promise<unknown>;
  close(): Promise<void>;
}

type Pending = { resolve(value: unknown): void; reject(error: Error): void };

/** Starts the bridge; rejects with install instructions when python or the package is missing. */
export function startPtbBridge(options: { startMs?: number; requestMs?: number } = {}): Promise<PtbBridge> {
  const child = spawn(PTB_PYTHON, ['-u', SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('close', () => resolve()));

  return new Promise<PtbBridge>((resolve, reject) => {
    const startTimer = setTimeout(() => {
      child.kill();
      reject(new Error(`python-telegram-bot bridge did not start in time; stderr: ${stderr}`));
    }, options.startMs ?? 15_000);
    child.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(startTimer);
      reject(new Error(`cannot run ${PTB_PYTHON} (${error.code ?? error.message}): python3 and ${INSTALL}`));
    });
    child.once('close', (code) => {
      exited = true;
      clearTimeout(startTimer);
      const why = new Error(`python-telegram-bot bridge exited (code ${code}); stderr: ${stderr}`);
      for (const waiting of pending.values()) waiting.reject(why);
      pending.clear();
      if (/No module named .telegram/.test(stderr)) {
        reject(new Error(`${PTB_PYTHON} has no python-telegram-bot: ${INSTALL}`));
      } else reject(why);
    });

    createInterface({ input: child.stdout }).on('line', (line) => {
      const message = JSON.parse(line) as {
        hello?: { version: string; bot_api: string };
        id?: number;
        result?: unknown;
        error?: { kind: string; message: string; unexpected?: boolean };
      };
      if (message.hello) {
        clearTimeout(startTimer);
        if (!message.hello.version.startsWith('13.')) {
          child.stdin.end();
          reject(
            new Error(`the bridge drives python-telegram-bot 13 (Debian bookworm); found ${message.hello.version}`),
          );
          return;
        }
        resolve(bridge(message.hello.version, message.hello.bot_api));
        return;
      }
      const waiting = pending.get(message.id ?? -1);
      if (!waiting) return;
      pending.delete(message.id!);
      if (!message.error) waiting.resolve(message.result);
      else if (message.error.unexpected) waiting.reject(new Error(`bridge failure: ${message.error.message}`));
      else waiting.reject(new PtbError(message.error.kind, message.error.message));
    });
  });

  function bridge(version: string, botApi: string): PtbBridge {
    return {
      version,
      botApi,
      request(op, args = {}) {
        if (exited) return Promise.reject(new Error(`python-telegram-bot bridge has exited; stderr: ${stderr}`));
        const id = nextId++;
        return new Promise((resolve, reject) => {
          const timer = setTimeout(() => {
            pending.delete(id);
            reject(new Error(`bridge request ${op} timed out`));
          }, options.requestMs ?? 10_000);
          pending.set(id, {
            resolve: (value) => {
              clearTimeout(timer);
              resolve(value);
            },
            reject: (error) => {
              clearTimeout(timer);
              reject(error);
            },
          });
          child.stdin.write(`${JSON.stringify({ id, op, args })}\n`);
        });
      },
      async close() {
        child.stdin.end();
        const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exit;
        clearTimeout(killer);
      },
    };
  }
}
