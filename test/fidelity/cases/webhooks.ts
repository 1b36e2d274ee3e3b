import type { WebhookFetch } from 'telegram-forum/testing';
import { expect } from 'vitest';
import type { Case, Fixture } from '../runner.js';

// Webhooks: setWebhook's checks and answers (Client.cpp process_set_webhook_query,
// do_set_webhook; WebhookActor.cpp) and what the server does with the webhook's own answer
// (WebhookActor.cpp WebhookActor::handle: a method call read by content type).

const HANDLE = 'WebhookActor.cpp WebhookActor::handle';

/** A webhook that answers every update with `body` of `type` (and records where it was posted). */
function answering(body: (update: { message?: { chat: { id: number } } }) => string, type: string, status = 200) {
  const posted: string[] = [];
  const send: WebhookFetch = async (url, init) => {
    posted.push(url);
    const update = JSON.parse(init.body);
    return { status, text: async () => body(update), headers: new Headers({ 'content-type': type }) };
  };
  return { send, posted };
}

/** Sets the webhook (dropping what is queued), lets a user write to the bot, waits for the delivery. */
async function deliverOne(f: Fixture, url = 'https://bot.example/hook'): Promise<void> {
  await f.ok('setWebhook', { url, drop_pending_updates: true });
  f.emulator.userSends(f.ann, 'ping', {});
  await f.emulator.settled();
}

const privateTexts = (f: Fixture) => f.emulator.messages(f.ann).map((m) => m.text);

const json = answering(
  (u) => JSON.stringify({ method: 'sendMessage', chat_id: u.message?.chat.id, text: 'pong' }),
  'application/json',
);
const upperCase = answering(
  (u) => JSON.stringify({ method: 'SENDMESSAGE', chat_id: u.message?.chat.id, text: 'pong' }),
  'application/json; charset=utf-8',
);
const form = answering(
  (u) => new URLSearchParams({ method: 'sendMessage', chat_id: String(u.message?.chat.id), text: 'pong' }).toString(),
  'application/x-www-form-urlencoded',
);
const plain = answering(
  (u) => JSON.stringify({ method: 'sendMessage', chat_id: u.message?.chat.id, text: 'pong' }),
  'text/plain',
);
const deleting = answering(() => JSON.stringify({ method: 'deleteWebhook' }), 'application/json');
const failing = answering(() => '', 'text/plain', 502);
const noScheme = answering(() => '', 'text/plain');

