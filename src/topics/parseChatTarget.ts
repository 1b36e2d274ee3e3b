import { invalid } from '../errors/errors.js';
import type { Params, ThreadedMethod } from '../types/methods.js';

/**
 * A chat, and optionally a topic in it, as the Bot API takes them: what {@link parseChatTarget}
 * returns. Either member spreads into a method's parameters (`{ ...target, text }`); one with a
 * topic also into the topic methods (`closeForumTopic`, …), which need `message_thread_id`.
 * @typeParam Chat - the `chat_id` of a target without a topic: `string` when parsed from a string
 */
export type ChatTarget<Chat extends number | string = number | string> =
  | {
      /** The chat: an integer id, or `@username`. */
      chat_id: number | string;
      /** The topic. */
      message_thread_id: number;
    }
  | {
      /** The chat, unchanged (a string id stays a string). */
      chat_id: Chat;
      /** Absent: the target names no topic. */
      message_thread_id?: never;
    };

/**
 * The legacy `"chat*thread"` form of `chat_id`, as a type: `"-1001234567890*42"`, `"@forum*7"`.
 * The type only sketches the form; {@link parseChatTarget} checks it strictly at run time.
 */
export type LegacyChatTarget = `${number}*${number}` | `@${string}*${number}`;

/**
 * Parameters of a method on one topic (`closeForumTopic`, `editForumTopic`, …): the topic is
 * `message_thread_id`, or it is inside a string `chat_id` in the legacy `"chat*thread"` form.
 *
 * A numeric `chat_id` needs `message_thread_id` (leaving it out is a type error that names it).
 * A string `chat_id` may carry the topic, so the type lets `message_thread_id` out and the call
 * checks it at run time: a string without a topic rejects with a `ValidationError` naming
 * `message_thread_id`. The result of {@link parseChatTarget} spreads in as is.
 */
export type TopicParams<M extends ThreadedMethod> = Omit<Params<M>, 'chat_id' | 'message_thread_id'> &
  // The order matters to the compiler's message: for `{ chat_id: 1 }` it reports the last member
  // ("property 'message_thread_id' is missing"), not a `chat_id` mismatch.
  (
    | {
        /** The chat as a string: `@username`, a numeric string, or `"chat*thread"` (checked when called). */
        chat_id: string;
        /** The topic; when `chat_id` is `"chat*thread"`, optional and equal to its topic. */
        message_thread_id?: number;
      }
    | {
        /** The chat: an integer id, or `@username`. */
        chat_id: number | string;
        /** The topic. */
        message_thread_id: number;
      }
  );

// An integer chat id or @username, one "*", and a positive topic id; nothing else.
const LEGACY = /^(?:(-?[1-9]\d*)|(@[A-Za-z]\w{3,31}))\*([1-9]\d*)$/;

/**
 * Parses a chat target, strictly. A number or a string without `*` is a plain chat id and
 * passes through. The legacy `"chat*thread"` form (`"-1001234567890*42"`, `"@forum*7"`)
 * must have exactly one `*`, an integer chat id or `@username` before it and a positive
 * safe integer after it, with no spaces; anything else throws a `ValidationError`.
 *
 * The result spreads into a method's parameters; parsed from a string, it spreads into the
 * topic methods too (the call then checks that it names a topic).
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
export function parseChatTarget(value: number, method?: string): ChatTarget<number>;
export function parseChatTarget(value: string, method?: string): ChatTarget<string>;
export function parseChatTarget(value: number | string, method?: string): ChatTarget;
export function parseChatTarget(value: number | string, method?: string): ChatTarget {
  if (typeof value === 'string' && value.includes('*')) {
    const m = LEGACY.exec(value);
    const chat = Number(m?.[1]);
    const thread = Number(m?.[3]);
    if (m && (m[2] || Number.isSafeInteger(chat)) && Number.isSafeInteger(thread)) {
      return { chat_id: m[2] ?? chat, message_thread_id: thread };
    }
  } else if (typeof value === 'number' || (typeof value === 'string' && value)) {
    return { chat_id: value };
  }
  throw invalid(
    'chat_id',
    `${JSON.stringify(value)} must be a chat id, or "chat*thread": an integer id or @username, one "*", a positive topic id`,
    method,
  );
}
