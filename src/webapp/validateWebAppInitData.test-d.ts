import { describe, expectTypeOf, it } from 'vitest';
import type { ValidateWebAppInitDataOptions, WebAppInitData, WebAppUser } from './validateWebAppInitData.js';
import { validateWebAppInitData } from './validateWebAppInitData.js';

describe('validateWebAppInitData types', () => {
  it('takes token, init data and options, resolves with typed fields', () => {
    expectTypeOf(validateWebAppInitData).parameters.toEqualTypeOf<[string, string, ValidateWebAppInitDataOptions?]>();
    expectTypeOf(validateWebAppInitData).returns.resolves.toEqualTypeOf<WebAppInitData>();
    expectTypeOf<WebAppInitData['user']>().toEqualTypeOf<WebAppUser | undefined>();
    expectTypeOf<WebAppInitData['auth_date']>().toEqualTypeOf<number>();
  });
});
