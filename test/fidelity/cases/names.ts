import type { Message } from 'telegram-forum';
import { expect } from 'vitest';
import type { Case, Encoding, Fixture } from '../runner.js';

// Names (topic names, invite link names) as TDLib cleans them (td/telegram/misc.cpp), the topic
// methods' checks (td/telegram/ForumTopicManager.cpp), and uploads: the file name the server keeps
// and the MIME type TDLib derives from it.

const CLEAN = 'td/telegram/misc.cpp clean_name';
const TOPICS = 'td/telegram/ForumTopicManager.cpp';
const MIME = 'td/telegram/MessageContent.cpp create_input_message_content';

const create = (name: unknown) => (f: Fixture) => ({ chat_id: f.forum, name });

/** A multipart body with a document part named `fileName` (its own Content-Type given too). */
function upload(field: string, fileName: string, partType = 'application/octet-stream') {
  return (f: Fixture): Encoding => {
    const boundary = 'fidelityBoundary';
    const raw = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="chat_id"',
      '',
      String(f.forum),
      `--${boundary}`,
      `Content-Disposition: form-data; name="${field}"; filename="${fileName}"`,
      `Content-Type: ${partType}`,
      '',
      'file content',
      `--${boundary}--`,
      '',
    ].join('\r\n');
    return { raw, type: `multipart/form-data; boundary=${boundary}` };
  };
}

const documentOf = (result: unknown) => (result as Message).document;

