// The bot every framework test serves: it echoes a text message in place (a webhookReply, so the
// answer itself carries the sendMessage), throws on "poison", and reports each error as one
// line ({ name, updateId }) to `report`. Out-of-process apps print those lines on stdout.
import { replyTarget, type UpdateHandlerOptions, webhookReply } from 'telegram-forum';

/** The webhook secret the tests register with setWebhook. */
export const SECRET = 'framework_test_secret';

/** One reported error, as the tests compare them. */
export interface ErrorLine {
  name: string;
  updateId: number | undefined;
}

/** The bot's handler options: two attempts per update, then it is skipped. */
export function echoBot(report: (line: ErrorLine) => void): UpdateHandlerOptions & { secretToken: string } {
  return {
    secretToken: SECRET,
    maxAttempts: 2,
    onUpdate: (update) => {
      const message = update.message;
      if (message?.text === 'poison') throw new Error('poison');
      if (message?.text) return webhookReply('sendMessage', { ...replyTarget(message), text: `echo: ${message.text}` });
    },
    onError: (error, update) =>
      report({ name: error instanceof Error ? error.name : typeof error, updateId: update?.update_id }),
  };
}

/** For apps in another process: each error as a JSON line on stdout. */
export const printLine = (line: ErrorLine): void => console.log(JSON.stringify({ report: line }));
