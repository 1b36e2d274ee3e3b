import { describe, expect, it } from 'vitest';
import { readEntitiesParameter } from './input.js';
import type { Entity } from './types.js';

// The `entities` parameter: telegram-bot-api/Client.cpp `get_input_entities`, `get_text_entity`,
// `get_text_entity_type`; then td/telegram/MessageEntity.cpp `get_message_entities` (td_api input).
const CLIENT = 'telegram-bot-api/Client.cpp get_text_entity';
const TDLIB = 'td/telegram/MessageEntity.cpp get_message_entities';

const read: Array<{ name: string; raw: string | undefined; entities: Entity[]; source: string }> = [
  { name: 'absent', raw: undefined, entities: [], source: 'Client.cpp get_input_entities' },
  { name: 'empty text', raw: '', entities: [], source: 'Client.cpp get_input_entities' },
  { name: 'not JSON is ignored', raw: '[{"type":', entities: [], source: 'Client.cpp get_input_entities' },
  {
    name: 'an object instead of an array is ignored',
    raw: '{"type":"bold"}',
    entities: [],
    source: 'Client.cpp get_formatted_text',
  },
  { name: 'null is ignored', raw: 'null', entities: [], source: 'Client.cpp get_formatted_text' },
  {
    name: 'bold',
    raw: '[{"type":"bold","offset":0,"length":2}]',
    entities: [{ offset: 0, length: 2, type: 'bold' }],
    source: CLIENT,
  },
  {
    name: 'numbers as strings',
    raw: '[{"type":"italic","offset":"1","length":"2"}]',
    entities: [{ offset: 1, length: 2, type: 'italic' }],
    source: CLIENT,
  },
  {
    name: 'pre with a language',
    raw: '[{"type":"pre","offset":0,"length":1,"language":"go"}]',
    entities: [{ offset: 0, length: 1, type: 'pre_code', language: 'go' }],
    source: CLIENT,
  },
  {
    name: 'pre with an empty language',
    raw: '[{"type":"pre","offset":0,"length":1,"language":""}]',
    entities: [{ offset: 0, length: 1, type: 'pre' }],
    source: CLIENT,
  },
  {
    name: 'text_link URL is normalised',
    raw: '[{"type":"text_link","offset":0,"length":1,"url":"t.me"}]',
    entities: [{ offset: 0, length: 1, type: 'text_link', url: 'http://t.me/' }],
    source: TDLIB,
  },
  {
    name: 'text_link to tg://user becomes a mention',
    raw: '[{"type":"text_link","offset":0,"length":1,"url":"tg://user?id=5"}]',
    entities: [{ type: 'text_mention', offset: 0, length: 1, userId: 5 }],
    source: TDLIB,
  },
  {
    name: 'text_mention',
    raw: '[{"type":"text_mention","offset":0,"length":1,"user":{"id":12}}]',
    entities: [{ offset: 0, length: 1, type: 'text_mention', userId: 12 }],
    source: CLIENT,
  },
  {
    name: 'custom emoji id as a string',
    raw: '[{"type":"custom_emoji","offset":0,"length":2,"custom_emoji_id":"5368324170671202286"}]',
    entities: [{ offset: 0, length: 2, type: 'custom_emoji', customEmojiId: '5368324170671202286' }],
    source: CLIENT,
  },
  {
    name: 'date_time',
    raw: '[{"type":"date_time","offset":0,"length":1,"unix_time":9,"date_time_format":"wD"}]',
    entities: [{ offset: 0, length: 1, type: 'date_time', unixTime: 9, dateFlags: 48 }],
    source: CLIENT,
  },
  {
    name: 'types Telegram finds itself are dropped',
    raw: '[{"type":"url","offset":0,"length":1},{"type":"mention","offset":0,"length":1},{"type":"bold","offset":0,"length":1}]',
    entities: [{ offset: 0, length: 1, type: 'bold' }],
    source: 'Client.cpp get_text_entity_type',
  },
  {
    name: 'blockquotes',
    raw: '[{"type":"blockquote","offset":0,"length":1},{"type":"expandable_blockquote","offset":1,"length":1}]',
    entities: [
      { offset: 0, length: 1, type: 'blockquote' },
      { offset: 1, length: 1, type: 'expandable_blockquote' },
    ],
    source: CLIENT,
  },
  {
    name: 'unknown fields are ignored',
    raw: '[{"type":"spoiler","offset":0,"length":1,"url":5}]',
    entities: [{ offset: 0, length: 1, type: 'spoiler' }],
    source: CLIENT,
  },
];

