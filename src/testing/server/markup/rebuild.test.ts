import { describe, expect, it } from 'vitest';
import { readReplyMarkup } from './read.js';
import { checkCallbackData, type MarkupContext, rebuildReplyMarkup } from './rebuild.js';

// td/telegram/ReplyMarkup.cpp `get_reply_markup` (td_api input), `get_keyboard_button`,
// `get_inline_keyboard_button`; the JSON a message carries: telegram-bot-api/Client.cpp
// `JsonInlineKeyboardButton` (only inline keyboards are printed, `set_message_reply_markup`).
const SOURCE = 'td/telegram/ReplyMarkup.cpp get_reply_markup';
const PRIVATE: MarkupContext = { chat: 'private' };
const GROUP: MarkupContext = { chat: 'supergroup' };
const EDIT: MarkupContext = { chat: 'supergroup', inlineOnly: true };

const rebuild = (raw: string, context: MarkupContext) => {
  const read = readReplyMarkup(raw);
  if (!read.ok) throw new Error(read.error.message);
  return rebuildReplyMarkup(read.value, context);
};

const stored: Array<{ name: string; raw: string; context: MarkupContext; markup: unknown }> = [
  {
    name: 'unknown keys are dropped',
    raw: '{"inline_keyboard":[[{"text":"a","callback_data":"x","hide":false}]],"hide":false}',
    context: GROUP,
    markup: { inline_keyboard: [[{ text: 'a', callback_data: 'x' }]] },
  },
  {
    name: 'a URL is normalised',
    raw: '{"inline_keyboard":[[{"text":"a","url":"Telegram.ORG"}]]}',
    context: GROUP,
    markup: { inline_keyboard: [[{ text: 'a', url: 'http://telegram.org/' }]] },
  },
  {
    name: 'a tg://user URL is a user button',
    raw: '{"inline_keyboard":[[{"text":"a","url":"tg://user?id=77"}]]}',
    context: GROUP,
    markup: { inline_keyboard: [[{ text: 'a', url: 'tg://user?id=77' }]] },
  },
  {
    name: 'switch_inline_query',
    raw: '{"inline_keyboard":[[{"text":"a","switch_inline_query":""}]]}',
    context: GROUP,
    markup: { inline_keyboard: [[{ text: 'a', switch_inline_query: '' }]] },
  },
  {
    name: 'chosen chat with every type is printed as switch_inline_query',
    raw: '{"inline_keyboard":[[{"text":"a","switch_inline_query_chosen_chat":{"query":"q","allow_user_chats":true,"allow_bot_chats":true,"allow_group_chats":true,"allow_channel_chats":true}}]]}',
    context: GROUP,
    markup: { inline_keyboard: [[{ text: 'a', switch_inline_query: 'q' }]] },
  },
  {
    name: 'chosen chat prints every flag',
    raw: '{"inline_keyboard":[[{"text":"a","switch_inline_query_chosen_chat":{"allow_group_chats":true}}]]}',
    context: GROUP,
    markup: {
      inline_keyboard: [
        [
          {
            text: 'a',
            switch_inline_query_chosen_chat: {
              query: '',
              allow_user_chats: false,
              allow_bot_chats: false,
              allow_group_chats: true,
              allow_channel_chats: false,
            },
          },
        ],
      ],
    },
  },
  {
    name: 'current chat',
    raw: '{"inline_keyboard":[[{"text":"a","switch_inline_query_current_chat":"q"}]]}',
    context: GROUP,
    markup: { inline_keyboard: [[{ text: 'a', switch_inline_query_current_chat: 'q' }]] },
  },
  {
    name: 'login_url prints as url',
    raw: '{"inline_keyboard":[[{"text":"a","login_url":{"url":"https://a.b/x","forward_text":"f"}}]]}',
    context: GROUP,
    markup: { inline_keyboard: [[{ text: 'a', url: 'https://a.b/x' }]] },
  },
  {
    name: 'pay and callback_game',
    raw: '{"inline_keyboard":[[{"text":"p","pay":true},{"text":"g","callback_game":{}}]]}',
    context: GROUP,
    markup: {
      inline_keyboard: [
        [
          { text: 'p', pay: true },
          { text: 'g', callback_game: {} },
        ],
      ],
    },
  },
  {
    name: 'web_app and copy_text',
    raw: '{"inline_keyboard":[[{"text":"w","web_app":{"url":"https://a.b"}},{"text":"c","copy_text":{"text":"t"}}]]}',
    context: GROUP,
    markup: {
      inline_keyboard: [
        [
          { text: 'w', web_app: { url: 'https://a.b/' } },
          { text: 'c', copy_text: { text: 't' } },
        ],
      ],
    },
  },
  {
    name: 'style and icon are kept',
    raw: '{"inline_keyboard":[[{"text":"a","callback_data":"x","style":"primary","icon_custom_emoji_id":5}]]}',
    context: GROUP,
    markup: { inline_keyboard: [[{ text: 'a', icon_custom_emoji_id: '5', style: 'primary', callback_data: 'x' }]] },
  },
  {
    name: 'button text is cleaned',
    raw: '{"inline_keyboard":[[{"text":"a\\tb\\r","callback_data":"x"}]]}',
    context: GROUP,
    markup: { inline_keyboard: [[{ text: 'a b', callback_data: 'x' }]] },
  },
  {
    name: 'empty buttons are skipped and empty rows dropped',
    raw: '{"inline_keyboard":[[{"text":"","callback_data":"x"}],[{"text":"b","callback_data":"y"}]]}',
    context: GROUP,
    markup: { inline_keyboard: [[{ text: 'b', callback_data: 'y' }]] },
  },
  {
    name: 'a keyboard of empty buttons is no markup',
    raw: '{"keyboard":[[""],[]]}',
    context: PRIVATE,
    markup: undefined,
  },
  {
    name: 'an inline keyboard of empty buttons is no markup',
    raw: '{"inline_keyboard":[[{"text":"","url":"https://a.b"}]]}',
    context: GROUP,
    markup: undefined,
  },
  {
    name: 'reply keyboard flags',
    raw: '{"keyboard":[["a"]],"resize_keyboard":true,"one_time_keyboard":true,"is_persistent":true,"input_field_placeholder":"p","selective":true}',
    context: GROUP,
    markup: {
      keyboard: [[{ text: 'a' }]],
      is_persistent: true,
      resize_keyboard: true,
      one_time_keyboard: true,
      input_field_placeholder: 'p',
      selective: true,
    },
  },
  {
    name: 'selective is dropped in private chats',
    raw: '{"keyboard":[["a"]],"selective":true}',
    context: PRIVATE,
    markup: { keyboard: [[{ text: 'a' }]] },
  },
  {
    name: 'request_contact in a private chat',
    raw: '{"keyboard":[[{"text":"c","request_contact":true}]]}',
    context: PRIVATE,
    markup: { keyboard: [[{ text: 'c', request_contact: true }]] },
  },
  {
    name: 'request_poll regular',
    raw: '{"keyboard":[[{"text":"p","request_poll":{"type":"regular"}}]]}',
    context: PRIVATE,
    markup: { keyboard: [[{ text: 'p', request_poll: { type: 'regular' } }]] },
  },
  {
    name: 'remove_keyboard, selective in a group',
    raw: '{"remove_keyboard":true,"selective":true}',
    context: GROUP,
    markup: { remove_keyboard: true, selective: true },
  },
  {
    name: 'remove_keyboard, selective dropped in private',
    raw: '{"remove_keyboard":true,"selective":true}',
    context: PRIVATE,
    markup: { remove_keyboard: true },
  },
  {
    name: 'force_reply with placeholder',
    raw: '{"force_reply":true,"input_field_placeholder":"p"}',
    context: GROUP,
    markup: { force_reply: true, input_field_placeholder: 'p' },
  },
];

