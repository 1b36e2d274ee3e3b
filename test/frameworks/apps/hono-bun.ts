// Hono on Bun: a route that hands the raw Request to the handler.
import { Hono } from 'hono';
import { webhookHandler } from 'telegram-forum';
import { echoBot, printLine } from '../bot.js';

const handler = webhookHandler(echoBot(printLine));
const app = new Hono();
app.on(['GET', 'POST'], '/telegram', (c) => handler(c.req.raw));
const server = Bun.serve({ hostname: '127.0.0.1', port: 0, fetch: app.fetch });
console.log(`listening ${server.port}`);
