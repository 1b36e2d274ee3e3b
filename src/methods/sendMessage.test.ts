import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import { expectRefused } from '../../test/helpers/refused.js';
import { sendMessage } from './sendMessage.js';

const CHAT = -1001971186208;
const sent = {
  message_id: 13141,
  message_thread_id: 13140,
  is_topic_message: true,
  date: 1_700_000_000,
  chat: { id: CHAT, type: 'supergroup', title: 'Support', is_forum: true },
  from: { id: 123456789, is_bot: true, first_name: 'Forum Bot' },
  text: 'Build #42 failed',
};

describe('sendMessage', () => {
  it('posts chat_id, message_thread_id and text as JSON and unwraps the Message', async () => {
    const seen = answer('sendMessage', sent);
    const params = { chat_id: CHAT, message_thread_id: 13140, text: 'Build #42 failed' };
    await expect(sendMessage(testClient(), params)).resolves.toEqual(sent);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/sendMessage`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });

  it('sends the General topic without message_thread_id, by id or by "chat*1"', async () => {
    const seen = answer('sendMessage', { ...sent, message_thread_id: undefined, is_topic_message: undefined });
    await sendMessage(testClient(), { chat_id: CHAT, message_thread_id: 1, text: 'hi' });
    await sendMessage(testClient(), { chat_id: `${CHAT}*1`, text: 'hi' });
    await sendMessage(testClient(), { chat_id: `${CHAT}*1`, message_thread_id: 1, text: 'hi' });
    expect(seen.map((r) => r.json)).toEqual([
      { chat_id: CHAT, text: 'hi' },
      { chat_id: CHAT, text: 'hi' },
      { chat_id: CHAT, text: 'hi' },
    ]);
  });

  it('splits the legacy "chat*thread" form: a number for an integer chat, @username kept', async () => {
    const seen = answer('sendMessage', sent);
    await sendMessage(testClient(), { chat_id: `${CHAT}*13140`, text: 'a' });
    await sendMessage(testClient(), { chat_id: '@forum_group*7', text: 'b' });
    await sendMessage(testClient(), { chat_id: `${CHAT}*13140`, message_thread_id: 13140, text: 'c' });
    expect(seen.map((r) => r.json)).toEqual([
      { chat_id: CHAT, message_thread_id: 13140, text: 'a' },
      { chat_id: '@forum_group', message_thread_id: 7, text: 'b' },
      { chat_id: CHAT, message_thread_id: 13140, text: 'c' },
    ]);
  });

  it('does not change the caller params', async () => {
    answer('sendMessage', sent);
    const params = { chat_id: `${CHAT}*1`, text: 'hi' };
    await sendMessage(testClient(), params);
    expect(params).toEqual({ chat_id: `${CHAT}*1`, text: 'hi' });
  });

  it('sends every other parameter as given: reply_parameters, reply_markup, parse_mode, entities, link preview', async () => {
    const seen = answer('sendMessage', sent);
    const params = {
      chat_id: CHAT,
      message_thread_id: 13140,
      text: '<b>Build</b> failed',
      parse_mode: 'HTML' as const,
      link_preview_options: { is_disabled: true, url: 'https://ci.example.com/42', prefer_small_media: true },
      reply_parameters: { message_id: 13140, quote: 'Build', quote_position: 0 },
      reply_markup: { inline_keyboard: [[{ text: 'Retry', callback_data: 'retry:42' }]] },
      disable_notification: true,
      protect_content: true,
      allow_paid_broadcast: false,
      message_effect_id: '5104841245755180586',
    };
    await sendMessage(testClient(), params);
    await sendMessage(testClient(), {
      chat_id: CHAT,
      text: 'Build failed',
      entities: [{ type: 'bold', offset: 0, length: 5 }],
      reply_markup: { keyboard: [[{ text: 'OK' }]], resize_keyboard: true, one_time_keyboard: false },
    });
    expect(seen.map((r) => r.json)).toEqual([
      params,
      {
        chat_id: CHAT,
        text: 'Build failed',
        entities: [{ type: 'bold', offset: 0, length: 5 }],
        reply_markup: { keyboard: [[{ text: 'OK' }]], resize_keyboard: true, one_time_keyboard: false },
      },
    ]);
  });

  it('sends false and 0 values as given, never dropping them', async () => {
    const seen = answer('sendMessage', sent);
    const params = {
      chat_id: CHAT,
      text: 'x',
      disable_notification: false,
      protect_content: false,
      allow_paid_broadcast: false,
      link_preview_options: { is_disabled: false, show_above_text: false },
      reply_parameters: { message_id: 5, allow_sending_without_reply: false, quote_position: 0 },
      reply_markup: { remove_keyboard: true as const, selective: false },
    };
    await sendMessage(testClient(), params);
    expect(seen[0]?.json).toEqual(params);
  });

  it('refuses a malformed "chat*thread" form, sending nothing', async () => {
    const seen = answer('sendMessage', sent);
    const bad = [
      '-100123*',
      '*5',
      '-100123*abc',
      '*0',
      '-100123*0',
      '-100123*-5',
      '-100123*1.5',
      '-100123*9007199254740992',
      '-100123*5*6',
      '-100123**5',
      '-100123 *5',
      '-100123* 5',
      ' -100123*5',
      '@ab*5',
      '',
    ];
    for (const chat_id of bad) {
      await expectRefused(sendMessage(testClient(), { chat_id, text: 'x' }), seen, {
        method: 'sendMessage',
        field: 'chat_id',
      });
    }
  });

  it('refuses a legacy thread that disagrees with message_thread_id, sending nothing', async () => {
    const seen = answer('sendMessage', sent);
    for (const message_thread_id of [6, 1]) {
      await expectRefused(sendMessage(testClient(), { chat_id: '-100123*5', message_thread_id, text: 'x' }), seen, {
        method: 'sendMessage',
        field: 'message_thread_id',
        message: /disagrees/,
      });
    }
  });

  it('refuses an empty or missing text and an unknown parse_mode, sending nothing', async () => {
    const seen = answer('sendMessage', sent);
    for (const text of ['', undefined as unknown as string]) {
      await expectRefused(sendMessage(testClient(), { chat_id: CHAT, text }), seen, {
        method: 'sendMessage',
        field: 'text',
      });
    }
    await expectRefused(sendMessage(testClient(), { chat_id: CHAT, text: 'x', parse_mode: 'Markup' as 'HTML' }), seen, {
      method: 'sendMessage',
      field: 'parse_mode',
    });
  });

  it('refuses a thread id that is not a positive safe integer, sending nothing', async () => {
    const seen = answer('sendMessage', sent);
    for (const message_thread_id of [0, -1, 1.5, 2 ** 53, Number.POSITIVE_INFINITY, '5' as unknown as number]) {
      await expectRefused(sendMessage(testClient(), { chat_id: CHAT, message_thread_id, text: 'x' }), seen, {
        method: 'sendMessage',
        field: 'message_thread_id',
      });
    }
  });
});
