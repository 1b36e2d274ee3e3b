import type { Message } from '../../types/botApi.js';
import type { ChatState, Json, Stored, UserJson, World } from './types.js';
import { unixTime } from './world.js';

/**
 * A replied-to message, as Telegram nests it: without its own `reply_to_message`. Built once
 * and shared by the replies (every message of a topic replies to the topic's first message);
 * an edit drops it (see {@link editMessage}). Frozen: where everything in it is frozen too
 * (a topic's first message), its JSON text is built once (http/jsonText.ts).
 */
function asReply(stored: Stored): Json {
  if (!stored.asReply) {
    const { reply_to_message: _, ...rest } = stored.msg;
    stored.asReply = Object.freeze(rest);
  }
  return stored.asReply;
}

/** Changes fields of a stored message (`undefined` removes one). @internal */
export function editMessage(stored: Stored, changes: Json): void {
  for (const key in changes) {
    const value = changes[key];
    if (value === undefined) delete stored.msg[key];
    else stored.msg[key] = value;
  }
  stored.asReply = undefined;
}

/** Optional parts of a stored message. @internal */
export interface StoreExtras {
  /** The message replied to, in the same chat and topic. */
  replyTo?: Stored | undefined;
  /** A message replied to in another chat or topic (`external_reply`). */
  external?: Stored | undefined;
  /** A service message (topic created, pinned, …). */
  service?: boolean;
  /** Sent with a reply keyboard, a removal or a force reply (never editable). */
  hadReplyMarkup?: boolean;
}

/**
 * Builds and stores a message with Telegram's thread fields: in a forum topic it carries
 * `message_thread_id` and `is_topic_message` and replies to the topic's creation message;
 * in General it carries neither. The caller decides who is told (the delivery module).
 * @internal
 */
export function storeMessage(
  world: World,
  chat: ChatState,
  thread: number,
  from: UserJson,
  fields: Json,
  extras: StoreExtras = {},
): Stored {
  const msg: Json & { message_id: number } = {
    message_id: chat.nextId++,
    from,
    chat: chat.json,
    date: unixTime(world),
  };
  const topic = chat.forum && thread > 1;
  if (topic) msg.message_thread_id = thread;
  // In a forum topic every message replies to the topic's creation message, as on Telegram.
  const target = extras.replyTo ?? (topic && chat.type === 'supergroup' ? chat.messages.get(thread) : undefined);
  if (target) msg.reply_to_message = asReply(target);
  const external = extras.external;
  if (external) {
    msg.external_reply = {
      origin: { type: 'user', sender_user: external.msg.from, date: external.msg.date },
      chat: external.msg.chat,
      message_id: external.msg.message_id,
    };
  }
  // A plain loop: measured faster than Object.assign on this hot path.
  for (const key in fields) msg[key] = fields[key];
  if (topic) msg.is_topic_message = true;
  const stored: Stored = {
    msg,
    thread: chat.forum ? thread : 0,
    senderId: from.id,
    service: extras.service ?? false,
    pinned: false,
  };
  if (extras.hadReplyMarkup) stored.hadReplyMarkup = true;
  chat.messages.set(msg.message_id, stored);
  return stored;
}

/**
 * A stored message as a Bot API `Message`. It is the live object: a handler's result is
 * serialised at once, and helpers that give a message to a test copy it first.
 * @internal
 */
export function messageJson(stored: Stored): Message {
  return stored.msg as unknown as Message;
}

/** A copy of a stored message for a test (later edits do not change it). @internal */
export function messageCopy(stored: Stored): Message {
  return structuredClone(stored.msg) as unknown as Message;
}

const CONTENT = [
  'text',
  'entities',
  'photo',
  'document',
  'video',
  'audio',
  'animation',
  'voice',
  'sticker',
  'caption',
  'caption_entities',
  'location',
  'contact',
  'poll',
  'dice',
  'video_note',
  'venue',
];

/** The content fields of a message (what a forward or a copy carries). @internal */
export function contentOf(msg: Json): Json {
  const out: Json = {};
  for (const key of CONTENT) if (msg[key] !== undefined) out[key] = structuredClone(msg[key]);
  return out;
}

/** The last pinned message of a chat. @internal */
export function lastPinned(chat: ChatState): Stored | undefined {
  let pinned: Stored | undefined;
  for (const s of chat.messages.values()) if (s.pinned) pinned = s;
  return pinned;
}
