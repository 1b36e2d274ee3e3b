import { describe, expect, it } from 'vitest';
import { FAILURES, type FailureName, fail, serverFailure } from './failures.js';

const REASON: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

describe('the failure table', () => {
  const names = Object.keys(FAILURES) as FailureName[];
  // A sample argument for the texts that take one.
  const built = names.map((name) => {
    const spec = FAILURES[name];
    const args = typeof spec.text === 'function' ? ['x'] : [];
    return [name, (fail as (n: FailureName, ...a: unknown[]) => ReturnType<typeof fail>)(name, ...args)] as const;
  });

  it.each(built)('%s: "<reason>: <text>" with the status as error_code', (name, failure) => {
    expect(failure.code).toBe(FAILURES[name].code);
    const reason = REASON[failure.code]!;
    expect(failure.description === reason || failure.description.startsWith(`${reason}: `)).toBe(true);
    // The server lowercases the first letter unless the text is an error name (telegram-bot-api/Client.cpp,
    // fail_query_with_error): "message text is empty", but "TOPIC_NOT_MODIFIED".
    const text = failure.description.slice(reason.length + 2);
    if (text.length >= 2 && !(text[1] === '_' || /[A-Z]/.test(text[1]!))) expect(text[0]).toBe(text[0]!.toLowerCase());
  });

  it.each(names)('%s says where its text comes from', (name) => {
    const spec = FAILURES[name];
    expect(['source', 'telegram', 'emulator']).toContain(spec.origin);
    // A text of the source cites a file of tdlib/telegram-bot-api or tdlib/td (and a function);
    // Telegram's own texts say what answers them.
    if (spec.origin === 'source') {
      expect(spec.cite).toMatch(
        /^((Client|ClientManager|HttpConnection|WebhookActor)\.cpp|td\/telegram\/[\w/]+\.cpp) \S/,
      );
    } else expect(spec.cite.length).toBeGreaterThan(5);
  });

  it('keeps the texts the source writes in the source-origin entries, formatted as the server does', () => {
    // Client.cpp fail_query_with_error: the first letter is lower-cased unless the text is an
    // error code; a text given to fail_query already carries its prefix.
    expect(fail('notAForum').description).toBe('Bad Request: the chat is not a forum');
    expect(fail('topicNotModified').description).toBe('Bad Request: TOPIC_NOT_MODIFIED');
    expect(fail('methodNotFound')).toMatchObject({ code: 404, description: 'Not Found: method not found' });
    expect(fail('webhookActive').code).toBe(409);
    expect(FAILURES.topicClosed.origin).toBe('telegram');
    expect(FAILURES.chatNotFound.origin).toBe('source');
  });

  it('turns an error of a server module into the answer the server gives', () => {
    expect(serverFailure({ code: 400, message: 'Unsupported parse_mode' })).toMatchObject({
      code: 400,
      description: 'Bad Request: unsupported parse_mode',
    });
    expect(serverFailure({ code: 400, message: 'whatever' }, 'chat not found').description).toBe(
      'Bad Request: chat not found',
    );
  });

  it('fills texts with their arguments and keeps the known ones exact', () => {
    expect(fail('chatNotFound').description).toBe('Bad Request: chat not found');
    expect(fail('notFound')).toMatchObject({ code: 404, description: 'Not Found' });
    expect(fail('unauthorized').description).toBe('Unauthorized');
    expect(fail('parameterRequired', 'phone_number').description).toBe(
      'Bad Request: parameter "phone_number" is required',
    );
    expect(fail('noFileInRequest', 'photo').description).toBe('Bad Request: there is no photo in the request');
    expect(fail('botKicked')).toMatchObject({
      code: 403,
      description: 'Forbidden: bot was kicked from the supergroup chat',
    });
    const limited = fail('retryAfter', 7).with({ retry_after: 7 });
    expect(limited).toMatchObject({
      code: 429,
      description: 'Too Many Requests: retry after 7',
      parameters: { retry_after: 7 },
    });
  });
});
