import { describe, expectTypeOf, it } from 'vitest';
import type { Message } from '../../types/botApi.js';
import type { Reader } from '../args.js';
import type { Context, Handler, HandlerTable } from './context.js';
import { messageHandlers } from './messages.js';

/**
 * The handler tables are checked against the Bot API method map: a method that does not
 * exist, a result of the wrong shape or a parameter the method does not have is a compile
 * error (each `@ts-expect-error` below fails the type check if the error goes away).
 */
describe('handler tables', () => {
  it('type each handler from its method', () => {
    expectTypeOf(messageHandlers.sendMessage).parameters.toEqualTypeOf<
      [Context, Reader<Parameters<Handler<'sendMessage'>>[1] extends Reader<infer N> ? N : never>]
    >();
    expectTypeOf(messageHandlers.sendMessage).returns.toExtend<Message>();
  });

  it('refuse unknown methods, wrong results and parameters of other methods', () => {
    const unknown = {
      // @ts-expect-error: no Bot API method has this name
      sendMesage: () => true,
    } satisfies HandlerTable;
    const wrongResult = {
      // @ts-expect-error: getChatMemberCount answers a number
      getChatMemberCount: () => true,
    } satisfies HandlerTable;
    const wrongParameter = {
      sendMessage(_ctx, p) {
        // @ts-expect-error: sendMessage has no parameter `name`
        p.str('name');
        return {} as Message.TextMessage;
      },
    } satisfies HandlerTable;
    const ok = {
      getChatMemberCount: (_ctx, p) => p.int('chat_id') ?? 0,
    } satisfies HandlerTable;
    expectTypeOf([unknown, wrongResult, wrongParameter, ok]).not.toBeNever();
  });

  it('let a shared helper take the readers of every method that has its parameters, and no other', () => {
    const helper = (p: Reader<'chat_id' | 'message_thread_id'>) => p.str('chat_id');
    const table = {
      sendChatAction(_ctx, p) {
        helper(p);
        return true;
      },
      // @ts-expect-error: getFile has no chat_id: its reader is refused
      getFile: (_ctx, p) => ({ file_id: String(helper(p)), file_unique_id: '' }),
    } satisfies HandlerTable;
    expectTypeOf(table).not.toBeNever();
  });
});
