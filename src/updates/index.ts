export {
  isForumTopicClosed,
  isForumTopicCreated,
  isForumTopicEdited,
  isForumTopicReopened,
  isGeneralForumTopicHidden,
  isGeneralForumTopicUnhidden,
  isGeneralMessage,
  isTopicMessage,
} from './guards.js';
export { type PollOptions, pollUpdates } from './pollUpdates.js';
export { type NodeListenerOptions, type NodeRequest, type NodeResponse, toNodeListener } from './toNodeListener.js';
export { SECRET_HEADER, type WebhookOptions, webhookHandler } from './webhookHandler.js';
