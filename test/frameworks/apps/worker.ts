// A Cloudflare Worker (module syntax), run by workerd. The handler is made once per isolate, so
// the attempt count of a failing update lives as long as the isolate does.
import { webhookHandler } from 'telegram-forum';
import { echoBot, printLine } from '../bot.js';

let handler: ((request: Request) => Promise<Response>) | undefined;

export default {
  fetch(request: Request): Promise<Response> {
    handler ??= webhookHandler(echoBot(printLine));
    return handler(request);
  },
};
