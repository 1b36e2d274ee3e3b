import { describe, expect, it } from 'vitest';
import { createForumBot, demo as forumDemo, pollOnce } from '../examples/forum-bot.js';
import { createIncidentTopics, demo as incidentDemo } from '../examples/incident-topics.js';
import { createTopicRegistry } from '../src/registry/createTopicRegistry.js';
import { createEmulator } from '../src/testing/index.js';

describe('examples/forum-bot', () => {
  it('creates a topic with an icon and mentions the user there, keeping state per user', async () => {
    const emulator = createEmulator();
    const forum = emulator.createForum();
    const client = emulator.client({ retry: false });
    const bot = createForumBot({ client, forumChatId: forum.id });
    const ann = emulator.createUser({ first_name: 'Ann' });
    const bob = emulator.createUser({ first_name: 'Bob' });
    let offset = 0;
    const say = async (user: typeof ann, text: string) => {
      emulator.userSends(user, text);
      offset = await pollOnce(client, bot, offset);
      return emulator.messages(user.id).at(-1);
    };
    const start = await say(ann, '/start');
    expect(start?.text).toBe('Hi! What shall we do?');
    expect(emulator.keyboard(ann.id)).toMatchObject({ keyboard: [[{ text: 'New topic' }], [{ text: 'Call me!' }]] });
    await say(ann, 'New topic');
    // Bob's messages do not disturb Ann's conversation.
    expect((await say(bob, 'Release 2.0'))?.text).toBe("I don't know this command");
    const created = await say(ann, 'Release 2.0');
    const topic = emulator.topics(forum.id).find((t) => t.name === 'Release 2.0');
    expect(topic?.icon_custom_emoji_id).toMatch(/^\d+$/);
    expect(created?.text).toBe(`Topic "Release 2.0" created. Its number is ${topic?.message_thread_id}.`);
    await say(ann, 'Call me!');
    // The registry knows the topic, so the bot names it.
    expect((await say(ann, String(topic?.message_thread_id)))?.text).toBe(
      `Called you in topic ${topic?.message_thread_id} ("Release 2.0").`,
    );
    const [call] = emulator.messages(forum.id, topic?.message_thread_id).filter((m) => m.text);
    expect(call?.entities?.[0]).toMatchObject({ type: 'text_mention', user: { id: ann.id } });
    await say(ann, 'Call me!');
    expect((await say(ann, '999'))?.text).toBe("I can't post in topic 999: Bad Request: message thread not found");
  });

  it('keeps one topic per name in its registry: found again, reopened when closed, recreated when deleted', async () => {
    const emulator = createEmulator();
    const forum = emulator.createForum();
    const registry = createTopicRegistry();
    // The bot's calls, closing the topic below included, go through registry.observe.
    const client = emulator.client({ retry: false }).use(registry.observe);
    const bot = createForumBot({ client, forumChatId: forum.id, registry });
    const ann = emulator.createUser({ first_name: 'Ann' });
    let offset = 0;
    const ask = async (name: string) => {
      for (const text of ['New topic', name]) {
        emulator.userSends(ann, text);
        offset = await pollOnce(client, bot, offset);
      }
      return emulator.messages(ann.id).at(-1)?.text;
    };
    const topics = () => emulator.topics(forum.id).filter((t) => t.name === 'Support');
    expect(await ask('Support')).toMatch(/^Topic "Support" created\. Its number is \d+\.$/);
    const [first] = topics();
    expect(await ask('  support ')).toBe(`Topic "Support" already there. Its number is ${first?.message_thread_id}.`);
    await client.call('closeForumTopic', { chat_id: forum.id, message_thread_id: first!.message_thread_id });
    expect(await ask('SUPPORT')).toBe(`Topic "Support" reopened. Its number is ${first?.message_thread_id}.`);
    expect(topics()).toMatchObject([{ is_closed: false }]);
    await emulator
      .client()
      .call('deleteForumTopic', { chat_id: forum.id, message_thread_id: first!.message_thread_id });
    // Mark it deleted the way a bot finds out: a send answers "message thread not found".
    await expect(
      client.call('sendMessage', { chat_id: forum.id, message_thread_id: first!.message_thread_id, text: 'x' }),
    ).rejects.toThrow('message thread not found');
    expect(await ask('Support')).toMatch(/^Topic "Support" created again\. Its number is \d+\.$/);
    expect(topics()).toHaveLength(1);
    expect(topics()[0]?.message_thread_id).not.toBe(first?.message_thread_id);
  });

  it('prints the demo transcript', async () => {
    const lines: string[] = [];
    await forumDemo((line) => lines.push(line));
    expect(lines).toContain('Ann: /start');
    expect(lines.some((l) => l.includes('you were called here!'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^ {2}#2 Release 1\.0/);
  });
});

describe('examples/incident-topics', () => {
  it('opens, closes and reopens the same topic for a job', async () => {
    const emulator = createEmulator();
    const forum = emulator.createForum();
    const incidents = createIncidentTopics({ client: emulator.client({ retry: false }), chatId: forum.id });
    const first = await incidents.failed('backup', 'disk full');
    await incidents.resolved('backup');
    expect(emulator.topics(forum.id).find((t) => t.message_thread_id === first)?.is_closed).toBe(true);
    const again = await incidents.failed('backup', 'disk full');
    expect(again).toBe(first);
    const topic = emulator.topics(forum.id).find((t) => t.message_thread_id === first);
    expect(topic).toMatchObject({ name: 'Incident: backup', icon_color: 0xfb6f5f, is_closed: false });
    expect(
      emulator
        .messages(forum.id, first)
        .map((m) => m.text)
        .filter(Boolean),
    ).toEqual(['Failed: disk full', 'Resolved', 'Failed again: disk full']);
  });

  it('runs its demo', async () => {
    const lines: string[] = [];
    await incidentDemo((line) => lines.push(line));
    expect(lines[0]).toBe('#2 Incident: nightly-backup [open]');
  });
});