const refusedCases: Array<{ name: string; raw: string; context: MarkupContext; error: string }> = [
  {
    name: 'request_contact in a group',
    raw: '{"keyboard":[[{"text":"c","request_contact":true}]]}',
    context: GROUP,
    error: 'Phone number can be requested in private chats only',
  },
  {
    name: 'request_location in a group',
    raw: '{"keyboard":[[{"text":"l","request_location":true}]]}',
    context: GROUP,
    error: 'Location can be requested in private chats only',
  },
  {
    name: 'request_poll in a group',
    raw: '{"keyboard":[[{"text":"p","request_poll":{}}]]}',
    context: GROUP,
    error: 'Poll can be requested in private chats only',
  },
  {
    name: 'web_app reply button in a group',
    raw: '{"keyboard":[[{"text":"w","web_app":{"url":"https://a.b"}}]]}',
    context: GROUP,
    error: 'Web App buttons can be used in private chats only',
  },
  {
    name: 'request_users in a group',
    raw: '{"keyboard":[[{"text":"u","request_users":{"request_id":1}}]]}',
    context: GROUP,
    error: 'Users can be requested in private chats only',
  },
  {
    name: 'request_chat in a group',
    raw: '{"keyboard":[[{"text":"c","request_chat":{"request_id":1}}]]}',
    context: GROUP,
    error: 'Chats can be requested in private chats only',
  },
  {
    name: 'a reply keyboard in an edit',
    raw: '{"keyboard":[["a"]]}',
    context: EDIT,
    error: 'Inline keyboard expected',
  },
  {
    name: 'remove_keyboard in an edit',
    raw: '{"remove_keyboard":true}',
    context: EDIT,
    error: 'Inline keyboard expected',
  },
  {
    name: 'web_app reply button over http',
    raw: '{"keyboard":[[{"text":"w","web_app":{"url":"http://a.b"}}]]}',
    context: PRIVATE,
    error: "Keyboard button Web App URL 'http://a.b' is invalid: Only HTTPS links are allowed",
  },
  {
    name: 'web_app button to a user',
    raw: '{"keyboard":[[{"text":"w","web_app":{"url":"tg://user?id=1"}}]]}',
    context: PRIVATE,
    error: "Link to a user can't be used in Web App URL buttons",
  },
  {
    name: 'an icon with an empty text',
    raw: '{"keyboard":[[{"text":"","icon_custom_emoji_id":5}]]}',
    context: PRIVATE,
    error: 'Keyboard button text must be non-empty',
  },
  {
    name: 'a text that cleans to empty',
    raw: '{"keyboard":[[{"text":"\\r"}]]}',
    context: PRIVATE,
    error: 'Keyboard button text must be non-empty',
  },
  {
    name: 'inline text that cleans to empty',
    raw: '{"inline_keyboard":[[{"text":"\\r","callback_data":"x"}]]}',
    context: GROUP,
    error: 'Inline keyboard button text must be non-empty',
  },
  {
    name: 'inline URL without a dot',
    raw: '{"inline_keyboard":[[{"text":"a","url":"localhost"}]]}',
    context: GROUP,
    error: "Inline keyboard button URL 'localhost' is invalid: Wrong HTTP URL",
  },
  {
    name: 'inline URL with a bad scheme',
    raw: '{"inline_keyboard":[[{"text":"a","url":"ftp://a.b"}]]}',
    context: GROUP,
    error: "Inline keyboard button URL 'ftp://a.b' is invalid: Unsupported URL protocol",
  },
  {
    name: 'login_url over http',
    raw: '{"inline_keyboard":[[{"text":"a","login_url":{"url":"http://a.b"}}]]}',
    context: GROUP,
    error: "Inline keyboard button login URL 'http://a.b' is invalid: Only HTTPS links are allowed",
  },
  {
    name: 'login_url to a user',
    raw: '{"inline_keyboard":[[{"text":"a","login_url":{"url":"tg://user?id=3"}}]]}',
    context: GROUP,
    error: "Link to a user can't be used in login URL buttons",
  },
  {
    name: 'inline web_app over http',
    raw: '{"inline_keyboard":[[{"text":"a","web_app":{"url":"http://a.b"}}]]}',
    context: GROUP,
    error: "Inline keyboard button Web App URL 'http://a.b' is invalid: Only HTTPS links are allowed",
  },
  {
    name: 'chosen chat with no chat type',
    raw: '{"inline_keyboard":[[{"text":"a","switch_inline_query_chosen_chat":{}}]]}',
    context: GROUP,
    error: 'At least one chat type must be allowed',
  },
  {
    name: 'switch_inline_query in a channel',
    raw: '{"inline_keyboard":[[{"text":"a","switch_inline_query":"q"}]]}',
    context: { chat: 'channel', inlineOnly: true },
    error:
      "Can't use switch_inline_query button in a channel chat, because users will not be able to use the button without knowing bot's username",
  },
  {
    name: 'current-chat switch in a channel',
    raw: '{"inline_keyboard":[[{"text":"a","switch_inline_query_current_chat":"q"}]]}',
    context: { chat: 'channel', inlineOnly: true },
    error:
      "Can't use switch_inline_query_current_chat button in a channel chat, because users will not be able to use the button without knowing bot's username",
  },
];

