import type { Method, Result } from '../../types/methods.js';
import type { ParamName, Reader } from '../args.js';
import type { Delivery } from '../delivery/index.js';
import type { BotState, World } from '../state/types.js';

/** What every handler gets besides its parameters. @internal */
export interface Context {
  /** The state to read and change. */
  readonly world: World;
  /** Where updates go (`delivery.deliver(update, audience)`). */
  readonly delivery: Delivery;
  /** The bot making the call. */
  readonly bot: BotState;
  /** Aborts when the caller goes away (a long poll ends then). */
  readonly signal: AbortSignal | undefined;
}

/** A successful answer that also carries a `description` (setWebhook, deleteWebhook). @internal */
export class Described<R> {
  constructor(
    readonly result: R,
    readonly description: string,
  ) {}
}

/** What a handler of method `M` answers: its Bot API result, possibly with a description. @internal */
export type Answer<M extends Method> = Result<M> | Described<Result<M>>;

/**
 * The handler of one Bot API method: reads its parameters (only names the method has), checks
 * them and the state in the order the server does, changes state, tells the delivery module,
 * and returns the method's Bot API result, or throws a `Failure` (`fail('name')`).
 *
 * The result may be a live state object: it is serialised at once and never kept.
 * @internal
 */
export type Handler<M extends Method> = (ctx: Context, p: Reader<ParamName<M>>) => Answer<M> | Promise<Answer<M>>;

/**
 * A table of handlers by Bot API method name, checked with `satisfies HandlerTable` so that
 * each handler's parameters and result are its method's.
 * @internal
 */
export type HandlerTable = { readonly [M in Method]?: Handler<M> };
