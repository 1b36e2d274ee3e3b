import { afterAll, expect, it } from 'vitest';
import { describeForumConformance, type Wire } from './flows.js';
import { type PtbBridge, PtbError, startPtbBridge } from './ptb-bridge.js';

// python-telegram-bot 13.15 (Debian bookworm's python3-python-telegram-bot), run by
// ptb_bridge.py: `base_url` is `<root>/bot` and `base_file_url` `<root>/file/bot` (PTB appends
// the token). It speaks Bot API 6.3, so the General topic methods (6.4) go through
// `bot.request.post`. It strips "Bad Request: " from a description and capitalises the rest.
// Started by the first test that needs it: when python or the package is missing, every test
// fails with the install instructions (nothing is skipped).
let started: Promise<PtbBridge> | undefined;
const bridge = () => {
  started ??= startPtbBridge();
  return started;
};
afterAll(async () => (await started?.catch(() => undefined))?.close());

it('runs python-telegram-bot 13 from Debian', { timeout: 20_000 }, async () => {
  const python = await bridge();
  expect(python.version).toMatch(/^13\./);
  expect(python.botApi).toBe('6.3');
});

describeForumConformance(
  'python-telegram-bot 13',
  async (server, token) => {
    const python = await bridge();
    const bot = await python.request('connect', { root: server.url, token });
    // Results arrive as JSON: PTB objects through to_dict(), booleans as they are.
    const call = <T = Wire>(method: string, kwargs: Record<string, unknown>) =>
      python.request('call', { bot, method, kwargs }) as Promise<T>;
    const post = (method: string, data: Record<string, unknown>) =>
      python.request('post', { bot, method, data }) as Promise<boolean>;
    return {
      createForumTopic: (chat_id, name, icon_color) => call('create_forum_topic', { chat_id, name, icon_color }),
      // PTB 13 requires both name and icon_custom_emoji_id (Bot API 6.3); "" means no icon.
      editForumTopic: (chat_id, message_thread_id, name) =>
        call<boolean>('edit_forum_topic', { chat_id, message_thread_id, name, icon_custom_emoji_id: '' }),
      closeForumTopic: (chat_id, message_thread_id) =>
        call<boolean>('close_forum_topic', { chat_id, message_thread_id }),
      reopenForumTopic: (chat_id, message_thread_id) =>
        call<boolean>('reopen_forum_topic', { chat_id, message_thread_id }),
      deleteForumTopic: (chat_id, message_thread_id) =>
        call<boolean>('delete_forum_topic', { chat_id, message_thread_id }),
      editGeneralForumTopic: (chat_id, name) => post('editGeneralForumTopic', { chat_id, name }),
      closeGeneralForumTopic: (chat_id) => post('closeGeneralForumTopic', { chat_id }),
      reopenGeneralForumTopic: (chat_id) => post('reopenGeneralForumTopic', { chat_id }),
      hideGeneralForumTopic: (chat_id) => post('hideGeneralForumTopic', { chat_id }),
      unhideGeneralForumTopic: (chat_id) => post('unhideGeneralForumTopic', { chat_id }),
      sendMessage: (chat_id, text, message_thread_id) => call('send_message', { chat_id, text, message_thread_id }),
      sendWithButton: (chat_id, message_thread_id, text, button) =>
        python.request('send_with_button', {
          bot,
          chat_id,
          message_thread_id,
          text,
          label: button.text,
          data: button.data,
        }) as Promise<Wire>,
      answerCallbackQuery: (callback_query_id, text) =>
        call<boolean>('answer_callback_query', { callback_query_id, text }),
      getUpdates: (offset) => call<Wire[]>('get_updates', { offset, timeout: 0 }),
      sendDocument: (chat_id, message_thread_id, bytes, filename) =>
        python.request('send_document', {
          bot,
          chat_id,
          message_thread_id,
          data: Buffer.from(bytes).toString('base64'),
          filename,
        }) as Promise<Wire>,
      download: async (file_id) => {
        const data = (await python.request('download', { bot, file_id })) as string;
        return new Uint8Array(Buffer.from(data, 'base64'));
      },
      startEcho: async () => {
        await python.request('start_echo', { bot });
        return async () => {
          await python.request('stop_echo', { bot });
        };
      },
      promoteChatMember: (chat_id, user_id) =>
        call<boolean>('promote_chat_member', { chat_id, user_id, can_pin_messages: true }),
      // PTB 13 takes a ChatPermissions object: the bridge builds it.
      restrictChatMember: (chat_id, user_id) =>
        python.request('restrict', {
          bot,
          chat_id,
          user_id,
          permissions: { can_send_messages: false },
        }) as Promise<boolean>,
      getChatMember: (chat_id, user_id) => call('get_chat_member', { chat_id, user_id }),
      setChatTitle: (chat_id, title) => call<boolean>('set_chat_title', { chat_id, title }),
      sendGame: (chat_id, game_short_name) => call('send_game', { chat_id, game_short_name }),
      failure: async (promise) => {
        const error = await promise.then(
          (value: unknown) => new Error(`expected a python-telegram-bot error, got ${JSON.stringify(value)}`),
          (e: unknown) => e,
        );
        if (!(error instanceof PtbError)) throw error;
        return { kind: error.kind, message: error.message };
      },
      apiFailure: (_method, code, description) => {
        // telegram.error.TelegramError: drops the "Bad Request: " prefix, then str.capitalize().
        const stripped = description.replace(/^Bad Request: /, '');
        const message =
          stripped === description ? description : stripped.charAt(0).toUpperCase() + stripped.slice(1).toLowerCase();
        return {
          kind: code === 400 ? 'BadRequest' : code === 401 || code === 403 ? 'Unauthorized' : 'NetworkError',
          message,
        };
      },
      close: async () => {
        await python.request('disconnect', { bot });
      },
    };
  },
  { timeoutMs: 15_000 },
);
