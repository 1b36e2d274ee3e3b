// Bun.serve with the handler as its fetch. Prints "listening <port>", then one JSON line per error.
import { webhookHandler } from 'telegram-forum';
import { echoBot, printLine } from '../bot.js';

const handler = webhookHandler(echoBot(printLine));
const server = Bun.serve({ hostname: '127.0.0.1', port: 0, fetch: handler });
console.log(`listening ${server.port}`);
