import type { Method } from '../../types/methods.js';
import type { Args, ParamName, Reader } from '../args.js';
import { fail } from '../failures.js';
import { callbackHandlers } from './callbacks.js';
import type { Answer, Context, Handler, HandlerTable } from './context.js';
import { editHandlers } from './edits.js';
import { fileHandlers } from './files.js';
import { memberHandlers } from './members.js';
import { messageHandlers } from './messages.js';
import { settingsHandlers } from './settings.js';
import { topicHandlers } from './topics.js';
import { updateHandlers } from './updates.js';

/**
 * The handler tables, one per domain. The only module that imports them: to add a method,
 * add its handler to the table of its domain (or add a table here for a new domain).
 * @internal
 */
export const TABLES: Readonly<Record<string, HandlerTable>> = {
  topics: topicHandlers,
  messages: messageHandlers,
  edits: editHandlers,
  files: fileHandlers,
  members: memberHandlers,
  settings: settingsHandlers,
  updates: updateHandlers,
  callbacks: callbackHandlers,
};

/** A handler of any method (what the dispatcher calls). @internal */
export type AnyHandler = (ctx: Context, p: Reader<ParamName<Method>>) => Answer<Method> | Promise<Answer<Method>>;

/** Handlers by lower-case method name (the server matches method names in any case). */
const HANDLERS = new Map<string, AnyHandler>();
const names: string[] = [];

for (const [domain, table] of Object.entries(TABLES)) {
  for (const [method, handler] of Object.entries(table) as Array<[Method, Handler<Method>]>) {
    const key = method.toLowerCase();
    if (HANDLERS.has(key)) throw new Error(`emulator: ${method} is handled twice (again in ${domain})`);
    HANDLERS.set(key, handler as AnyHandler);
    names.push(method);
  }
}

/** The Bot API names of the methods the emulator implements, sorted. @internal */
export const METHODS: readonly string[] = Object.freeze(names.sort());

/** The handler of a method (any case); `undefined` when it is not implemented. @internal */
export function handlerOf(method: string): AnyHandler | undefined {
  return HANDLERS.get(method.toLowerCase());
}

/** Runs a method's handler; an unknown method is `404 Not Found: method not found` (Client.cpp `on_cmd`). @internal */
export function dispatch(ctx: Context, method: string, args: Args): Answer<Method> | Promise<Answer<Method>> {
  const handler = handlerOf(method);
  if (!handler) throw fail('methodNotFound');
  return handler(ctx, args);
}
