import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../../src/client/types.js';
import type * as methods from '../../src/methods/index.js';
import type { TopicParams } from '../../src/topics/parseChatTarget.js';
import type { Params, Result, ThreadedMethod } from '../../src/types/methods.js';
import type { ApiMethod, CASES } from './cases.js';

// The type table: one assertion over every module's signature, checked against the typed map and
// the `takes` column of the method list. A mismatch names the method in the compiler's message.

type Modules = typeof methods;
type Takes<M extends ApiMethod> = (typeof CASES)[M]['takes'];

/** The methods on one existing topic: `message_thread_id` is required. */
type TopicMethod = {
  [M in ThreadedMethod]: Params<M> extends { message_thread_id: number } ? M : never;
}[ThreadedMethod];

/** What a module takes as params: the topic methods also take a legacy target or a parsed one. */
type ParamsArg<M extends ApiMethod> = M extends TopicMethod ? TopicParams<M> : Params<M>;

/** Whether each type is assignable to the other (an optional parameter is not a required one). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** The signature a module should have, by its row. */
type Expected<M extends ApiMethod> =
  Takes<M> extends 'nothing'
    ? (client: Client, options?: CallOptions) => Promise<Result<M>>
    : Takes<M> extends 'optional'
      ? (client: Client, params?: ParamsArg<M>, options?: CallOptions) => Promise<Result<M>>
      : (client: Client, params: ParamsArg<M>, options?: CallOptions) => Promise<Result<M>>;

describe('method modules, as types', () => {
  it('exist for exactly the Bot API methods of the typed map, plus downloadFile', () => {
    expectTypeOf<keyof Modules>().toEqualTypeOf<ApiMethod | 'downloadFile'>();
  });

  it('each take (client, params, options) as their row says and resolve with the Bot API result', () => {
    // The methods whose module does not match its row: none. A failure lists them ("missing the
    // following properties from type …: getMyCommands").
    type Mismatched = {
      [M in ApiMethod]: Same<Modules[M], Expected<M>> extends true ? never : M;
    }[ApiMethod];
    const mismatched: { [M in Mismatched]: 'does not match its row' } = {};
    expectTypeOf(mismatched).toEqualTypeOf<{}>();
  });

  it('take no params exactly where the Bot API has none, optional params only where all are optional', () => {
    type NoParams<M extends ApiMethod> = string extends keyof Params<M> ? true : false;
    expectTypeOf<{ [M in ApiMethod]: Takes<M> extends 'nothing' ? true : false }>().toEqualTypeOf<{
      [M in ApiMethod]: NoParams<M>;
    }>();
    type WronglyOptional = {
      [M in ApiMethod]: Takes<M> extends 'optional' ? (Record<string, never> extends Params<M> ? never : M) : never;
    }[ApiMethod];
    const wronglyOptional: { [M in WronglyOptional]: 'has required params' } = {};
    expectTypeOf(wronglyOptional).toEqualTypeOf<{}>();
  });

  it('the topic methods are the five that act on one existing topic', () => {
    expectTypeOf<TopicMethod>().toEqualTypeOf<
      'editForumTopic' | 'closeForumTopic' | 'reopenForumTopic' | 'deleteForumTopic' | 'unpinAllForumTopicMessages'
    >();
  });
});
