import { describe, expect, it } from 'vitest';
import { readReplyMarkup } from './read.js';

// telegram-bot-api/Client.cpp `get_reply_markup` (both overloads), `get_keyboard_button`,
// `get_keyboard_button_type`, `get_inline_keyboard_button`, `get_inline_keyboard_button_type`,
// `get_button_style`; field texts from tdutils/td/utils/JsonBuilder.cpp `JsonObject`.
const SOURCE = 'telegram-bot-api/Client.cpp get_reply_markup';

const text = (value: string) => ({ text: value, iconCustomEmojiId: '0', style: 'default', action: { kind: 'text' } });

const accepted: Array<{ name: string; raw: string | undefined; markup: unknown }> = [
  { name: 'absent', raw: undefined, markup: undefined },
  { name: 'empty text', raw: '', markup: undefined },
  { name: 'an empty object is no markup', raw: '{}', markup: undefined },
  { name: 'unknown keys only is no markup', raw: '{"hide":false}', markup: undefined },
  { name: 'remove_keyboard false is no markup', raw: '{"remove_keyboard":false}', markup: undefined },
  { name: 'an empty keyboard array is no markup', raw: '{"keyboard":[]}', markup: undefined },
  {
    name: 'strings are text buttons',
    raw: '{"keyboard":[["a","b"]]}',
    markup: {
      kind: 'keyboard',
      rows: [[text('a'), text('b')]],
      isPersistent: false,
      resize: false,
      oneTime: false,
      personal: false,
      placeholder: '',
    },
  },
  {
    name: 'rows of empty rows still count as a keyboard here',
    raw: '{"keyboard":[[]]}',
    markup: {
      kind: 'keyboard',
      rows: [[]],
      isPersistent: false,
      resize: false,
      oneTime: false,
      personal: false,
      placeholder: '',
    },
  },
  {
    name: 'keyboard flags and placeholder',
    raw: '{"keyboard":[[{"text":"x"}]],"resize_keyboard":true,"one_time_keyboard":true,"is_persistent":true,"selective":true,"input_field_placeholder":"type"}',
    markup: {
      kind: 'keyboard',
      rows: [[text('x')]],
      isPersistent: true,
      resize: true,
      oneTime: true,
      personal: true,
      placeholder: 'type',
    },
  },
  {
    name: 'request_contact and the legacy request_phone_number',
    raw: '{"keyboard":[[{"text":"c","request_contact":true},{"text":"p","request_phone_number":true}]]}',
    markup: {
      kind: 'keyboard',
      rows: [
        [
          { ...text('c'), action: { kind: 'request_contact' } },
          { ...text('p'), action: { kind: 'request_contact' } },
        ],
      ],
      isPersistent: false,
      resize: false,
      oneTime: false,
      personal: false,
      placeholder: '',
    },
  },
  {
    name: 'request_location, request_poll quiz',
    raw: '{"keyboard":[[{"text":"l","request_location":true},{"text":"q","request_poll":{"type":"quiz"}}]]}',
    markup: {
      kind: 'keyboard',
      rows: [
        [
          { ...text('l'), action: { kind: 'request_location' } },
          { ...text('q'), action: { kind: 'request_poll', forceRegular: false, forceQuiz: true } },
        ],
      ],
      isPersistent: false,
      resize: false,
      oneTime: false,
      personal: false,
      placeholder: '',
    },
  },
  {
    name: 'number text is read as its text',
    raw: '{"keyboard":[[{"text":12}]]}',
    markup: {
      kind: 'keyboard',
      rows: [[text('12')]],
      isPersistent: false,
      resize: false,
      oneTime: false,
      personal: false,
      placeholder: '',
    },
  },
  {
    name: 'style and icon',
    raw: '{"inline_keyboard":[[{"text":"x","callback_data":"d","style":"DANGER","icon_custom_emoji_id":"5368324170671202286"}]]}',
    markup: {
      kind: 'inline',
      rows: [
        [
          {
            text: 'x',
            iconCustomEmojiId: '5368324170671202286',
            style: 'danger',
            action: { kind: 'callback', data: 'd' },
          },
        ],
      ],
    },
  },
  {
    name: 'inline url wins over callback_data',
    raw: '{"inline_keyboard":[[{"text":"x","callback_data":"d","url":"https://t.me"}]]}',
    markup: { kind: 'inline', rows: [[{ ...text('x'), action: { kind: 'url', url: 'https://t.me' } }]] },
  },
  {
    name: 'an empty callback_data falls through to the next kind',
    raw: '{"inline_keyboard":[[{"text":"x","callback_data":"","pay":true}]]}',
    markup: { kind: 'inline', rows: [[{ ...text('x'), action: { kind: 'pay' } }]] },
  },
  {
    name: 'switch_inline_query_chosen_chat',
    raw: '{"inline_keyboard":[[{"text":"x","switch_inline_query_chosen_chat":{"query":"q","allow_user_chats":true}}]]}',
    markup: {
      kind: 'inline',
      rows: [
        [
          {
            ...text('x'),
            action: {
              kind: 'switch_inline',
              query: 'q',
              current: false,
              chats: { users: true, bots: false, groups: false, channels: false },
            },
          },
        ],
      ],
    },
  },
  {
    name: 'keyboard wins over inline_keyboard',
    raw: '{"inline_keyboard":[[{"text":"i","callback_data":"d"}]],"keyboard":[["k"]]}',
    markup: {
      kind: 'keyboard',
      rows: [[text('k')]],
      isPersistent: false,
      resize: false,
      oneTime: false,
      personal: false,
      placeholder: '',
    },
  },
  {
    name: 'remove_keyboard',
    raw: '{"remove_keyboard":true,"selective":true}',
    markup: { kind: 'remove', personal: true },
  },
  { name: 'legacy hide_keyboard', raw: '{"hide_keyboard":true}', markup: { kind: 'remove', personal: false } },
  {
    name: 'remove wins over force_reply',
    raw: '{"remove_keyboard":true,"force_reply":true}',
    markup: { kind: 'remove', personal: false },
  },
  {
    name: 'force_reply with placeholder',
    raw: '{"force_reply":true,"input_field_placeholder":"p"}',
    markup: { kind: 'force_reply', personal: false, placeholder: 'p' },
  },
  {
    name: 'legacy personal_keyboard',
    raw: '{"force_reply_keyboard":true,"personal_keyboard":true}',
    markup: { kind: 'force_reply', personal: true, placeholder: '' },
  },
  {
    name: 'resize_keyboard is not checked without a keyboard',
    raw: '{"remove_keyboard":true,"resize_keyboard":"yes"}',
    markup: { kind: 'remove', personal: false },
  },
];