export const nameCases: Case[] = [
  {
    name: 'a topic name: runs of spaces become one, ends trimmed',
    cite: CLEAN,
    method: 'createForumTopic',
    params: create('  Refund   for  order  '),
    result: { name: 'Refund for order' },
  },
  {
    name: 'a topic name: newlines and no-break spaces count as spaces',
    cite: CLEAN,
    method: 'createForumTopic',
    params: create('\nA\u00a0\u00a0B\n\n'),
    result: { name: 'A B' },
  },
  {
    name: 'a topic name: control characters become spaces',
    cite: 'td/telegram/misc.cpp clean_input_string',
    method: 'createForumTopic',
    params: create('a\u0001\u0002b'),
    result: { name: 'a b' },
  },
  {
    name: 'a topic name: cut to 128 characters',
    cite: 'td/telegram/ForumTopicManager.cpp ForumTopicManager::create_forum_topic',
    method: 'createForumTopic',
    params: create('n'.repeat(200)),
    result: { name: 'n'.repeat(128) },
  },
  {
    name: 'a topic name of invisible characters only is empty',
    cite: 'td/telegram/misc.cpp strip_empty_characters',
    method: 'createForumTopic',
    params: create('\u200b\u200b'),
    error: 'Bad Request: name must be non-empty',
  },
  {
    name: 'a topic name of spaces only',
    cite: `${TOPICS} ForumTopicManager::create_forum_topic`,
    method: 'createForumTopic',
    params: create('   '),
    error: 'Bad Request: name must be non-empty',
  },
  {
    name: 'a topic without a name',
    cite: `${TOPICS} ForumTopicManager::create_forum_topic`,
    method: 'createForumTopic',
    params: (f) => ({ chat_id: f.forum }),
    error: 'Bad Request: name must be non-empty',
  },
  {
    name: 'a topic in a supergroup without topics',
    cite: `${TOPICS} ForumTopicManager::is_forum`,
    method: 'createForumTopic',
    params: (f) => ({ chat_id: f.group, name: 'x' }),
    error: 'Bad Request: the chat is not a forum',
  },
  {
    name: 'a topic in a private chat of a bot without topics',
    cite: `${TOPICS} ForumTopicManager::is_forum`,
    method: 'createForumTopic',
    params: (f) => ({ chat_id: f.ann, name: 'x' }),
    error: 'Bad Request: the chat is not a forum',
  },
  {
    name: 'closing a topic of a private chat (with topics) is for supergroups only',
    cite: `${TOPICS} ForumTopicManager::is_forum`,
    method: 'closeForumTopic',
    options: { bot: { has_topics_enabled: true } },
    setup: (f) => f.ok('createForumTopic', { chat_id: f.ann, name: 'mine' }),
    params: (f) => ({ chat_id: f.ann, message_thread_id: f.emulator.messages(f.ann).at(-1)?.message_id }),
    error: 'Bad Request: the chat is not a supergroup forum',
  },
  {
    name: 'a topic without can_manage_topics',
    cite: `${TOPICS} ForumTopicManager::create_forum_topic`,
    method: 'createForumTopic',
    params: (f) => ({ chat_id: f.weak, name: 'x' }),
    error: 'Bad Request: not enough rights to create a topic',
  },
  {
    name: 'an icon colour outside 0…0xFFFFFF',
    cite: `${TOPICS} ForumTopicManager::create_forum_topic`,
    method: 'createForumTopic',
    params: (f) => ({ chat_id: f.forum, name: 'x', icon_color: 0x1000000 }),
    error: 'Bad Request: invalid icon color specified',
  },
  {
    name: 'an icon_custom_emoji_id that is not a number is no icon',
    cite: 'Client.cpp process_create_forum_topic_query',
    method: 'createForumTopic',
    params: (f) => ({ chat_id: f.forum, name: 'x', icon_custom_emoji_id: 'smile' }),
    check: (result) => expect(result).not.toHaveProperty('icon_custom_emoji_id'),
  },
  {
    name: 'editForumTopic with message_thread_id 0',
    cite: `${TOPICS} ForumTopicManager::can_be_forum_topic_id`,
    method: 'editForumTopic',
    params: (f) => ({ chat_id: f.forum, message_thread_id: 0, name: 'x' }),
    error: 'Bad Request: invalid forum topic identifier specified',
  },
  {
    name: 'editForumTopic cleans the name',
    cite: CLEAN,
    method: 'editForumTopic',
    params: (f) => ({ chat_id: f.forum, message_thread_id: f.topic, name: ' New\n\nname ' }),
    check: (_, f) => expect(f.emulator.topics(f.forum)[1]?.name).toBe('New name'),
  },
  {
    name: 'editForumTopic with a name that cleans to nothing',
    cite: `${TOPICS} ForumTopicManager::edit_forum_topic`,
    method: 'editForumTopic',
    params: (f) => ({ chat_id: f.forum, message_thread_id: f.topic, name: ' \n ' }),
    error: 'Bad Request: name must be non-empty',
  },
  {
    name: "editForumTopic of another's topic without can_manage_topics",
    cite: `${TOPICS} ForumTopicManager::edit_forum_topic`,
    method: 'editForumTopic',
    setup: (f) => f.emulator.userCreatesTopic(f.owner, f.weak, 'Theirs'),
    params: (f) => ({ chat_id: f.weak, message_thread_id: f.emulator.topics(f.weak)[1]?.message_thread_id, name: 'x' }),
    error: 'Bad Request: not enough rights to edit the topic',
  },
  {
    name: 'an invite link name is cut to 32 characters, not refused',
    cite: 'td/telegram/DialogInviteLinkManager.cpp DialogInviteLinkManager::export_dialog_invite_link',
    method: 'createChatInviteLink',
    params: (f) => ({ chat_id: f.forum, name: `  ${'l'.repeat(40)}` }),
    result: { name: 'l'.repeat(32) },
  },
  {
    name: "an upload's MIME type comes from its extension, in any case",
    cite: MIME,
    method: 'sendDocument',
    encoding: upload('document', 'report.PDF'),
    check: (result) =>
      expect(documentOf(result)).toMatchObject({ file_name: 'report.PDF', mime_type: 'application/pdf' }),
  },
  {
    name: "an upload's own Content-Type is ignored",
    cite: MIME,
    method: 'sendDocument',
    encoding: upload('document', 'notes.txt', 'image/png'),
    check: (result) => expect(documentOf(result)).toMatchObject({ file_name: 'notes.txt', mime_type: 'text/plain' }),
  },
  {
    name: 'a picture sent as a document is image/jpeg',
    cite: 'tdutils/generate/mime_types.txt image/jpeg',
    method: 'sendDocument',
    encoding: upload('document', 'photo.jpg'),
    check: (result) => expect(documentOf(result)?.mime_type).toBe('image/jpeg'),
  },
  {
    name: 'a voice note named .ogg is audio/ogg',
    cite: 'tdutils/generate/mime_types.txt audio/ogg',
    method: 'sendVoice',
    encoding: upload('voice', 'note.ogg'),
    check: (result) => expect((result as Message).voice?.mime_type).toBe('audio/ogg'),
  },
  {
    name: "an upload's file name is cleaned: unsafe characters become spaces, ends trimmed",
    cite: 'tdutils/td/utils/filesystem.cpp clean_filename',
    method: 'sendDocument',
    encoding: upload('document', 'a<b>.txt'),
    check: (result) => expect(documentOf(result)?.file_name).toBe('a b.txt'),
  },
  {
    name: 'an extension TDLib does not know: Telegram reports application/octet-stream',
    cite: 'Telegram: the MIME type of an upload TDLib sends without one',
    method: 'sendDocument',
    encoding: upload('document', 'data.unknownext'),
    check: (result) => expect(documentOf(result)?.mime_type).toBe('application/octet-stream'),
  },
];
