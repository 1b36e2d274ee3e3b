import type { CallOptions, Client } from '../client/types.js';
import { ValidationError } from '../errors/errors.js';
import { isPrivateChat } from '../topics/privateChats.js';
import type { Params, Result } from '../types/methods.js';
import { checkMemberTag } from './checks.js';

/**
 * Sets the tag shown next to a regular member's name in a group or supergroup (Bot API 9.5); an
 * empty or missing `tag` removes it. The bot needs `can_manage_tags`. Rejects with a
 * `ValidationError`, sending nothing, for a private chat or a `tag` longer than 16 characters or
 * with emoji.
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `user_id`, and optionally `tag`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setchatmembertag
 */
export async function setChatMemberTag(
  client: Client,
  params: Params<'setChatMemberTag'>,
  options?: CallOptions,
): Promise<Result<'setChatMemberTag'>> {
  // The server answers "method is available only for groups and supergroups"
  // (Client::process_set_chat_member_tag_query in telegram-bot-api).
  if (isPrivateChat(params.chat_id)) {
    throw new ValidationError('chat_id must be a group or supergroup: private chats have no member tags', {
      method: 'setChatMemberTag',
      field: 'chat_id',
    });
  }
  checkMemberTag('setChatMemberTag', 'tag', params.tag);
  return client.call('setChatMemberTag', params, options);
}
