import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../index.js';

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a long poll with plain fetch over loopback and gives the request time to arrive. */
async function longPoll(url: string, token: string): Promise<{ answer: Promise<{ status: number; text: string }> }> {
  // One call first, so that the poll goes over an open keep-alive connection.
  await (await fetch(`${url}/bot${token}/getMe`)).text();
  const poll = fetch(`${url}/bot${token}/getUpdates?timeout=30`).then(async (response) => ({
    status: response.status,
    text: await response.text(),
  }));
  await pause(300);
  return { answer: poll };
}

describe('listen()', () => {
  it('answers a pending long poll with an empty result when the emulator closes', async () => {
    emulator = createEmulator();
    const second = emulator.createBot();
    const server = await emulator.listen();
    const polls = [await longPoll(server.url, emulator.bot.token), await longPoll(server.url, second.token)];
    const started = Date.now();
    await emulator.close();
    for (const poll of polls) expect(await poll.answer).toEqual({ status: 200, text: '{"ok":true,"result":[]}' });
    expect(Date.now() - started).toBeLessThan(5000); // not the poll's 30 s
    // The server is gone.
    await expect(fetch(`${server.url}/bot${emulator.bot.token}/getMe`)).rejects.toThrow();
  });

  it('answers the long polls it serves when only that server closes, and the emulator keeps working', async () => {
    emulator = createEmulator();
    const server = await emulator.listen();
    const poll = await longPoll(server.url, emulator.bot.token);
    await server.close();
    expect(await poll.answer).toEqual({ status: 200, text: '{"ok":true,"result":[]}' });
    const user = emulator.createUser();
    emulator.userSends(user, 'still here');
    const updates = await emulator.client({ retry: false }).call('getUpdates', {});
    expect(updates.map((u) => u.message?.text)).toEqual(['still here']);
  });

  it('does not make a poll that comes after close() wait', async () => {
    emulator = createEmulator();
    await emulator.close();
    const started = Date.now();
    expect(await emulator.client({ retry: false }).call('getUpdates', { timeout: 30 })).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('ends a poll whose client went away, so the next poll is not refused', async () => {
    emulator = createEmulator();
    const server = await emulator.listen();
    const stop = new AbortController();
    const url = `${server.url}/bot${emulator.bot.token}/getUpdates?timeout=30`;
    const gone = fetch(url, { signal: stop.signal }).catch((e: unknown) => e);
    await pause(300);
    stop.abort();
    await gone;
    await pause(100);
    const response = await fetch(`${server.url}/bot${emulator.bot.token}/getUpdates?timeout=0`);
    expect(await response.json()).toEqual({ ok: true, result: [] });
  });

  it('serves files, failures with Retry-After, and bodies over 64 KiB', async () => {
    let clock = 1_700_000_000_000;
    emulator = createEmulator({ now: () => clock, flood: { perChat: { limit: 1, windowMs: 1000 } } });
    const forum = emulator.createForum();
    const server = await emulator.listen();
    const call = (body: unknown) =>
      fetch(`${server.url}/bot${emulator!.bot.token}/sendMessage`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const long = await call({ chat_id: forum.id, text: 'é'.repeat(4000), padding: 'x'.repeat(70_000) });
    expect((await long.json()).result.text).toHaveLength(4000);
    const limited = await call({ chat_id: forum.id, text: 'again' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    clock += 1000;
    const form = new FormData();
    form.append('chat_id', String(forum.id));
    form.append('document', new Blob(['file body']), 'a.txt');
    const sent = await fetch(`${server.url}/bot${emulator.bot.token}/sendDocument`, { method: 'POST', body: form });
    const fileId = (await sent.json()).result.document.file_id;
    const file = await emulator.client().call('getFile', { file_id: fileId });
    const download = await fetch(`${server.url}/file/bot${emulator.bot.token}/${file.file_path}`);
    expect(await download.text()).toBe('file body');
  });
});
