// A Next.js App Router route handler: app/telegram/route.ts. The handler is made once per
// server instance (module scope), so the attempt count of a failing update survives between
// requests.
import { webhookHandler } from 'telegram-forum';
import { echoBot } from '../../../bot.js';

/** The errors reported, for the test to read (a real app would log them). */
export const reported: Array<{ name: string; updateId: number | undefined }> = [];

const handler = webhookHandler(echoBot((line) => reported.push(line)));

export function POST(request: Request): Promise<Response> {
  return handler(request);
}

export function GET(request: Request): Promise<Response> {
  return handler(request); // only so that the test sees the handler's 405
}
