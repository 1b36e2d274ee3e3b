export { createTopicRegistry } from './createTopicRegistry.js';
export {
  type EnsuredTopic,
  type EnsureTopicOptions,
  type EnsureTopicParams,
  ensureTopic,
  isTopicClaimError,
  TopicClaimError,
} from './ensureTopic.js';
export { isTopicGoneError } from './learn.js';
export type { KnownGeneralTopic, KnownTopic, TopicRegistry, TopicRegistryOptions } from './types.js';
