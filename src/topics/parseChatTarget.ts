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
  | (Omit<Params<M>, 'chat_id' | 'message_thread_id'> & {
      /** The chat and topic in the legacy `"chat*thread"` form. */
      chat_id: LegacyChatTarget;
      /** Optional; when given it must equal the topic in `chat_id`. */
      message_thread_id?: number;
    });

// An integer chat id or @username, one "*", and a positive topic id; nothing else.
const LEGACY = /^(?:(-?[1-9]\d*)|(@[A-Za-z]\w{3,31}))\*([1-9]\d*)$/;

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
  throw new ValidationError(
    `chat_id ${JSON.stringify(value)} must be a chat id, or "chat*thread": an integer id or @username, one "*", a positive topic id`,
    { method, field: 'chat_id' },
  );
}
