import { describe, expect, it } from 'vitest';
import { createEmulator } from '../index.js';

/** Who gets what: the decisions of the delivery module, seen through two bots in one forum. */
describe('delivery', () => {
  function twoBots() {
    const emulator = createEmulator();
    const admin = emulator.bot;
    const member = emulator.createBot({ username: 'member_bot' });
    const owner = emulator.createUser({ first_name: 'Owner' });
    const forum = emulator.createForum({ owner });
    emulator.addMember(forum, emulator.createUser({ first_name: 'Ann' }));
    emulator.setRights(forum, 'member', member); // a plain member, privacy mode on
    const ann = emulator.createUser({ first_name: 'Bob' });
    const texts = (bot: { token: string }) => emulator.pendingUpdates(bot).flatMap((u) => u.message?.text ?? []);
    return { emulator, admin, member, forum, ann, texts };
  }

  it('gives a user message to the administrator bots, and to plain-member bots only when addressed', () => {
    const { emulator, admin, member, forum, ann, texts } = twoBots();
    emulator.userSends(ann, 'chatter', { chat_id: forum });
    emulator.userSends(ann, '/help', { chat_id: forum });
    emulator.userSends(ann, 'hi @member_bot', { chat_id: forum });
    expect(texts(admin)).toEqual(['chatter', '/help', 'hi @member_bot']);
    expect(texts(member)).toEqual(['/help', 'hi @member_bot']);
  });

  it("tells a bot of its own service messages only, and no bot of other bots' messages", async () => {
    const { emulator, admin, member, forum, texts } = twoBots();
    const client = emulator.client({ retry: false });
    const topic = await client.call('createForumTopic', { chat_id: forum.id, name: 'By a bot' });
    await client.call('sendMessage', { chat_id: forum.id, message_thread_id: topic.message_thread_id, text: '/x' });
    // Client.cpp need_skip_update_message: a bot's own forum_topic_created passes, its text does not.
    expect(texts(admin)).toEqual([]);
    expect(emulator.pendingUpdates(admin).flatMap((u) => u.message?.forum_topic_created?.name ?? [])).toEqual([
      'By a bot',
    ]);
    expect(texts(member)).toEqual([]);
    expect(emulator.pendingUpdates(member).filter((u) => u.message)).toEqual([]);
  });

  it('tells a bot about its own membership as my_chat_member, and administrator bots that ask as chat_member', async () => {
    const { emulator, admin, member, forum } = twoBots();
    await emulator.client({ retry: false }).call('getUpdates', { allowed_updates: ['chat_member', 'my_chat_member'] });
    emulator.setRights(forum, { can_pin_messages: false }, member);
    const kinds = (bot: { token: string }) => emulator.pendingUpdates(bot).map((u) => Object.keys(u)[1]);
    expect(kinds(member).at(-1)).toBe('my_chat_member');
    expect(kinds(admin)).toEqual(['chat_member']);
  });

  it('snapshots an update when it is delivered: a later edit does not change it', () => {
    const { emulator, admin, forum, ann } = twoBots();
    const sent = emulator.userSends(ann, 'first', { chat_id: forum });
    emulator.userEdits(ann, sent, 'second');
    const [created, edited] = emulator.pendingUpdates(admin);
    expect(created?.message?.text).toBe('first');
    expect(edited?.edited_message?.text).toBe('second');
  });
});
