export type { UpdateHandlerOptions } from './boundary.js';
export {
  isForumTopicClosed,
  isForumTopicCreated,
  isForumTopicEdited,
  isForumTopicReopened,
  isGeneralForumTopicHidden,
  isGeneralForumTopicUnhidden,
  isGeneralMessage,
  isPrivateMessage,
  isServiceMessage,
  isTopicMessage,
  SERVICE_MESSAGE_FIELDS,
  type ServiceMessage,
  type ServiceMessageField,
} from './guards.js';
export { type PollHandlerOptions, type PollOptions, pollUpdates } from './pollUpdates.js';
export {
  type LambdaHandlerOptions,
  type LambdaHttpEvent,
  type LambdaHttpResult,
  toLambdaHandler,
} from './toLambdaHandler.js';
export { type NodeListenerOptions, type NodeRequest, type NodeResponse, toNodeListener } from './toNodeListener.js';
export { SECRET_HEADER, type WebhookOptions, webhookHandler } from './webhookHandler.js';
export { type ReplyMethod, type WebhookReply, webhookReply } from './webhookReply.js';
