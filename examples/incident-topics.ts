// @runs-against-emulator: `npm test` runs this file with tsx and expects exit code 0.
/**
 * The ticket pattern: one forum topic per failing job.
 *
 * A job fails → a red topic opens (or the closed one reopens) and the failure is posted in it;
 * progress notes go into the same topic; when the job is resolved the topic is closed. Topics
 * are remembered per job, so a failure that comes back lands in the same topic.
 *
 * Run `npx tsx examples/incident-topics.ts`: it plays a failing, recovering and failing-again
 * job against the offline emulator and prints the forum.
 */
import { pathToFileURL } from 'node:url';
import { type Client, ForumTopicIconColor, isApiError } from 'telegram-forum';
import { createEmulator } from 'telegram-forum/testing';

/** Where each job's topic is, and whether it is open. */
export interface IncidentStore {
  get(job: string): { threadId: number; open: boolean } | undefined;
  set(job: string, value: { threadId: number; open: boolean }): void;
}

/** Options of {@link createIncidentTopics}. */
export interface IncidentOptions {
  client: Client;
  /** The forum supergroup that holds the incident topics. */
  chatId: number;
  store?: IncidentStore;
}

/**
 * Opens, updates, closes and reopens one topic per job.
 * @returns `failed`, `note` and `resolved`, each resolving with the job's topic id
 */
export function createIncidentTopics({ client, chatId, store = new Map() }: IncidentOptions) {
  const post = (threadId: number, text: string) =>
    client.call('sendMessage', { chat_id: chatId, message_thread_id: threadId, text });

  async function open(job: string): Promise<number> {
    const known = store.get(job);
    if (known?.open) return known.threadId;
    if (known) {
      try {
        await client.call('reopenForumTopic', { chat_id: chatId, message_thread_id: known.threadId });
        store.set(job, { threadId: known.threadId, open: true });
        return known.threadId;
      } catch (error) {
        // Someone reopened it by hand (TOPIC_NOT_MODIFIED) or deleted it: fall through accordingly.
        if (isApiError(error) && error.description.endsWith('TOPIC_NOT_MODIFIED')) {
          store.set(job, { threadId: known.threadId, open: true });
          return known.threadId;
        }
        if (!isApiError(error) || !error.description.endsWith('message thread not found')) throw error;
      }
    }
    const topic = await client.call('createForumTopic', {
      chat_id: chatId,
      name: `Incident: ${job}`,
      icon_color: ForumTopicIconColor.Red,
    });
    store.set(job, { threadId: topic.message_thread_id, open: true });
    return topic.message_thread_id;
  }

  return {
    /** A job failed: open (or reopen) its topic and post the failure. */
    async failed(job: string, detail: string): Promise<number> {
      const reopened = store.get(job)?.open === false;
      const threadId = await open(job);
      await post(threadId, `${reopened ? 'Failed again' : 'Failed'}: ${detail}`);
      return threadId;
    },
    /** A progress note for an open incident (opens one if there is none). */
    async note(job: string, text: string): Promise<number> {
      const threadId = await open(job);
      await post(threadId, text);
      return threadId;
    },
    /** The job is healthy again: post it and close the topic. */
    async resolved(job: string, text = 'Resolved'): Promise<number | undefined> {
      const known = store.get(job);
      if (!known?.open) return known?.threadId;
      await post(known.threadId, text);
      await client.call('closeForumTopic', { chat_id: chatId, message_thread_id: known.threadId });
      store.set(job, { threadId: known.threadId, open: false });
      return known.threadId;
    },
  };
}

/** Plays an incident's life against the emulator and prints the forum. */
export async function demo(log: (line: string) => void = console.log): Promise<void> {
  const emulator = createEmulator();
  const forum = emulator.createForum({ title: 'Ops' });
  const incidents = createIncidentTopics({ client: emulator.client(), chatId: forum.id });
  await incidents.failed('nightly-backup', 'exit code 2 (disk full)');
  await incidents.note('nightly-backup', 'Freed 40 GB, re-running');
  await incidents.resolved('nightly-backup', 'Backup finished in 12 min');
  await incidents.failed('nightly-backup', 'exit code 2 (disk full)');
  await incidents.failed('deploy', 'health check timed out');
  for (const topic of emulator.topics(forum.id).filter((t) => !t.is_general)) {
    log(`#${topic.message_thread_id} ${topic.name} [${topic.is_closed ? 'closed' : 'open'}]`);
    for (const m of emulator.messages(forum.id, topic.message_thread_id)) {
      const event = m.text ?? Object.keys(m).find((k) => k.startsWith('forum_topic_'));
      log(`  ${event}`);
    }
  }
  await emulator.close();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await demo();
