// The forum-topics guide as a flow, against the emulator: every topic method module, the
// legacy form and the General rules end to end. The emulator answers "message thread not
// found" for thread 1, so a send that reaches it with the General id would fail here.
import { afterEach, describe, expect, it } from 'vitest';
import {
  closeForumTopic,
  closeGeneralForumTopic,
  createForumTopic,
  deleteForumTopic,
  editForumTopic,
  editGeneralForumTopic,
  ForumTopicIconColor,
  GENERAL_TOPIC_ID,
  getForumTopicIconStickers,
  hideGeneralForumTopic,
  isApiError,
  isValidationError,
  reopenForumTopic,
  reopenGeneralForumTopic,
  replyTarget,
  sendMessage,
  unhideGeneralForumTopic,
  unpinAllForumTopicMessages,
  unpinAllGeneralForumTopicMessages,
} from '../src/index.js';
import { createEmulator } from '../src/testing/index.js';

let emulator: ReturnType<typeof createEmulator>;
afterEach(() => emulator.close());

function setup() {
  emulator = createEmulator();
  const forum = emulator.createForum({ title: 'Support' });
  return { forum, client: emulator.client({ retry: false }) };
}

describe('forum topics, end to end', () => {
  it('opens a ticket with an icon, works in it by id and by "chat*thread", closes and reopens it', async () => {
    const { forum, client } = setup();
    const icons = await getForumTopicIconStickers(client);
    const icon = icons[1]?.custom_emoji_id;
    expect(icon).toMatch(/^\d{19}$/);
    const topic = await createForumTopic(client, {
      chat_id: forum.id,
      name: 'Ticket #1042: refund',
      icon_color: ForumTopicIconColor.Green,
      ...(icon ? { icon_custom_emoji_id: icon } : {}),
    });
    expect(topic).toMatchObject({ name: 'Ticket #1042: refund', icon_color: 0x8eee98, icon_custom_emoji_id: icon });
    const thread = topic.message_thread_id;

    const byId = await sendMessage(client, { chat_id: forum.id, message_thread_id: thread, text: 'Refund sent.' });
    const byLegacy = await sendMessage(client, { chat_id: `${forum.id}*${thread}`, text: 'Closing.' });
    for (const m of [byId, byLegacy]) expect(m).toMatchObject({ message_thread_id: thread, is_topic_message: true });

    await editForumTopic(client, { chat_id: `${forum.id}*${thread}`, name: '✅ Ticket #1042: refund' });
    await unpinAllForumTopicMessages(client, { chat_id: forum.id, message_thread_id: thread });
    await closeForumTopic(client, { chat_id: forum.id, message_thread_id: thread });
    expect(emulator.topics(forum.id).find((t) => t.message_thread_id === thread)).toMatchObject({
      name: '✅ Ticket #1042: refund',
      is_closed: true,
    });
    await reopenForumTopic(client, { chat_id: `${forum.id}*${thread}` });
    expect(emulator.topics(forum.id).find((t) => t.message_thread_id === thread)?.is_closed).toBe(false);

    await deleteForumTopic(client, { chat_id: forum.id, message_thread_id: thread });
    expect(emulator.topics(forum.id).map((t) => t.message_thread_id)).toEqual([GENERAL_TOPIC_ID]);
  });

  it('posts into General when a send names thread 1, by id or by "chat*1"', async () => {
    const { forum, client } = setup();
    const a = await sendMessage(client, { chat_id: forum.id, message_thread_id: GENERAL_TOPIC_ID, text: 'a' });
    const b = await sendMessage(client, { chat_id: `${forum.id}*1`, text: 'b' });
    for (const m of [a, b]) {
      expect(m.message_thread_id).toBeUndefined();
      expect(m.is_topic_message).toBeUndefined();
    }
    expect(emulator.messages(forum.id, GENERAL_TOPIC_ID).map((m) => m.text)).toEqual(['a', 'b']);
  });

  it('shows what the rule prevents: thread 1 re-added by a transformer is refused', async () => {
    // The rule runs before transformers, so this one gets past it, as code without the rule would.
    const { forum, client } = setup();
    client.use((next, method, params, options) => next(method, { ...params, message_thread_id: 1 }, options));
    const error = await sendMessage(client, { chat_id: forum.id, text: 'x' }).catch((e: unknown) => e);
    expect(isApiError(error) && error.description).toBe('Bad Request: message thread not found');
  });

  it('manages the General topic with its own methods, and refuses it on the topic methods', async () => {
    const { forum, client } = setup();
    await editGeneralForumTopic(client, { chat_id: forum.id, name: 'Lobby' });
    await unpinAllGeneralForumTopicMessages(client, { chat_id: forum.id });
    await closeGeneralForumTopic(client, { chat_id: forum.id });
    await reopenGeneralForumTopic(client, { chat_id: forum.id });
    await hideGeneralForumTopic(client, { chat_id: forum.id });
    expect(emulator.topics(forum.id)[0]).toMatchObject({ name: 'Lobby', is_closed: true, is_hidden: true });
    await unhideGeneralForumTopic(client, { chat_id: forum.id });
    expect(emulator.topics(forum.id)[0]).toMatchObject({ is_hidden: false });

    const before = emulator.messages(forum.id).length;
    const error = await closeForumTopic(client, { chat_id: `${forum.id}*1` }).catch((e: unknown) => e);
    expect(isValidationError(error) && error.message).toBe(
      'closeForumTopic: message_thread_id 1 is the General topic; use closeGeneralForumTopic',
    );
    expect(emulator.messages(forum.id)).toHaveLength(before);
  });

  it('answers a user in place with replyTarget: in the topic, or in General', async () => {
    const { forum, client } = setup();
    const ann = emulator.createUser({ first_name: 'Ann' });
    const { message_thread_id } = await createForumTopic(client, { chat_id: forum.id, name: 'Questions' });
    const inTopic = emulator.userSends(ann, '/status', { chat_id: forum.id, message_thread_id });
    const inGeneral = emulator.userSends(ann, '/status', { chat_id: forum.id });
    const a = await sendMessage(client, { ...replyTarget(inTopic), text: 'All systems go.' });
    const b = await sendMessage(client, { ...replyTarget(inGeneral), text: 'All systems go.' });
    expect(a.message_thread_id).toBe(message_thread_id);
    expect(b.message_thread_id).toBeUndefined();
  });
});
