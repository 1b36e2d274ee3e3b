import { describe, expect, it } from 'vitest';
import { FAILURES, type FailureName, fail } from './failures.js';

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
