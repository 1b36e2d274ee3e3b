import type { Method } from '../../types/methods.js';
import { type RawBody, type RawRequest, readArgs } from '../args.js';
import type { Delivery } from '../delivery/index.js';
import { Failure, fail } from '../failures.js';
import { type Answer, type Context, Described } from '../handlers/context.js';
import { dispatch, handlerOf } from '../handlers/dispatch.js';
import { isValidToken } from '../state/bots.js';
import type { BotState, World } from '../state/types.js';
import { jsonText } from './jsonText.js';

/** A light answer: what `emulator.fetch` turns into a `Response` and `listen()` writes out. @internal */
export interface RawResponse {
  status: number;
  /** The `content-type`. */
  type: string;
  body: string | Uint8Array;
  /** Other headers (`retry-after`). */
  headers?: Record<string, string>;
}

const JSON_TYPE = 'application/json';

/** The context of one call; `signal` is read from the request only when a handler asks (a long poll). */
class CallContext implements Context {
  constructor(
    readonly world: World,
    readonly delivery: Delivery,
    readonly bot: BotState,
    private readonly request: RawRequest | undefined,
  ) {}

  get signal(): AbortSignal | undefined {
    return this.request?.signal;
  }
}

/** The `{ ok: false, … }` answer of a failure, with `Retry-After` for a 429. @internal */
export function failureResponse(f: Failure): RawResponse {
  const body = f.parameters
    ? { ok: false, error_code: f.code, description: f.description, parameters: f.parameters }
    : { ok: false, error_code: f.code, description: f.description };
  const response: RawResponse = { status: f.code, type: JSON_TYPE, body: JSON.stringify(body) };
  if (f.code === 429 && f.parameters?.retry_after !== undefined) {
    response.headers = { 'retry-after': String(f.parameters.retry_after) };
  }
  return response;
}

function success(answer: Answer<Method>): RawResponse {
  const body =
    answer instanceof Described
      ? JSON.stringify({ ok: true, result: answer.result, description: answer.description })
      : `{"ok":true,"result":${jsonText(answer)}}`;
  return { status: 200, type: JSON_TYPE, body };
}

/** Whoever a token belongs to, or the 401 the server gives (a malformed token is told so). */
function authorize(world: World, token: string): BotState | Failure {
  const bot = world.bots.get(token);
  if (bot) return bot;
  if (!isValidToken(token)) return fail('invalidToken');
  return fail('unauthorized');
}

function decode(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The emulator's HTTP edge (see {@link createServe}). @internal */
export interface Serve {
  /**
   * Answers a request whose body is read: synchronously, unless the method waits (a long
   * poll); the caller writes the answer. `listen()` reads bodies itself and calls this.
   */
  answer(request: RawRequest, body: RawBody): RawResponse | Promise<RawResponse>;
  /** Reads the body (a failed read counts as none), then answers: what `emulator.fetch` uses. */
  serve(request: RawRequest, body: () => Promise<RawBody>): Promise<RawResponse>;
}

function failed(error: unknown): RawResponse {
  if (error instanceof Failure) return failureResponse(error);
  return failureResponse(fail('internal', error instanceof Error ? error.message : String(error)));
}

/**
 * The emulator's HTTP edge: routes `/bot<token>/<method>` to the dispatcher and
 * `/file/bot<token>/<path>` to the stored files, and wraps results and failures in the Bot
 * API's envelope. Used by `emulator.fetch` and by `listen()`.
 * @internal
 */
export function createServe(world: World, delivery: Delivery): Serve {
  function answer(request: RawRequest, body: RawBody): RawResponse | Promise<RawResponse> {
    const path = request.path;
    if (path.startsWith('/file/')) return file(world, path);
    // HttpConnection.cpp HttpConnection::handle: `/bot<token>/<method>`; an empty method is
    // taken from the `method` parameter (Query.cpp), any case.
    const call = /^\/bot([^/]*)\/(.*)$/.exec(path);
    if (!call) return failureResponse(fail('notFound'));
    const bot = authorize(world, decode(call[1]!));
    if (bot instanceof Failure) return failureResponse(bot);
    const args = readArgs(request, body);
    const handler = handlerOf(call[2] === '' ? (args.str('method') ?? '') : decode(call[2]!));
    if (!handler) return failureResponse(fail('methodNotFound'));
    try {
      const result = handler(new CallContext(world, delivery, bot, request), args);
      return result instanceof Promise ? result.then(success, failed) : success(result);
    } catch (error) {
      return failed(error);
    }
  }
  return {
    answer,
    async serve(request, body) {
      const read = request.method === 'GET' || request.method === 'HEAD' ? null : await body().catch(() => null);
      return answer(request, read);
    },
  };
}

/** `/file/bot<token>/<path>`: a stored file's bytes. */
function file(world: World, path: string): RawResponse {
  const match = /^\/file\/bot([^/]+)\/(.+)$/.exec(path);
  if (!match) return failureResponse(fail('notFound'));
  const bot = authorize(world, decode(match[1]!));
  if (bot instanceof Failure) return failureResponse(bot);
  const record = world.filesByPath.get(match[2]!.split('/').map(decode).join('/'));
  if (!record) return failureResponse(fail('notFound'));
  return { status: 200, type: record.type || 'application/octet-stream', body: record.bytes };
}

/** Runs a method as a bot outside any request (a method call in a webhook's answer). @internal */
export function execute(world: World, delivery: Delivery) {
  return async (bot: BotState, method: string, args: Parameters<typeof dispatch>[2]): Promise<unknown> =>
    dispatch(new CallContext(world, delivery, bot, undefined), method, args);
}
