// Webhooks where the platform calls a function instead of running a server: a Next.js route
// handler and an AWS Lambda handler. Both are called in this process with what their platform
// passes: Next's own NextRequest (from the real `next` package; Next's router and server are not
// run), and a payload-format-2.0 event (function URL / API Gateway HTTP API) typed by
// @types/aws-lambda and built from each delivery as Lambda documents it.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { NextRequest } from 'next/server.js';
import { toLambdaHandler, webhookHandler } from 'telegram-forum';
import { describe, expect, it } from 'vitest';
import { type ErrorLine, echoBot } from './bot.js';
import { exerciseWebhook } from './harness.js';
import { GET, POST, reported } from './next/app/telegram/route.js';

describe('webhooks in serverless handlers, against the emulator', { timeout: 30_000 }, () => {
  it('a Next.js route handler, called with a NextRequest', async () => {
    const calls: string[] = [];
    await exerciseWebhook(
      'https://bot.example.com/telegram',
      () => reported,
      async (request) => {
        const next = new NextRequest(request);
        calls.push(`${next.method} ${next.nextUrl.pathname}`);
        return next.method === 'POST' ? POST(next) : GET(next);
      },
    );
    expect(calls).toContain('POST /telegram');
  });

  it.each([false, true])('an AWS Lambda handler (function URL event, base64 body: %s)', async (base64) => {
    const errors: ErrorLine[] = [];
    const lambda = toLambdaHandler(webhookHandler(echoBot((line) => errors.push(line))));
    await exerciseWebhook(
      'https://abc123.lambda-url.eu-west-1.on.aws/telegram',
      () => errors,
      async (request) => {
        const url = new URL(request.url);
        const text = await request.text();
        const event: APIGatewayProxyEventV2 = {
          version: '2.0',
          routeKey: '$default',
          rawPath: url.pathname,
          rawQueryString: url.search.slice(1),
          headers: Object.fromEntries(request.headers),
          requestContext: {
            accountId: 'anonymous',
            apiId: 'abc123',
            domainName: url.host,
            domainPrefix: 'abc123',
            http: {
              method: request.method,
              path: url.pathname,
              protocol: 'HTTP/1.1',
              sourceIp: '127.0.0.1',
              userAgent: '',
            },
            requestId: crypto.randomUUID(),
            routeKey: '$default',
            stage: '$default',
            time: new Date().toUTCString(),
            timeEpoch: Date.now(),
          },
          isBase64Encoded: base64,
          ...(text && { body: base64 ? Buffer.from(text).toString('base64') : text }),
        };
        const result: APIGatewayProxyStructuredResultV2 = await lambda(event);
        return new Response(result.body || null, {
          status: result.statusCode ?? 200,
          headers: result.headers as Record<string, string>,
        });
      },
    );
  });

  it('a Lambda handler answers 500 and reports when the web handler throws', async () => {
    const errors: unknown[] = [];
    const lambda = toLambdaHandler(
      async () => {
        throw new Error('boom');
      },
      { onError: (e) => errors.push(e) },
    );
    const result = await lambda({ rawPath: '/', requestContext: { http: { method: 'POST' } }, body: '{}' });
    expect(result).toEqual({ statusCode: 500, headers: {}, body: '', isBase64Encoded: false });
    expect(errors).toMatchObject([{ name: 'WebhookError', status: 500, cause: { message: 'boom' } }]);
  });
});
