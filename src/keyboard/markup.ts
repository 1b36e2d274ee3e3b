import type { ForceReply, ReplyKeyboardRemove } from '../types/botApi.js';
import { freeze, length } from './keyboard.js';

/**
 * The markup that removes the reply keyboard (`ReplyKeyboardRemove`).
 * @param options - `selective`: remove it only for the users `@mentioned` in the text and the
 *   sender of the message replied to
 * @returns `{ remove_keyboard: true }`, plus `selective: true` if asked for
 * @example
 * await sendMessage(client, { chat_id, text: 'Thanks!', reply_markup: removeKeyboard() });
 */
export function removeKeyboard(options?: { selective?: boolean }): ReplyKeyboardRemove {
  return freeze(options?.selective ? { remove_keyboard: true, selective: true } : { remove_keyboard: true });
}

/**
 * The markup that shows the reply interface, as if the user had tapped "Reply" (`ForceReply`).
 * Bots in privacy mode then still receive the answer.
 * @param options - `input_field_placeholder` (1-64 characters), `selective`
 * @returns `{ force_reply: true }` plus the options that are set
 * @example
 * await sendMessage(client, { chat_id, text: 'Name of the new topic?', reply_markup: forceReply({ input_field_placeholder: 'Topic name' }) });
 */
export function forceReply(options?: { input_field_placeholder?: string; selective?: boolean }): ForceReply {
  const out: ForceReply = { force_reply: true };
  const placeholder = options?.input_field_placeholder;
  if (placeholder !== undefined) {
    length(placeholder, 64, 'input_field_placeholder');
    out.input_field_placeholder = placeholder;
  }
  if (options?.selective) out.selective = true;
  return freeze(out);
}
