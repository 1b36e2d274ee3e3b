// Webhooks: setWebhook's checks and answers, and the method call in a webhook's answer.
import { webhookCases } from './cases/webhooks.js';
import { describeCases } from './runner.js';

describeCases('webhooks, as Client.cpp and WebhookActor.cpp handle them', webhookCases);
