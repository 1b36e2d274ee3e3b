import { ValidationError } from '../errors/errors.js';
import type { Params, ThreadedMethod } from '../types/methods.js';

/** A chat, and optionally a topic in it, as the Bot API takes them. */
export interface ChatTarget {
  /** The chat: an integer id, or `@username` (a string id passes through unchanged). */
  chat_id: number | string;
  /** The topic, when the target names one. */
  message_thread_id?: number;
}

/**
 * The legacy `"chat*thread"` form of `chat_id`, as a type: `"-1001234567890*42"`, `"@forum*7"`.
 * The type only sketches the form; {@link parseChatTarget} checks it strictly at run time.
 */
export type LegacyChatTarget = `${number}*${number}` | `@${string}*${number}`;

/**
 * Parameters of a method with a required `message_thread_id` (`closeForumTopic`, …): the topic
 * given by `message_thread_id`, or inside `chat_id` in the legacy `"chat*thread"` form.
 */
export type TopicParams<M extends ThreadedMethod> =
  | Params<M>
  | (Omit<Params<M>, 'chat_id' | 'message_thread_id'> & { chat_id: LegacyChatTarget; message_thread_id?: number });

const CHAT_ID = /^-?[1-9]\d*$/;
const USERNAME = /^@[A-Za-z]\w{3,31}$/;
const THREAD = /^[1-9]\d*$/;

/**
 * Parses a chat target, strictly. A number or a string without `*` is a plain chat id and
 * passes through. The legacy `"chat*thread"` form (`"-1001234567890*42"`, `"@forum*7"`)
 * must have exactly one `*`, an integer chat id or `@username` before it and a positive
 * safe integer after it, with no spaces; anything else throws a `ValidationError`.
 *
 * @example
 * ```ts
 * import { parseChatTarget } from 'telegram-forum';
 * parseChatTarget('-1001234567890*42'); // { chat_id: -1001234567890, message_thread_id: 42 }
 * ```
 * @param value - a chat id, `@username`, or `"chat*thread"`
 * @param method - the method being called, named in the error
 * @returns `chat_id` (a number for an integer chat part) and `message_thread_id` when given
 */
export function parseChatTarget(value: number | string, method?: string): ChatTarget {
  if (typeof value === 'number') return { chat_id: value };
  const fail = (why: string): never => {
    throw new ValidationError(`chat_id ${JSON.stringify(value)} ${why}`, { method, field: 'chat_id' });
  };
  if (typeof value !== 'string') return fail('must be a number or a string');
  if (value === '') return fail('must not be empty');
  const star = value.indexOf('*');
  if (star < 0) return { chat_id: value };
  const chat = value.slice(0, star);
  const thread = value.slice(star + 1);
  if (thread.includes('*')) fail('has more than one "*"; the form is "chat*thread"');
  const isId = CHAT_ID.test(chat);
  if (!isId && !USERNAME.test(chat)) fail('must start with an integer chat id or @username before "*"');
  if (isId && !Number.isSafeInteger(Number(chat))) fail('has a chat id beyond 2^53');
  const id = Number(thread);
  if (!THREAD.test(thread) || !Number.isSafeInteger(id)) fail('must end with a positive integer topic id after "*"');
  return { chat_id: isId ? Number(chat) : chat, message_thread_id: id };
}
