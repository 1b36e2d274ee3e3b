// The forum flows every foreign client runs against `emulator.listen()`. A client's test file
// only says how that client does each step (a ForumDriver); the flows and their assertions live
// here, once. Each flow gets a fresh emulator, server and driver, so flows never see each
// other's updates, and every wait is bounded (`until`, short long polls).
import type { ForumTopic, Message, Update } from 'telegram-forum';
import { createEmulator, type Emulator } from 'telegram-forum/testing';
import { describe, expect, it, onTestFinished } from 'vitest';
import { texts, until } from './helpers.js';

/** An error as the client raised it: its class name and its message. */
export interface ClientFailure {
  kind: string;
  message: string;
}

/**
 * A result as the client returned it: its own object (typed by the client's own Bot API types)
 * or, for a client in another language, its serialised form. The flows read it as Bot API JSON.
 */
export type Wire = object;

/** One foreign client, pointed at an emulator: how it does each step of the flows. */
export interface ForumDriver {
  createForumTopic(chatId: number, name: string, iconColor: number): Promise<Wire>;
  editForumTopic(chatId: number, threadId: number, name: string): Promise<boolean>;
  closeForumTopic(chatId: number, threadId: number): Promise<boolean>;
  reopenForumTopic(chatId: number, threadId: number): Promise<boolean>;
  deleteForumTopic(chatId: number, threadId: number): Promise<boolean>;
  editGeneralForumTopic(chatId: number, name: string): Promise<boolean>;
  closeGeneralForumTopic(chatId: number): Promise<boolean>;
  reopenGeneralForumTopic(chatId: number): Promise<boolean>;
  hideGeneralForumTopic(chatId: number): Promise<boolean>;
  unhideGeneralForumTopic(chatId: number): Promise<boolean>;
  /** Sends text, into a topic when `threadId` is given. */
  sendMessage(chatId: number, text: string, threadId?: number): Promise<Wire>;
  /** Sends text with one inline button, built with the client's own keyboard helpers. */
  sendWithButton(chatId: number, threadId: number, text: string, button: { text: string; data: string }): Promise<Wire>;
  answerCallbackQuery(queryId: string, text: string): Promise<boolean>;
  /** One short poll (timeout 0) from `offset`. */
  getUpdates(offset: number): Promise<Wire[]>;
  /** Uploads `bytes` as a document named `fileName`. */
  sendDocument(chatId: number, threadId: number, bytes: Uint8Array, fileName: string): Promise<Wire>;
  /** getFile, then the client's own way of downloading the file. */
  download(fileId: string): Promise<Uint8Array>;
  /**
   * Starts the client's own long-polling runner with a handler that answers every text message
   * with `echo: <text>` in the same topic; resolves to a function that stops it.
   */
  startEcho(): Promise<() => Promise<void>>;
  /** Promotes a user with `can_pin_messages` (and nothing else). */
  promoteChatMember(chatId: number, userId: number): Promise<boolean>;
  /** Restricts a user: no `can_send_messages`, with the client's own way of passing permissions. */
  restrictChatMember(chatId: number, userId: number): Promise<boolean>;
  getChatMember(chatId: number, userId: number): Promise<Wire>;
  setChatTitle(chatId: number, title: string): Promise<boolean>;
  /** A method of a family the emulator leaves out (games). */
  sendGame(chatId: number, gameShortName: string): Promise<Wire>;
  /** Awaits a call that must fail and returns the error the client raised. */
  failure(call: Promise<unknown>): Promise<ClientFailure>;
  /** The error this client raises for an `ok: false` answer (its documented format). */
  apiFailure(method: string, errorCode: number, description: string): ClientFailure;
  close(): Promise<void>;
}

/** Builds a driver for a bot (`token`) on a server started by `emulator.listen()`. */
export type Connect = (server: { url: string }, token: string) => Promise<ForumDriver>;

/** Every byte value, a multipart-looking line and a UTF-8 sequence: nothing may be re-encoded. */
export function sampleBytes(): Uint8Array {
  const up = [...Array(256).keys()];
  const tricky = [...new TextEncoder().encode('\r\n--boundary\r\nContent-Disposition: x\r\n\r\nжπ€\u0000')];
  return Uint8Array.from([...up, ...tricky, ...up.toReversed()]);
}

