import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

// The names DESIGN.md fixes for sending, editing, moderation and their helpers.
const names = [
  'sendPhoto',
  'sendDocument',
  'sendVideo',
  'sendAudio',
  'sendAnimation',
  'sendMediaGroup',
  'sendLocation',
  'sendContact',
  'sendPoll',
  'sendChatAction',
  'forwardMessage',
  'copyMessage',
  'deleteMessage',
  'editMessageText',
  'editMessageCaption',
  'editMessageReplyMarkup',
  'answerCallbackQuery',
  'pinChatMessage',
  'unpinChatMessage',
  'unpinAllChatMessages',
  'banChatMember',
  'unbanChatMember',
  'createChatInviteLink',
  'getChatMemberCount',
  'getChat',
  'getFile',
  'downloadFile',
  'validateWebAppInitData',
];

describe('public surface: sending, editing and moderation', () => {
  it('exports every contract name from the package entry as a function', () => {
    const exported = api as unknown as Record<string, unknown>;
    expect(names.filter((name) => typeof exported[name] !== 'function')).toEqual([]);
  });

  it('keeps internal helpers out of the entry', () => {
    expect(Object.keys(api)).not.toContain('checkParseMode');
    expect(Object.keys(api)).not.toContain('checkOneOf');
  });
});
