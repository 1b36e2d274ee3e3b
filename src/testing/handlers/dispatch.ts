import type { Method } from '../../types/methods.js';
import type { Args, ParamName, Reader } from '../args.js';
import { fail } from '../failures.js';
import { batchHandlers } from './batches.js';
import { botSettingsHandlers } from './botSettings.js';
import { callbackHandlers } from './callbacks.js';
import { chatSettingsHandlers } from './chatSettings.js';
import { contentHandlers } from './content.js';
import type { Answer, Context, Handler, HandlerTable } from './context.js';
import { editHandlers } from './edits.js';
import { fileHandlers } from './files.js';
import { inlineHandlers } from './inline.js';
import { linkHandlers } from './links.js';
import { memberHandlers } from './members.js';
import { messageHandlers } from './messages.js';
import { moderationHandlers } from './moderation.js';
import { LEGACY_NAMES, NOT_EMULATED, type NotEmulatedMethod } from './notEmulated.js';
import { reactionHandlers } from './reactions.js';
import { rightsHandlers } from './rights.js';
import { settingsHandlers } from './settings.js';
import { stickerHandlers } from './stickers.js';
import { topicHandlers } from './topics.js';
import { updateHandlers } from './updates.js';

/**
 * The handler tables, one per domain. The only module that imports them: to add a method,
 * add its handler to the table of its domain (or add a table here for a new domain).
 * @internal
 */
export const TABLES = {
  topics: topicHandlers,
  messages: messageHandlers,
  edits: editHandlers,
  files: fileHandlers,
  members: memberHandlers,
  settings: settingsHandlers,
  updates: updateHandlers,
  callbacks: callbackHandlers,
  // Added for the Bot API's breadth (issue 17).
  rights: rightsHandlers,
  batches: batchHandlers,
  content: contentHandlers,
  reactions: reactionHandlers,
  stickers: stickerHandlers,
  links: linkHandlers,
  moderation: moderationHandlers,
  chatSettings: chatSettingsHandlers,
  botSettings: botSettingsHandlers,
  inline: inlineHandlers,
} as const satisfies Readonly<Record<string, HandlerTable>>;

/** A method some table handles. */
type Emulated = { [D in keyof typeof TABLES]: keyof (typeof TABLES)[D] }[keyof typeof TABLES];
/** The methods of the typed method map that are neither handled, nor listed as not emulated, nor old names: must be none. */
type Unaccounted = Exclude<Method, Emulated | NotEmulatedMethod | keyof typeof LEGACY_NAMES>;
// Fails to compile, naming the methods, when a method of the typed method map is unaccounted for.
const everyMethodAccountedFor: [Unaccounted] extends [never] ? true : { unaccounted: Unaccounted } = true;
void everyMethodAccountedFor;

/** A handler of any method (what the dispatcher calls). @internal */
export type AnyHandler = (ctx: Context, p: Reader<ParamName<Method>>) => Answer<Method> | Promise<Answer<Method>>;

/** Handlers by lower-case method name (the server matches method names in any case). */
const HANDLERS = new Map<string, AnyHandler>();
const names: string[] = [];

for (const [domain, table] of Object.entries(TABLES) as Array<[string, HandlerTable]>) {
  for (const [method, handler] of Object.entries(table) as Array<[Method, Handler<Method>]>) {
    const key = method.toLowerCase();
    if (HANDLERS.has(key)) throw new Error(`emulator: ${method} is handled twice (again in ${domain})`);
    HANDLERS.set(key, handler as AnyHandler);
    names.push(method);
  }
}

/** The methods that exist in the Bot API but are not emulated, by lower-case name. */
const NOT_EMULATED_BY_KEY = new Map<string, string>();
for (const method of Object.values(NOT_EMULATED).flat()) {
  if (HANDLERS.has(method.toLowerCase())) throw new Error(`emulator: ${method} is handled and listed as not emulated`);
  NOT_EMULATED_BY_KEY.set(method.toLowerCase(), method);
}

// Legacy names answer exactly like the method they stand for (Client.cpp Client::init_methods).
for (const [old, current] of Object.entries(LEGACY_NAMES)) {
  const handler = HANDLERS.get(current.toLowerCase());
  if (handler) HANDLERS.set(old.toLowerCase(), handler);
  else NOT_EMULATED_BY_KEY.set(old.toLowerCase(), current);
}

/** The Bot API names of the methods the emulator implements, sorted. @internal */
export const METHODS: readonly string[] = Object.freeze(names.sort());

/** The Bot API names of the methods the emulator does not implement, sorted. @internal */
export const NOT_EMULATED_METHODS: readonly string[] = Object.freeze(Object.values(NOT_EMULATED).flat().sort());

const notEmulatedHandlers = new Map<string, AnyHandler>();

/**
 * The handler of a method (any case, legacy names included). A method of the Bot API the
 * emulator does not implement gets one that answers the not-emulated failure; `undefined`
 * means the name is no Bot API method.
 * @internal
 */
export function handlerOf(method: string): AnyHandler | undefined {
  const key = method.toLowerCase();
  const handler = HANDLERS.get(key);
  if (handler) return handler;
  const name = NOT_EMULATED_BY_KEY.get(key);
  if (name === undefined) return undefined;
  let refuse = notEmulatedHandlers.get(key);
  if (!refuse) {
    refuse = () => {
      throw fail('notEmulated', name);
    };
    notEmulatedHandlers.set(key, refuse);
  }
  return refuse;
}

/** Runs a method's handler; an unknown method is `404 Not Found: method not found` (Client.cpp `on_cmd`). @internal */
export function dispatch(ctx: Context, method: string, args: Args): Answer<Method> | Promise<Answer<Method>> {
  const handler = handlerOf(method);
  if (!handler) throw fail('methodNotFound');
  return handler(ctx, args);
}