/** Registers the forum flows for one client. `options.timeoutMs` bounds each flow. */
export function describeForumConformance(client: string, connect: Connect, options: { timeoutMs?: number } = {}): void {
  const timeout = options.timeoutMs ?? 10_000;

  /** A fresh emulator, its server and a driver, all closed when the test ends. */
  async function start(): Promise<{ emulator: Emulator; driver: ForumDriver; server: { url: string } }> {
    const emulator = createEmulator();
    let driver: ForumDriver | undefined;
    onTestFinished(async () => {
      await driver?.close();
      await emulator.close();
    });
    const server = await emulator.listen();
    driver = await connect(server, emulator.bot.token);
    return { emulator, driver, server };
  }

  describe(`${client} against emulator.listen()`, () => {
    it('runs the topic lifecycle: create, edit, close, reopen, delete', { timeout }, async () => {
      const { emulator, driver } = await start();
      const forum = emulator.createForum({ title: `${client} lifecycle` });
      const topic = (await driver.createForumTopic(forum.id, 'Ticket 1', 0xfb6f5f)) as ForumTopic;
      expect(topic).toMatchObject({ name: 'Ticket 1', icon_color: 0xfb6f5f });
      const id = topic.message_thread_id;
      expect(emulator.topics(forum.id).map((t) => t.name)).toEqual(['General', 'Ticket 1']);

      expect(await driver.editForumTopic(forum.id, id, 'Ticket 1 (refund)')).toBe(true);
      expect(await driver.closeForumTopic(forum.id, id)).toBe(true);
      expect(emulator.topics(forum.id)[1]).toMatchObject({ name: 'Ticket 1 (refund)', is_closed: true });
      expect(await driver.failure(driver.closeForumTopic(forum.id, id))).toEqual(
        driver.apiFailure('closeForumTopic', 400, 'Bad Request: TOPIC_NOT_MODIFIED'),
      );
      expect(await driver.reopenForumTopic(forum.id, id)).toBe(true);
      expect(emulator.topics(forum.id)[1]?.is_closed).toBe(false);
      const service = emulator.messages(forum.id, id).map((m) => Object.keys(m).find((k) => k.startsWith('forum_')));
      expect(service).toEqual([
        'forum_topic_created',
        'forum_topic_edited',
        'forum_topic_closed',
        'forum_topic_reopened',
      ]);

      expect(await driver.deleteForumTopic(forum.id, id)).toBe(true);
      expect(emulator.topics(forum.id).map((t) => t.name)).toEqual(['General']);
      expect(await driver.failure(driver.sendMessage(forum.id, 'late', id))).toEqual(
        driver.apiFailure('sendMessage', 400, 'Bad Request: message thread not found'),
      );
    });

    it('manages the General topic: edit, close, reopen, hide, unhide', { timeout }, async () => {
      const { emulator, driver } = await start();
      const forum = emulator.createForum({ title: `${client} general` });
      const general = () => emulator.topics(forum.id)[0];
      expect(await driver.editGeneralForumTopic(forum.id, 'Lobby')).toBe(true);
      expect(general()).toMatchObject({ name: 'Lobby', is_general: true });
      expect(await driver.closeGeneralForumTopic(forum.id)).toBe(true);
      expect(general()?.is_closed).toBe(true);
      expect(await driver.reopenGeneralForumTopic(forum.id)).toBe(true);
      expect(general()?.is_closed).toBe(false);
      expect(await driver.hideGeneralForumTopic(forum.id)).toBe(true);
      expect(general()).toMatchObject({ is_hidden: true, is_closed: true });
      expect(await driver.failure(driver.hideGeneralForumTopic(forum.id))).toEqual(
        driver.apiFailure('hideGeneralForumTopic', 400, 'Bad Request: TOPIC_NOT_MODIFIED'),
      );
      expect(await driver.unhideGeneralForumTopic(forum.id)).toBe(true);
      expect(general()?.is_hidden).toBe(false);
      const service = emulator.messages(forum.id, 1).flatMap((m) => Object.keys(m).filter((k) => /topic/.test(k)));
      expect(service).toEqual([
        'forum_topic_edited',
        'forum_topic_closed',
        'forum_topic_reopened',
        'general_forum_topic_hidden',
        'general_forum_topic_unhidden',
      ]);
    });

    it('sends an inline button, gets the callback query and answers it', { timeout }, async () => {
      const { emulator, driver } = await start();
      const forum = emulator.createForum({ title: `${client} buttons` });
      const { message_thread_id } = (await driver.createForumTopic(forum.id, 'Approvals', 0x6fb9f0)) as ForumTopic;
      const sent = (await driver.sendWithButton(forum.id, message_thread_id, 'Refund 20 EUR?', {
        text: 'Approve',
        data: 'approve:1042',
      })) as Message;
      expect(sent).toMatchObject({ message_thread_id, is_topic_message: true });
      // Exactly the markup Telegram keeps: rebuilt from the fields it knows, so a client's extra
      // fields (Telegraf's `hide: false`) are not echoed (td/telegram/ReplyMarkup.cpp).
      expect(sent.reply_markup).toEqual({
        inline_keyboard: [[{ text: 'Approve', callback_data: 'approve:1042' }]],
      });

      const ann = emulator.createUser({ first_name: 'Ann' });
      const queryId = emulator.userPresses(ann, sent, 'approve:1042');
      // The bot is told about its own topic (Client.cpp need_skip_update_message keeps
      // forum_topic_created), then gets the callback query; never its own text message.
      const [created, update, ...rest] = (await driver.getUpdates(0)) as Update[];
      expect(rest).toEqual([]);
      expect(created?.message).toMatchObject({
        message_id: message_thread_id,
        forum_topic_created: { name: 'Approvals' },
      });
      expect(update?.callback_query).toMatchObject({
        id: queryId,
        data: 'approve:1042',
        from: { id: ann.id, first_name: 'Ann' },
        message: { message_id: sent.message_id, message_thread_id, is_topic_message: true },
      });
      expect(await driver.answerCallbackQuery(queryId, 'Approved')).toBe(true);
      expect(emulator.callbackAnswer(queryId)).toMatchObject({ text: 'Approved' });
    });

    it('gets topic messages in updates with is_topic_message and message_thread_id', { timeout }, async () => {
      const { emulator, driver } = await start();
      const forum = emulator.createForum({ title: `${client} updates` });
      const ann = emulator.createUser({ first_name: 'Ann' });
      const thread = emulator.userCreatesTopic(ann, forum.id, 'Help');
      emulator.userSends(ann, 'in the topic', { chat_id: forum.id, message_thread_id: thread });
      emulator.userSends(ann, 'in General', { chat_id: forum.id });

      const updates = (await driver.getUpdates(0)) as Update[];
      const [created, inTopic, inGeneral] = updates.map((u) => u.message);
      expect(updates).toHaveLength(3);
      expect(created).toMatchObject({ message_id: thread, forum_topic_created: { name: 'Help' } });
      expect(inTopic).toMatchObject({ text: 'in the topic', message_thread_id: thread, is_topic_message: true });
      expect(inTopic?.chat).toMatchObject({ id: forum.id, type: 'supergroup', is_forum: true });
      expect(inGeneral?.text).toBe('in General');
      expect(inGeneral?.message_thread_id).toBeUndefined();
      expect(inGeneral?.is_topic_message).toBeUndefined();

      // The offset confirms what was read.
      const last = updates.at(-1)?.update_id ?? 0;
      expect(await driver.getUpdates(last + 1)).toEqual([]);
      const reply = await driver.sendMessage(forum.id, 'on it', inTopic?.message_thread_id);
      expect(reply).toMatchObject({ message_thread_id: thread, is_topic_message: true });
      expect(texts(emulator, forum.id, thread)).toEqual(['in the topic', 'on it']);
    });

    it('surfaces the rights error of a bot without can_manage_topics', { timeout }, async () => {
      const { emulator, driver } = await start();
      const forum = emulator.createForum({ title: `${client} rights`, rights: { can_manage_topics: false } });
      expect(await driver.failure(driver.createForumTopic(forum.id, 'Nope', 0x6fb9f0))).toEqual(
        driver.apiFailure('createForumTopic', 400, 'Bad Request: not enough rights to create a topic'),
      );
      expect(await driver.failure(driver.closeGeneralForumTopic(forum.id))).toEqual(
        driver.apiFailure('closeGeneralForumTopic', 400, 'Bad Request: not enough rights to close or open the topic'),
      );
      expect(emulator.topics(forum.id).map((t) => t.name)).toEqual(['General']);
    });

    it("surfaces Telegram's refusals: General's id, oversized callback_data, an unknown token", {
      timeout,
    }, async () => {
      const { emulator, driver, server } = await start();
      const forum = emulator.createForum({ title: `${client} refusals` });
      expect(await driver.failure(driver.sendMessage(forum.id, 'x', 1))).toEqual(
        driver.apiFailure('sendMessage', 400, 'Bad Request: message thread not found'),
      );
      const { message_thread_id } = (await driver.createForumTopic(forum.id, 'Buttons', 0x6fb9f0)) as ForumTopic;
      // 33 two-byte letters: 66 UTF-8 bytes, over the 64 allowed.
      const data = 'ж'.repeat(33);
      expect(
        await driver.failure(driver.sendWithButton(forum.id, message_thread_id, 'x', { text: 'a', data })),
      ).toEqual(driver.apiFailure('sendMessage', 400, 'Bad Request: BUTTON_DATA_INVALID'));
      const stranger = await connect(server, '123456:not-a-bot-of-this-emulator');
      try {
        expect(await stranger.failure(stranger.sendMessage(forum.id, 'x'))).toEqual(
          stranger.apiFailure('sendMessage', 401, 'Unauthorized'),
        );
      } finally {
        await stranger.close();
      }
      expect(texts(emulator, forum.id, 1)).toEqual([]);
    });

    it('promotes and restricts members, renames the chat; a left-out method says it is not emulated', {
      timeout,
    }, async () => {
      const { emulator, driver } = await start();
      const ann = emulator.createUser({ first_name: 'Ann' });
      const bob = emulator.createUser({ first_name: 'Bob' });
      const forum = emulator.createForum({ title: `${client} members`, members: [ann, bob] });
      expect(await driver.promoteChatMember(forum.id, ann.id)).toBe(true);
      expect(await driver.getChatMember(forum.id, ann.id)).toMatchObject({
        status: 'administrator',
        can_be_edited: true,
        can_pin_messages: true,
        can_delete_messages: false,
      });
      expect(await driver.restrictChatMember(forum.id, bob.id)).toBe(true);
      expect(await driver.getChatMember(forum.id, bob.id)).toMatchObject({
        status: 'restricted',
        can_send_messages: false,
        is_member: true,
      });
      expect(() => emulator.userSends(bob, 'hi', { chat_id: forum.id })).toThrow(/can_send_messages is false/);
      expect(await driver.setChatTitle(forum.id, `${client} renamed`)).toBe(true);
      expect(emulator.messages(forum.id, 1).at(-1)?.new_chat_title).toBe(`${client} renamed`);
      expect(await driver.failure(driver.sendGame(forum.id, 'tetris'))).toEqual(
        driver.apiFailure(
          'sendGame',
          400,
          'Bad Request: sendGame exists in the Bot API but is not emulated by telegram-forum/testing',
        ),
      );
    });

    it('uploads a document and downloads it byte-exact', { timeout }, async () => {
      const { emulator, driver } = await start();
      const forum = emulator.createForum({ title: `${client} files` });
      const { message_thread_id } = (await driver.createForumTopic(forum.id, 'Files', 0x6fb9f0)) as ForumTopic;
      const bytes = sampleBytes();
      const sent = (await driver.sendDocument(forum.id, message_thread_id, bytes, 'report.bin')) as Message;
      expect(sent).toMatchObject({ message_thread_id, is_topic_message: true });
      expect(sent.document).toMatchObject({ file_name: 'report.bin', file_size: bytes.length });
      const downloaded = await driver.download(sent.document!.file_id);
      expect(Buffer.from(downloaded).equals(Buffer.from(bytes))).toBe(true);
    });

    it("runs the client's own polling loop and replies in the topic", { timeout }, async () => {
      const { emulator, driver } = await start();
      const forum = emulator.createForum({ title: `${client} polling` });
      const { message_thread_id } = (await driver.createForumTopic(forum.id, 'Echo', 0x6fb9f0)) as ForumTopic;
      const stop = await driver.startEcho();
      try {
        emulator.userSends(emulator.createUser(), 'ping', { chat_id: forum.id, message_thread_id });
        await until(() => texts(emulator, forum.id, message_thread_id).includes('echo: ping'));
      } finally {
        await stop();
      }
      expect(texts(emulator, forum.id, message_thread_id)).toEqual(['ping', 'echo: ping']);
      expect(texts(emulator, forum.id, 1)).toEqual([]);
    });
  });
}