const refused: Array<{ name: string; raw: string; error: string; source: string }> = [
  {
    name: 'an item that is not an object',
    raw: '[1]',
    error: "Can't parse MessageEntity: expected an Object",
    source: CLIENT,
  },
  { name: 'null item', raw: '[null]', error: "Can't parse MessageEntity: expected an Object", source: CLIENT },
  {
    name: 'missing offset',
    raw: '[{"type":"bold","length":1}]',
    error: 'Can\'t parse MessageEntity: Can\'t find field "offset"',
    source: CLIENT,
  },
  {
    name: 'offset not a number',
    raw: '[{"type":"bold","offset":true,"length":1}]',
    error: 'Can\'t parse MessageEntity: Field "offset" must be a Number',
    source: CLIENT,
  },
  {
    name: 'offset not an integer',
    raw: '[{"type":"bold","offset":1.5,"length":1}]',
    error: 'Can\'t parse MessageEntity: Field "offset" must be a valid Number',
    source: CLIENT,
  },
  {
    name: 'missing length',
    raw: '[{"type":"bold","offset":0}]',
    error: 'Can\'t parse MessageEntity: Can\'t find field "length"',
    source: CLIENT,
  },
  {
    name: 'missing type',
    raw: '[{"offset":0,"length":1}]',
    error: 'Can\'t parse MessageEntity: Can\'t find field "type"',
    source: CLIENT,
  },
  {
    name: 'type not a string',
    raw: '[{"type":[],"offset":0,"length":1}]',
    error: 'Can\'t parse MessageEntity: Field "type" must be of type String',
    source: CLIENT,
  },
  {
    name: 'empty type',
    raw: '[{"type":"","offset":0,"length":1}]',
    error: "Can't parse MessageEntity: Type is not specified",
    source: CLIENT,
  },
  {
    name: 'unknown type',
    raw: '[{"type":"Bold","offset":0,"length":1}]',
    error: "Can't parse MessageEntity: Unsupported type specified",
    source: CLIENT,
  },
  {
    name: 'text_link without url',
    raw: '[{"type":"text_link","offset":0,"length":1}]',
    error: 'Can\'t parse MessageEntity: Can\'t find field "url"',
    source: CLIENT,
  },
  {
    name: 'text_mention without user',
    raw: '[{"type":"text_mention","offset":0,"length":1}]',
    error: 'Can\'t parse MessageEntity: Can\'t find field "user"',
    source: CLIENT,
  },
  {
    name: 'text_mention user not an object',
    raw: '[{"type":"text_mention","offset":0,"length":1,"user":5}]',
    error: 'Can\'t parse MessageEntity: Field "user" must be of type Object',
    source: CLIENT,
  },
  {
    name: 'text_mention user without id',
    raw: '[{"type":"text_mention","offset":0,"length":1,"user":{}}]',
    error: 'Can\'t parse MessageEntity: Can\'t find field "id"',
    source: CLIENT,
  },
  {
    name: 'custom emoji without id',
    raw: '[{"type":"custom_emoji","offset":0,"length":1}]',
    error: 'Can\'t parse MessageEntity: Can\'t find field "custom_emoji_id"',
    source: CLIENT,
  },
  {
    name: 'date_time format letter',
    raw: '[{"type":"date_time","offset":0,"length":1,"unix_time":9,"date_time_format":"x"}]',
    error: "Can't parse MessageEntity: Invalid date-time format specified",
    source: CLIENT,
  },
  {
    name: 'text_link with a bad URL',
    raw: '[{"type":"text_link","offset":0,"length":1,"url":"nodot"}]',
    error: "Entity URL 'nodot' is invalid: Wrong HTTP URL",
    source: TDLIB,
  },
  {
    name: 'text_link with a bad scheme',
    raw: '[{"type":"text_link","offset":0,"length":1,"url":"ftp://a.b"}]',
    error: "Entity URL 'ftp://a.b' is invalid: Unsupported URL protocol",
    source: TDLIB,
  },
  {
    name: 'text_mention with id 0',
    raw: '[{"type":"text_mention","offset":0,"length":1,"user":{"id":0}}]',
    error: 'User not found',
    source: 'td/telegram/UserManager.cpp get_input_user',
  },
  {
    name: 'custom emoji id 0',
    raw: '[{"type":"custom_emoji","offset":0,"length":1,"custom_emoji_id":0}]',
    error: 'Invalid custom emoji identifier specified',
    source: TDLIB,
  },
  {
    name: 'date 0',
    raw: '[{"type":"date_time","offset":0,"length":1,"unix_time":0}]',
    error: 'Invalid date specified',
    source: TDLIB,
  },
  {
    name: 'the first Client error wins over a later TDLib one',
    raw: '[{"type":"text_link","offset":0,"length":1,"url":"nodot"},{"type":"x","offset":0,"length":1}]',
    error: "Can't parse MessageEntity: Unsupported type specified",
    source: CLIENT,
  },
];

describe('readEntitiesParameter', () => {
  it.each(read)('reads: $name ($source)', ({ raw, entities }) => {
    expect(readEntitiesParameter(raw)).toEqual({ ok: true, value: entities });
  });

  it.each(refused)('refuses: $name ($source)', ({ raw, error }) => {
    expect(readEntitiesParameter(raw)).toEqual({ ok: false, error: { code: 400, message: error } });
  });
});
