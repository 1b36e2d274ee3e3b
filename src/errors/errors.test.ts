import { describe, expect, it } from 'vitest';
import {
  ApiError,
  isApiError,
  isNetworkError,
  isResponseError,
  isTelegramError,
  isTimeoutError,
  isValidationError,
  NetworkError,
  ResponseError,
  TelegramError,
  TimeoutError,
  ValidationError,
} from './errors.js';

const guards = { isApiError, isNetworkError, isResponseError, isTimeoutError, isValidationError };

describe('errors', () => {
  const samples = {
    isApiError: new ApiError('sendMessage', 429, 'Too Many Requests: retry after 5', { retry_after: 5 }),
    isNetworkError: new NetworkError('getMe', 'fetch failed', { cause: new Error('ECONNREFUSED') }),
    isResponseError: new ResponseError('getMe', 502, '<html>'),
    isTimeoutError: new TimeoutError('getMe', 1000),
    isValidationError: new ValidationError('text must not be empty', { method: 'sendMessage', field: 'text' }),
  };

  it.each(Object.entries(samples))('%s recognises its own class and no other', (guard, error) => {
    expect(error).toBeInstanceOf(TelegramError);
    expect(error).toBeInstanceOf(Error);
    expect(isTelegramError(error)).toBe(true);
    for (const [name, check] of Object.entries(guards)) expect(check(error)).toBe(name === guard);
  });

  it('each class names itself, also in JSON', () => {
    expect(Object.values(samples).map((e) => e.name)).toEqual([
      'ApiError',
      'NetworkError',
      'ResponseError',
      'TimeoutError',
      'ValidationError',
    ]);
    expect(JSON.parse(JSON.stringify(samples.isApiError))).toMatchObject({ name: 'ApiError', error_code: 429 });
  });

  it('messages say what failed in one line', () => {
    expect(samples.isApiError.message).toBe('sendMessage failed: 429 Too Many Requests: retry after 5');
    expect(samples.isApiError.retryAfter).toBe(5);
    expect(samples.isApiError.migrateToChatId).toBeUndefined();
    expect(samples.isTimeoutError.message).toBe('getMe failed: no answer within 1000 ms');
    expect(samples.isValidationError.message).toBe('sendMessage: text must not be empty');
    expect(new ValidationError('bad').message).toBe('bad');
  });

  it('guards reject look-alikes without the brand, and non-objects', () => {
    const fake = Object.assign(new Error('x'), { name: 'ApiError' });
    expect(isApiError(fake)).toBe(false);
    expect(isTelegramError(fake)).toBe(false);
    for (const v of [null, undefined, 'ApiError', 1, {}]) expect(isTelegramError(v)).toBe(false);
  });

  it('guards accept an error from another copy of the library (same global brand)', () => {
    class OtherCopy extends Error {
      override name = 'ApiError';
    }
    Object.defineProperty(OtherCopy.prototype, Symbol.for('telegram-forum.error'), { value: true });
    expect(isApiError(new OtherCopy())).toBe(true);
    expect(isNetworkError(new OtherCopy())).toBe(false);
  });
});
