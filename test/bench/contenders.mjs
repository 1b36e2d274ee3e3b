// The contenders: each builds a `send()` that makes one sendMessage call into a topic with a
// two-button inline keyboard, the way its library is meant to be used, and resolves with the
// sent message. Ours is the BUILT package imported by its name (run.mjs links it into this
// folder's node_modules), so that its export conditions pick the build Node users get.
import http from 'node:http';
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

const ours = () => import('telegram-forum');

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
  http: async (apiRoot) => {
    // node:http with a keep-alive agent, written by hand: the floor of the Node transport.
    const agent = new http.Agent({ keepAlive: true });
    const url = `${apiRoot}/bot${TOKEN}/sendMessage`;
    return () =>
      new Promise((resolve, reject) => {
        const body = JSON.stringify(PARAMS);
        const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
        const request = http.request(url, { method: 'POST', headers, agent }, (response) => {
          const chunks = [];
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString()).result));
          response.on('error', reject);
        });
        request.on('error', reject);
        request.end(body);
      });
  },
  'ours-default': async (apiRoot) => {
    // The defaults: on Node, the Node transport.
    const { createClient, sendMessage } = await ours();
    const client = createClient({ token: TOKEN, apiRoot });
    return () => sendMessage(client, PARAMS);
  },
  'ours-fetch': async (apiRoot) => {
    // The global fetch, forced with the `fetch` option (the default in browsers, Deno, Bun).
    const { createClient, sendMessage } = await ours();
    const client = createClient({ token: TOKEN, apiRoot, fetch: globalThis.fetch });
    return () => sendMessage(client, PARAMS);
  },
  'ours-undici': async (apiRoot) => {
    const { createClient, sendMessage } = await ours();
    const { createUndiciFetch } = await import('telegram-forum/undici');
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
  puregram: async (apiRoot) => {
    const { Telegram } = await import('puregram');
    const telegram = Telegram.fromToken(TOKEN, { apiBaseUrl: `${apiRoot}/bot`, apiRetryLimit: 0 });
    return () => telegram.api.sendMessage(PARAMS);
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
  http: 'raw node:http (keep-alive agent)',
  'ours-default': '**telegram-forum** (default: Node transport)',
  'ours-fetch': '**telegram-forum** + `fetch: globalThis.fetch`',
  'ours-undici': '**telegram-forum** + createUndiciFetch',
  grammy: 'grammY `Api`',
  gramio: 'GramIO `bot.api`',
  telegraf: 'Telegraf `Telegram`',
  puregram: 'puregram v2 `telegram.api`',
  ntba: 'node-telegram-bot-api v2 `Api`',
};
