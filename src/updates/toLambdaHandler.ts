import { WebhookError } from '../errors/errors.js';
import { reporter } from './boundary.js';

/**
 * The part of an AWS Lambda HTTP event the handler uses: payload format 2.0, as a function URL
 * and an API Gateway HTTP API send it (`APIGatewayProxyEventV2` of `@types/aws-lambda` fits).
 */
export interface LambdaHttpEvent {
  /** The path, without the query. */
  rawPath?: string | undefined;
  /** The query string, without `?`. */
  rawQueryString?: string | undefined;
  /** Lower-cased request headers (repeated ones joined with commas). */
  headers?: Record<string, string | undefined> | undefined;
  /** The body: text, or base64 when `isBase64Encoded`. */
  body?: string | undefined;
  /** Whether `body` is base64. */
  isBase64Encoded?: boolean | undefined;
  /** The request's context. */
  requestContext: {
    /** The host the request was sent to. */
    domainName?: string | undefined;
    /** The HTTP part. */
    http: {
      /** The HTTP method. */
      method: string;
    };
  };
}

/** What the Lambda handler returns: a payload format 2.0 answer (`APIGatewayProxyStructuredResultV2`). */
export interface LambdaHttpResult {
  /** The HTTP status. */
  statusCode: number;
  /** The response headers. */
  headers: Record<string, string>;
  /** The body, as text (webhook answers are empty or JSON). */
  body: string;
  /** Always false: the body is text. */
  isBase64Encoded: false;
}

/** Options of {@link toLambdaHandler}. */
export interface LambdaHandlerOptions {
  /**
   * Told when the handler itself threw, as a `WebhookError` whose `cause` is the error (the
   * answer is then 500). Default: `console.error`. Whatever it throws is ignored.
   */
  onError?: ((error: unknown) => void) | undefined;
}

const decode = (body: string, base64: boolean | undefined): Uint8Array<ArrayBuffer> | string => {
  if (!base64) return body;
  const binary = atob(body);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

/**
 * Adapts a web-standard handler (such as `webhookHandler(…)`) to an AWS Lambda handler for HTTP
 * events of payload format 2.0: a function URL or an API Gateway HTTP API. The event becomes a
 * `Request`, the `Response` a `{ statusCode, headers, body }` result. Imports nothing.
 *
 * @example
 * ```ts
 * import { toLambdaHandler, webhookHandler } from 'telegram-forum';
 * export const handler = toLambdaHandler(
 *   webhookHandler({ secretToken: process.env.WEBHOOK_SECRET ?? 'change-me', onUpdate: (u) => console.log(u.update_id) }),
 * );
 * ```
 * @param handler - `(request: Request) => Promise<Response>`
 * @param options - `onError`
 * @returns the Lambda handler, `(event) => Promise<result>`; it never rejects
 */
export function toLambdaHandler(
  handler: (request: Request) => Promise<Response>,
  options: LambdaHandlerOptions = {},
): (event: LambdaHttpEvent) => Promise<LambdaHttpResult> {
  const report = reporter(options.onError, 'toLambdaHandler');
  return async (event) => {
    try {
      const method = event.requestContext.http.method;
      const headers = new Headers();
      for (const [name, value] of Object.entries(event.headers ?? {})) {
        if (value !== undefined) headers.set(name, value);
      }
      const query = event.rawQueryString ? `?${event.rawQueryString}` : '';
      const url = new URL(`https://${event.requestContext.domainName ?? 'lambda'}${event.rawPath ?? '/'}${query}`);
      const hasBody = event.body !== undefined && method !== 'GET' && method !== 'HEAD';
      const request = new Request(url, {
        method,
        headers,
        ...(hasBody && { body: decode(event.body as string, event.isBase64Encoded) }),
      });
      const response = await handler(request);
      const out: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        out[name] = value;
      });
      return { statusCode: response.status, headers: out, body: await response.text(), isBase64Encoded: false };
    } catch (error) {
      report(new WebhookError('toLambdaHandler answered 500: the request could not be handled', 500, { cause: error }));
      return { statusCode: 500, headers: {}, body: '', isBase64Encoded: false };
    }
  };
}