export const webhookCases: Case[] = [
  {
    name: 'a JSON answer with a method is executed',
    cite: HANDLE,
    method: 'getWebhookInfo',
    options: { webhookFetch: json.send },
    setup: (f) => deliverOne(f),
    check: (_, f) => expect(privateTexts(f)).toEqual(['hello', 'ping', 'pong']),
  },
  {
    name: 'the method name of an answer is matched in any case',
    cite: HANDLE,
    method: 'getWebhookInfo',
    options: { webhookFetch: upperCase.send },
    setup: (f) => deliverOne(f),
    check: (_, f) => expect(privateTexts(f)).toEqual(['hello', 'ping', 'pong']),
  },
  {
    name: 'a form answer with a method is executed',
    cite: HANDLE,
    method: 'getWebhookInfo',
    options: { webhookFetch: form.send },
    setup: (f) => deliverOne(f),
    check: (_, f) => expect(privateTexts(f)).toEqual(['hello', 'ping', 'pong']),
  },
  {
    name: 'an answer that is not JSON or a form by its content type carries no method',
    cite: 'tdnet/td/net/HttpReader.cpp HttpReader::read_next',
    method: 'getWebhookInfo',
    options: { webhookFetch: plain.send },
    setup: (f) => deliverOne(f),
    check: (_, f) => expect(privateTexts(f)).toEqual(['hello', 'ping']),
  },
  {
    name: 'deleteWebhook in an answer is not executed',
    cite: HANDLE,
    method: 'getWebhookInfo',
    options: { webhookFetch: deleting.send },
    setup: (f) => deliverOne(f),
    result: { url: 'https://bot.example/hook', pending_update_count: 0 },
  },
  {
    name: 'a non-2xx answer is recorded as the last error',
    cite: HANDLE,
    method: 'getWebhookInfo',
    options: { webhookFetch: failing.send, webhookRetryMs: 60_000 },
    setup: (f) => deliverOne(f),
    result: { pending_update_count: 1, last_error_message: 'Wrong response from the webhook: 502 Bad Gateway' },
  },
  {
    name: 'a URL without a scheme is read as https',
    cite: 'Client.cpp Client::do_set_webhook',
    method: 'getWebhookInfo',
    options: { webhookFetch: noScheme.send },
    setup: (f) => deliverOne(f, 'bot.example/hook'),
    check: (result) => {
      expect(result).toMatchObject({ url: 'bot.example/hook' });
      expect(noScheme.posted).toEqual(['https://bot.example/hook']);
    },
  },
  {
    name: 'setWebhook with a URL of another scheme',
    cite: 'Client.cpp Client::do_set_webhook',
    method: 'setWebhook',
    params: { url: 'ftp://bot.example/hook' },
    error: 'Bad Request: invalid webhook URL specified',
  },
  {
    name: 'setWebhook with a secret token over 256 characters',
    cite: 'Client.cpp Client::do_set_webhook',
    method: 'setWebhook',
    params: { url: 'https://bot.example/hook', secret_token: 'a'.repeat(257) },
    error: 'Bad Request: secret token is too long',
  },
  {
    name: 'setWebhook with a secret token outside [A-Za-z0-9_-]',
    cite: 'Client.cpp Client::do_set_webhook',
    method: 'setWebhook',
    params: { url: 'https://bot.example/hook', secret_token: 'a+b' },
    error: 'Bad Request: secret token contains unallowed characters',
  },
  {
    name: 'setWebhook: a new webhook is set',
    cite: 'Client.cpp Client::webhook_verified',
    method: 'setWebhook',
    params: { url: 'https://bot.example/hook' },
    check: (_, __, answer) => expect(answer.body).toEqual({ ok: true, result: true, description: 'Webhook was set' }),
  },
  {
    name: 'setWebhook: the same webhook again',
    cite: 'Client.cpp process_set_webhook_query',
    method: 'setWebhook',
    setup: (f) => f.ok('setWebhook', { url: 'https://bot.example/hook' }),
    params: { url: 'https://bot.example/hook' },
    check: (_, __, answer) => expect(answer.body.description).toBe('Webhook is already set'),
  },
  {
    name: 'setWebhook: the same webhook with drop_pending_updates is set again',
    cite: 'Client.cpp process_set_webhook_query',
    method: 'setWebhook',
    setup: (f) => f.ok('setWebhook', { url: 'https://bot.example/hook' }),
    params: { url: 'https://bot.example/hook', drop_pending_updates: true },
    check: (_, __, answer) => expect(answer.body.description).toBe('Webhook was set'),
  },
  {
    name: 'setWebhook: the same webhook still applies allowed_updates',
    cite: 'Client.cpp process_set_webhook_query',
    method: 'getWebhookInfo',
    setup: async (f) => {
      await f.ok('setWebhook', { url: 'https://bot.example/hook' });
      await f.ok('setWebhook', { url: 'https://bot.example/hook', allowed_updates: ['callback_query'] });
    },
    result: { allowed_updates: ['callback_query'] },
  },
  {
    name: 'deleteWebhook without a webhook',
    cite: 'Client.cpp Client::do_set_webhook',
    method: 'deleteWebhook',
    check: (_, __, answer) => expect(answer.body.description).toBe('Webhook is already deleted'),
  },
  {
    name: 'deleteWebhook of a webhook',
    cite: 'Client.cpp Client::do_set_webhook',
    method: 'deleteWebhook',
    setup: (f) => f.ok('setWebhook', { url: 'https://bot.example/hook' }),
    check: (_, __, answer) => expect(answer.body.description).toBe('Webhook was deleted'),
  },
  {
    name: 'setWebhook with an empty URL deletes the webhook',
    cite: 'Client.cpp process_set_webhook_query',
    method: 'setWebhook',
    setup: (f) => f.ok('setWebhook', { url: 'https://bot.example/hook' }),
    params: { url: '' },
    check: (_, __, answer) => expect(answer.body.description).toBe('Webhook was deleted'),
  },
  {
    name: 'getWebhookInfo without a webhook has no max_connections',
    cite: 'Client.cpp JsonWebhookInfo',
    method: 'getWebhookInfo',
    check: (result) => expect(result).toEqual({ url: '', has_custom_certificate: false, pending_update_count: 3 }),
  },
  {
    name: 'max_connections defaults to 40 and is clamped to 100',
    cite: 'Client.cpp Client::get_webhook_max_connections',
    method: 'getWebhookInfo',
    setup: (f) => f.ok('setWebhook', { url: 'https://bot.example/hook', max_connections: 1000 }),
    result: { max_connections: 100 },
  },
  {
    name: 'strict webhooks: an HTTP URL',
    cite: 'WebhookActor.cpp WebhookActor::start_up',
    method: 'setWebhook',
    options: { strictWebhooks: true },
    params: { url: 'http://bot.example/hook' },
    error: 'Bad Request: bad webhook: An HTTPS URL must be provided for webhook',
  },
  {
    name: 'strict webhooks: a port other than 80, 88, 443, 8443',
    cite: 'WebhookActor.cpp WebhookActor::start_up',
    method: 'setWebhook',
    options: { strictWebhooks: true },
    params: { url: 'https://bot.example:8080/hook' },
    error: 'Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443',
  },
];
