export { ForumTopicIconColor, GENERAL_TOPIC_ID } from './constants.js';
export { type ChatTarget, type LegacyChatTarget, parseChatTarget, type TopicParams } from './parseChatTarget.js';
export { type ReplyTarget, replyTarget } from './replyTarget.js';