const refused: Array<{ name: string; raw: string; error: string }> = [
  { name: 'not JSON', raw: '{"keyboard":', error: "Can't parse reply keyboard markup JSON object" },
  { name: 'null', raw: 'null', error: 'Object expected as reply markup' },
  { name: 'an array', raw: '[]', error: 'Object expected as reply markup' },
  { name: 'a string', raw: '"x"', error: 'Object expected as reply markup' },
  { name: 'keyboard not an array', raw: '{"keyboard":{}}', error: 'Field "keyboard" must be of type Array' },
  { name: 'keyboard null', raw: '{"keyboard":null}', error: 'Field "keyboard" must be of type Array' },
  {
    name: 'keyboard row not an array',
    raw: '{"keyboard":["a"]}',
    error: 'Field "keyboard" must be an Array of Arrays',
  },
  {
    name: 'keyboard button a number',
    raw: '{"keyboard":[[1]]}',
    error: "Can't parse keyboard button: KeyboardButton must be a String or an Object",
  },
  {
    name: 'keyboard button without text',
    raw: '{"keyboard":[[{}]]}',
    error: 'Can\'t parse keyboard button: Can\'t find field "text"',
  },
  {
    name: 'keyboard button text null',
    raw: '{"keyboard":[[{"text":null}]]}',
    error: 'Can\'t parse keyboard button: Field "text" must be of type String',
  },
  {
    name: 'request_contact not a Boolean',
    raw: '{"keyboard":[[{"text":"c","request_contact":1}]]}',
    error: 'Can\'t parse keyboard button: Field "request_contact" must be of type Boolean',
  },
  {
    name: 'request_poll not an object',
    raw: '{"keyboard":[[{"text":"c","request_poll":true}]]}',
    error: 'Can\'t parse keyboard button: Field "request_poll" must be of type Object',
  },
  {
    name: 'web_app without url',
    raw: '{"keyboard":[[{"text":"w","web_app":{}}]]}',
    error: 'Can\'t parse keyboard button: Can\'t find field "url"',
  },
  {
    name: 'request_users without request_id',
    raw: '{"keyboard":[[{"text":"u","request_users":{}}]]}',
    error: 'Can\'t parse keyboard button: Can\'t find field "request_id"',
  },
  {
    name: 'request_chat flag type',
    raw: '{"keyboard":[[{"text":"c","request_chat":{"request_id":1,"chat_is_channel":"no"}}]]}',
    error: 'Can\'t parse keyboard button: Field "chat_is_channel" must be of type Boolean',
  },
  {
    name: 'bad style',
    raw: '{"keyboard":[[{"text":"x","style":"red"}]]}',
    error: "Can't parse keyboard button: invalid button style specified",
  },
  {
    name: 'inline_keyboard not an array',
    raw: '{"inline_keyboard":"x"}',
    error: 'Field "inline_keyboard" must be of type Array',
  },
  {
    name: 'inline row not an array',
    raw: '{"inline_keyboard":[{}]}',
    error: 'Field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays',
  },
  {
    name: 'inline button a string',
    raw: '{"inline_keyboard":[["x"]]}',
    error: "Can't parse inline keyboard button: InlineKeyboardButton must be an Object",
  },
  {
    name: 'inline button without a kind',
    raw: '{"inline_keyboard":[[{"text":"x"}]]}',
    error: "Can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
  },
  {
    name: 'inline button with empty callback_data only',
    raw: '{"inline_keyboard":[[{"text":"x","callback_data":""}]]}',
    error: "Can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
  },
  {
    name: 'callback_data not a string',
    raw: '{"inline_keyboard":[[{"text":"x","callback_data":true}]]}',
    error: 'Can\'t parse inline keyboard button: Field "callback_data" must be of type String',
  },
  {
    name: 'url not a string',
    raw: '{"inline_keyboard":[[{"text":"x","url":{}}]]}',
    error: 'Can\'t parse inline keyboard button: Field "url" must be of type String',
  },
  {
    name: 'login_url not an object',
    raw: '{"inline_keyboard":[[{"text":"x","login_url":"https://a.b"}]]}',
    error: 'Can\'t parse inline keyboard button: Field "login_url" must be of type Object',
  },
  {
    name: 'login_url bad bot username',
    raw: '{"inline_keyboard":[[{"text":"x","login_url":{"url":"https://a.b","bot_username":"@"}}]]}',
    error: "Can't parse inline keyboard button: LoginUrl bot username is invalid",
  },
  {
    name: 'copy_text without text',
    raw: '{"inline_keyboard":[[{"text":"x","copy_text":{}}]]}',
    error: 'Can\'t parse inline keyboard button: Can\'t find field "text"',
  },
  {
    name: 'keyboard errors come before inline errors',
    raw: '{"inline_keyboard":[["x"]],"keyboard":[[1]]}',
    error: "Can't parse keyboard button: KeyboardButton must be a String or an Object",
  },
  {
    name: 'selective not a Boolean',
    raw: '{"remove_keyboard":true,"selective":"true"}',
    error: 'Field "selective" must be of type Boolean',
  },
  {
    name: 'remove_keyboard null',
    raw: '{"remove_keyboard":null}',
    error: 'Field "remove_keyboard" must be of type Boolean',
  },
  {
    name: 'placeholder not a string',
    raw: '{"force_reply":true,"input_field_placeholder":[]}',
    error: 'Field "input_field_placeholder" must be of type String',
  },
  {
    name: 'resize_keyboard checked with a keyboard',
    raw: '{"keyboard":[["a"]],"resize_keyboard":1}',
    error: 'Field "resize_keyboard" must be of type Boolean',
  },
];

describe('readReplyMarkup', () => {
  it.each(accepted)(`reads: $name (${SOURCE})`, ({ raw, markup }) => {
    expect(readReplyMarkup(raw)).toEqual({ ok: true, value: markup });
  });

  it.each(refused)(`refuses: $name (${SOURCE})`, ({ raw, error }) => {
    expect(readReplyMarkup(raw)).toMatchObject({ ok: false, error: { message: error } });
  });
});
