// Deno.serve with the handler. Prints "listening <port>", then one JSON line per error.
import { webhookHandler } from 'telegram-forum';
import { echoBot, printLine } from '../bot.js';

const handler = webhookHandler(echoBot(printLine));
Deno.serve({ hostname: '127.0.0.1', port: 0, onListen: ({ port }) => console.log(`listening ${port}`) }, handler);
