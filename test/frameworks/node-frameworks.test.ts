// Webhooks served by the real frameworks (devDependencies), in this process, on 127.0.0.1:
// node:http, Express 5 (behind each of its body parsers, and none), Fastify 5, Koa (behind
// @koa/bodyparser) and Hono on @hono/node-server. The emulator delivers over real HTTP.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import bodyParser from '@koa/bodyparser';
import express from 'express';
import Fastify from 'fastify';
import { Hono } from 'hono';
import Koa from 'koa';
import { toNodeListener, webhookHandler } from 'telegram-forum';
import { describe, it } from 'vitest';
import { type ErrorLine, echoBot } from './bot.js';
import { exerciseWebhook } from './harness.js';

/** A bot and the errors it reported. */
function bot() {
  const errors: ErrorLine[] = [];
  return { errors, handler: webhookHandler(echoBot((line) => errors.push(line))) };
}

/** Listens on 127.0.0.1, runs `use(url)`, and closes the server whatever happens. */
async function serving(server: Server, use: (url: string) => Promise<void>): Promise<void> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}/telegram`);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe('webhooks in Node frameworks, against the emulator', { timeout: 30_000 }, () => {
  it('node:http', async () => {
    const { errors, handler } = bot();
    await serving(createServer(toNodeListener(handler)), (url) => exerciseWebhook(url, () => errors));
  });

  it.each([
    ['express.json()', express.json()],
    ['express.text({ type: "*/*" })', express.text({ type: '*/*' })],
    ['express.raw({ type: "*/*" })', express.raw({ type: '*/*' })],
    ['no body parser', undefined],
  ])('Express 5 behind %s', async (_, parser) => {
    const { errors, handler } = bot();
    const app = express();
    if (parser) app.use(parser);
    app.post('/telegram', toNodeListener(handler));
    app.get('/telegram', toNodeListener(handler)); // only so that the test sees the handler's 405
    await serving(createServer(app), (url) => exerciseWebhook(url, () => errors));
  });

  it('Fastify 5 (its JSON parser already read the body)', async () => {
    const { errors, handler } = bot();
    const listener = toNodeListener(handler);
    const app = Fastify();
    app.post('/telegram', async (request, reply) => {
      reply.hijack();
      await listener(Object.assign(request.raw, { body: request.body }), reply.raw);
    });
    // Only so that the test sees the handler's 405 (Fastify answers 404 to a route it lacks).
    app.get('/telegram', async (request, reply) => {
      reply.hijack();
      await listener(request.raw, reply.raw);
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const { port } = app.server.address() as AddressInfo;
      await exerciseWebhook(`http://127.0.0.1:${port}/telegram`, () => errors);
    } finally {
      await app.close();
    }
  });

  it('Koa behind @koa/bodyparser', async () => {
    const { errors, handler } = bot();
    const listener = toNodeListener(handler);
    const app = new Koa();
    app.use(bodyParser());
    app.use(async (ctx) => {
      if (ctx.path !== '/telegram') return;
      ctx.respond = false; // the listener writes the answer itself
      await listener(Object.assign(ctx.req, { body: ctx.request.body }), ctx.res);
    });
    await serving(createServer(app.callback()), (url) => exerciseWebhook(url, () => errors));
  });

  it('Hono on @hono/node-server', async () => {
    const { errors, handler } = bot();
    const app = new Hono();
    app.on(['GET', 'POST'], '/telegram', (c) => handler(c.req.raw));
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    try {
      const { port } = server.address() as AddressInfo;
      await exerciseWebhook(`http://127.0.0.1:${port}/telegram`, () => errors);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
