// pollUpdates and webhookHandler against the emulator: real forum updates, real redelivery.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  isForumTopicCreated,
  isGeneralMessage,
  isTopicMessage,
  pollUpdates,
  setWebhook,
  toNodeListener,
  type Update,
  webhookHandler,
} from '../src/index.js';
import { createEmulator } from '../src/testing/index.js';

let emulator: ReturnType<typeof createEmulator>;
afterEach(() => emulator?.close());

const where = (u: Update) => {
  const m = u.message;
  if (isForumTopicCreated(m)) return `created ${m.forum_topic_created.name}`;
  if (isTopicMessage(m)) return `topic ${m.message_thread_id}: ${m.text}`;
  if (isGeneralMessage(m)) return `general: ${m.text}`;
  return 'other';
};

describe('pollUpdates against the emulator', () => {
  it('delivers forum updates in order and redelivers the one whose handling threw', async () => {
    emulator = createEmulator();
    const client = emulator.client({ retry: false });
    const forum = emulator.createForum();
    const ann = emulator.createUser({ first_name: 'Ann' });
    emulator.addMember(forum.id, ann);
    const thread = emulator.userCreatesTopic(ann, forum.id, 'Bugs');
    emulator.userSends(ann, 'in topic', { chat_id: forum.id, message_thread_id: thread });
    emulator.userSends(ann, 'in general', { chat_id: forum.id });

    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const u of pollUpdates(client, { timeout: 1 })) {
          if (u.message?.text === 'in general') throw new Error('crash');
          seen.push(where(u));
        }
      })(),
    ).rejects.toThrow('crash');
    expect(seen).toEqual(['created Bugs', `topic ${thread}: in topic`]);
    // The confirming call on the way out left only the update that failed.
    expect(emulator.pendingUpdates().map((u) => u.message?.text)).toEqual(['in general']);

    const stop = new AbortController();
    const again: string[] = [];
    for await (const u of pollUpdates(client, { timeout: 1, signal: stop.signal })) {
      again.push(where(u));
      stop.abort();
    }
    expect(again).toEqual(['general: in general']);
    expect(emulator.pendingUpdates()).toEqual([]);
  });
});

describe('webhookHandler against the emulator', () => {
  it('receives deliveries with the secret over loopback, and gets a 500 delivered again', async () => {
    emulator = createEmulator({ webhookRetryMs: 10 });
    const client = emulator.client({ retry: false });
    const forum = emulator.createForum();
    const ann = emulator.createUser({ first_name: 'Ann' });
    const got: string[] = [];
    let failOnce = true;
    const handler = webhookHandler({
      secretToken: 'flow_secret',
      onUpdate: (u) => {
        if (u.message?.text === 'flaky' && failOnce) {
          failOnce = false;
          throw new Error('first try fails');
        }
        got.push(where(u));
      },
    });
    const server = createServer(toNodeListener(handler));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
      await setWebhook(client, { url, secret_token: 'flow_secret' });
      emulator.userSends(ann, 'hello', { chat_id: forum.id });
      emulator.userSends(ann, 'flaky', { chat_id: forum.id });
      for (let i = 0; i < 200 && got.length < 2; i++) {
        await emulator.settled();
        await new Promise((r) => setTimeout(r, 10));
      }
      expect(got).toEqual(['general: hello', 'general: flaky']);
      expect(failOnce).toBe(false);

      // A webhook registered with another secret is refused with 401, and onUpdate is not called.
      await setWebhook(client, { url, secret_token: 'other_secret' });
      emulator.userSends(ann, 'forged', { chat_id: forum.id });
      await emulator.settled();
      expect(got).not.toContain('general: forged');
      expect((await client.call('getWebhookInfo')).last_error_message).toMatch(/401/);
    } finally {
      await setWebhook(client, { url: '' }).catch(() => {});
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