describe('rebuildReplyMarkup', () => {
  it.each(stored)(`stores: $name (${SOURCE})`, ({ raw, context, markup }) => {
    const result = rebuild(raw, context);
    expect(result.ok).toBe(true);
    expect(result.ok ? result.value?.markup : 'error').toEqual(markup);
  });

  it.each(refusedCases)(`refuses: $name (${SOURCE})`, ({ raw, context, error }) => {
    expect(rebuild(raw, context)).toEqual({ ok: false, error: { code: 400, message: error } });
  });

  it('keeps 12 buttons a row and 300 buttons in all, dropping the rest silently (get_reply_markup)', () => {
    const row = Array.from({ length: 15 }, (_, i) => `"b${i}"`).join(',');
    const wide = rebuild(`{"keyboard":[[${row}]]}`, PRIVATE);
    expect(wide.ok && wide.value?.kind === 'keyboard' ? wide.value.markup.keyboard[0]!.length : 0).toBe(12);
    const rows = Array.from({ length: 40 }, () => `[${Array.from({ length: 10 }, () => '"x"').join(',')}]`).join(',');
    const tall = rebuild(`{"keyboard":[${rows}]}`, PRIVATE);
    const kept = tall.ok && tall.value?.kind === 'keyboard' ? tall.value.markup.keyboard : [];
    expect(kept.flat()).toHaveLength(300);
    expect(kept).toHaveLength(30);
  });

  it('an absent markup stays absent', () => {
    expect(rebuildReplyMarkup(undefined, GROUP)).toEqual({ ok: true, value: undefined });
  });
});

describe('checkCallbackData (Telegram server limit, observed; not in the source)', () => {
  it.each([
    { data: 'x'.repeat(64), ok: true },
    { data: 'x'.repeat(65), ok: false },
    { data: 'é'.repeat(32), ok: true },
    { data: 'é'.repeat(33), ok: false },
  ])('callback_data of $data.length characters', ({ data, ok }) => {
    const markup = rebuild(`{"inline_keyboard":[[{"text":"a","callback_data":"${data}"}]]}`, GROUP);
    if (!markup.ok) throw new Error('unexpected');
    expect(checkCallbackData(markup.value)).toEqual(
      ok ? { ok: true, value: true } : { ok: false, error: { code: 400, message: 'BUTTON_DATA_INVALID' } },
    );
  });
});
