// The contenders: each builds a `send()` that makes one sendMessage call into a topic with a
// two-button inline keyboard, the way its library is meant to be used, and resolves with the
// sent message. Ours is imported from the BUILT package (dist/), as users get it.
export const TOKEN = '123456:bench-TOKEN-abcdefghijklmnopqrstuvwxyz';
export const CHAT_ID = -1001234567890;
export const THREAD_ID = 42;
export const TEXT = 'Build #42 passed';
export const KEYBOARD = {
  inline_keyboard: [
    [
      { text: 'Approve', callback_data: 'ok' },
      { text: 'Reject', callback_data: 'no' },
    ],
  ],
};
const PARAMS = { chat_id: CHAT_ID, message_thread_id: THREAD_ID, text: TEXT, reply_markup: KEYBOARD };

const ours = () => import('../../dist/index.js');

/** name → async (apiRoot) => send() */
export const contenders = {
  fetch: async (apiRoot) => {
    const url = `${apiRoot}/bot${TOKEN}/sendMessage`;
    const headers = { 'content-type': 'application/json' };
    return async () => {
      const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(PARAMS) });
      return (await response.json()).result;
    };
  },
  undici: async (apiRoot) => {
    const { Agent, request } = await import('undici');
    const dispatcher = new Agent({ connections: 64 });
    const url = `${apiRoot}/bot${TOKEN}/sendMessage`;
    const headers = { 'content-type': 'application/json' };
    return async () => {
      const response = await request(url, { method: 'POST', headers, body: JSON.stringify(PARAMS), dispatcher });
      return (await response.body.json()).result;
    };
  },
  'ours-fetch': async (apiRoot) => {
    const { createClient, sendMessage } = await ours();
    const client = createClient({ token: TOKEN, apiRoot });
    return () => sendMessage(client, PARAMS);
  },
  'ours-undici': async (apiRoot) => {
    const { createClient, sendMessage } = await ours();
    const { createUndiciFetch } = await import('../../dist/undici.js');
    const client = createClient({ token: TOKEN, apiRoot, fetch: createUndiciFetch() });
    return () => sendMessage(client, PARAMS);
  },
  grammy: async (apiRoot) => {
    const { Api } = await import('grammy');
    const api = new Api(TOKEN, { apiRoot });
    return () => api.sendMessage(CHAT_ID, TEXT, { message_thread_id: THREAD_ID, reply_markup: KEYBOARD });
  },
  gramio: async (apiRoot) => {
    const { Bot } = await import('gramio');
    const bot = new Bot(TOKEN, { api: { baseURL: `${apiRoot}/bot` } });
    return () => bot.api.sendMessage(PARAMS);
  },
  telegraf: async (apiRoot) => {
    const { Telegram } = await import('telegraf');
    const telegram = new Telegram(TOKEN, { apiRoot });
    return () => telegram.sendMessage(CHAT_ID, TEXT, { message_thread_id: THREAD_ID, reply_markup: KEYBOARD });
  },
  ntba: async (apiRoot) => {
    const { Api } = await import('node-telegram-bot-api');
    const api = new Api(TOKEN, { apiRoot });
    return () => api.sendMessage(PARAMS);
  },
};

/** Labels for the tables. */
export const LABELS = {
  fetch: 'raw global fetch',
  undici: 'raw undici.request',
  'ours-fetch': '**telegram-forum** (default fetch)',
  'ours-undici': '**telegram-forum** + createUndiciFetch',
  grammy: 'grammY `Api`',
  gramio: 'GramIO `bot.api`',
  telegraf: 'Telegraf `Telegram`',
  ntba: 'node-telegram-bot-api v2 `Api`',
};
