// node-telegram-bot-api 0.66 ships no types: the slice of its API the conformance tests use,
// installed under the npm alias `ntba-classic` (see package.json).
declare module 'ntba-classic' {
  import type { EventEmitter } from 'node:events';
  import type { Readable } from 'node:stream';
  import type { ChatMember, File, ForumTopic, Message, Update } from 'telegram-forum';

  type Form = Record<string, unknown>;

  interface Options {
    /** The API root, no trailing slash; `/bot<token>/<method>` is appended. */
    baseApiUrl?: string;
    polling?: boolean | { autoStart?: boolean; interval?: number; params?: { timeout?: number } };
    testEnvironment?: boolean;
  }

  class TelegramBot extends EventEmitter {
    constructor(token: string, options?: Options);
    createForumTopic(chatId: number | string, name: string, form?: Form): Promise<ForumTopic>;
    editForumTopic(chatId: number | string, threadId: number, form?: Form): Promise<boolean>;
    closeForumTopic(chatId: number | string, threadId: number, form?: Form): Promise<boolean>;
    reopenForumTopic(chatId: number | string, threadId: number, form?: Form): Promise<boolean>;
    deleteForumTopic(chatId: number | string, threadId: number, form?: Form): Promise<boolean>;
    editGeneralForumTopic(chatId: number | string, name: string, form?: Form): Promise<boolean>;
    closeGeneralForumTopic(chatId: number | string, form?: Form): Promise<boolean>;
    reopenGeneralForumTopic(chatId: number | string, form?: Form): Promise<boolean>;
    hideGeneralForumTopic(chatId: number | string, form?: Form): Promise<boolean>;
    unhideGeneralForumTopic(chatId: number | string, form?: Form): Promise<boolean>;
    sendMessage(chatId: number | string, text: string, form?: Form): Promise<Message>;
    sendDocument(
      chatId: number | string,
      doc: Buffer | Readable | string,
      options?: Form,
      fileOptions?: { filename?: string; contentType?: string },
    ): Promise<Message>;
    answerCallbackQuery(queryId: string, form?: Form): Promise<boolean>;
    promoteChatMember(chatId: number | string, userId: number, form?: Form): Promise<boolean>;
    restrictChatMember(chatId: number | string, userId: number, form?: Form): Promise<boolean>;
    getChatMember(chatId: number | string, userId: number, form?: Form): Promise<ChatMember>;
    setChatTitle(chatId: number | string, title: string, form?: Form): Promise<boolean>;
    sendGame(chatId: number | string, gameShortName: string, form?: Form): Promise<Message>;
    getUpdates(form?: Form): Promise<Update[]>;
    getFile(fileId: string, form?: Form): Promise<File>;
    getFileLink(fileId: string, form?: Form): Promise<string>;
    getFileStream(fileId: string, form?: Form): Readable;
    startPolling(options?: { restart?: boolean }): Promise<unknown>;
    stopPolling(options?: { cancel?: boolean; reason?: string }): Promise<unknown>;
    isPolling(): boolean;
    on(event: 'message', listener: (message: Message) => void): this;
    on(event: 'polling_error', listener: (error: Error) => void): this;
  }

  export = TelegramBot;
}
