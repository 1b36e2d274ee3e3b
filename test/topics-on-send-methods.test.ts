import { describe, expect, it } from 'vitest';
import type { CallOptions, Client } from '../src/client/types.js';
import {
  copyMessage,
  forwardMessage,
  sendAnimation,
  sendAudio,
  sendChatAction,
  sendContact,
  sendDocument,
  sendLocation,
  sendMediaGroup,
  sendPhoto,
  sendPoll,
  sendVideo,
} from '../src/methods/index.js';
import { isThreadedMethod } from '../src/topics/constants.js';
import { answer, testClient } from './helpers/msw.js';

type AnyMethod = (client: Client, params: never, options?: CallOptions) => Promise<unknown>;

// Every method module of this area whose Bot API parameters include message_thread_id, with the
// least it needs besides chat_id.
const cases: Array<[string, AnyMethod, Record<string, unknown>]> = [
  ['sendPhoto', sendPhoto, { photo: 'AgAC' }],
  ['sendDocument', sendDocument, { document: 'BQAC' }],
  ['sendVideo', sendVideo, { video: 'BAAC' }],
  ['sendAudio', sendAudio, { audio: 'CQAC' }],
  ['sendAnimation', sendAnimation, { animation: 'CgAC' }],
  [
    'sendMediaGroup',
    sendMediaGroup,
    {
      media: [
        { type: 'photo', media: 'AgAC' },
        { type: 'photo', media: 'AgAD' },
      ],
    },
  ],
  ['sendLocation', sendLocation, { latitude: 1.5, longitude: 2.5 }],
  ['sendContact', sendContact, { phone_number: '+15550100', first_name: 'Ada' }],
  ['sendPoll', sendPoll, { question: 'Q?', options: [{ text: 'a' }, { text: 'b' }] }],
  ['sendChatAction', sendChatAction, { action: 'typing' }],
  ['forwardMessage', forwardMessage, { from_chat_id: 5, message_id: 6 }],
  ['copyMessage', copyMessage, { from_chat_id: 5, message_id: 6 }],
];

describe('topic rules on every send method of the sending area', () => {
  it('covers only methods the topic rules know as threaded', () => {
    for (const [name] of cases) expect(isThreadedMethod(name), name).toBe(true);
  });

  for (const [name, method, rest] of cases) {
    it(`${name}: splits "chat*thread", drops General, refuses malformed targets`, async () => {
      const seen = answer(name, true);
      const client = testClient();
      const call = (params: Record<string, unknown>) => method(client, { ...rest, ...params } as never);
      await call({ chat_id: '-1001234567890*42' });
      await call({ chat_id: '@forum*7' });
      await call({ chat_id: -1001234567890, message_thread_id: 1 });
      await call({ chat_id: '-1001234567890*1' });
      expect(seen.map((r) => r.json)).toEqual([
        { ...rest, chat_id: -1001234567890, message_thread_id: 42 },
        { ...rest, chat_id: '@forum', message_thread_id: 7 },
        { ...rest, chat_id: -1001234567890 },
        { ...rest, chat_id: -1001234567890 },
      ]);
      for (const chat_id of ['-1001234567890*', '*42', '-100123*4*2', '-100123*abc', '-100123*0', '']) {
        await expect(call({ chat_id }), chat_id).rejects.toMatchObject({ name: 'ValidationError', method: name });
      }
      await expect(call({ chat_id: '-100123*42', message_thread_id: 7 })).rejects.toMatchObject({
        field: 'message_thread_id',
      });
      expect(seen).toHaveLength(4);
    });
  }
});
