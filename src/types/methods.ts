import type { ApiMethods } from '@grammyjs/types';
import type { Upload } from './upload.js';

export type { Upload } from './upload.js';

type Api = ApiMethods<Upload>;

/**
 * The typed method map: every Bot API 10.3 method name → `{ params; result }`.
 *
 * This is the single source of truth the transport, transformers, the emulator and the
 * method modules type against. `params` is `Record<string, never>` for methods without
 * parameters.
 */
export type BotApi = {
  [M in keyof Api]: {
    /** The method's parameters, with Telegram's field names. */
    params: Parameters<Api[M]>[0] extends infer P
      ? undefined extends P
        ? NonNullable<P> | Record<string, never>
        : P
      : never;
    /** What the method resolves with: the unwrapped `result` of the answer. */
    result: ReturnType<Api[M]>;
  };
};

/** Any Bot API method name. */
export type Method = keyof BotApi;
/** The parameters of method `M`. */
export type Params<M extends Method> = BotApi[M]['params'];
/** The unwrapped result of method `M`. */
export type Result<M extends Method> = BotApi[M]['result'];

/** Methods whose parameters include `message_thread_id`: they accept a topic as target. */
export type ThreadedMethod = {
  // Methods without parameters have `Record<string, never>`, whose keys are any string.
  [M in Method]: string extends keyof Params<M> ? never : 'message_thread_id' extends keyof Params<M> ? M : never;
}[Method];
