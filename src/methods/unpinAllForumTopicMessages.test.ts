import { describe } from 'vitest';
import { topicMethodCases } from '../../test/helpers/topicSuites.js';
import { unpinAllForumTopicMessages } from './unpinAllForumTopicMessages.js';

describe('unpinAllForumTopicMessages', () => {
  topicMethodCases('unpinAllForumTopicMessages', unpinAllForumTopicMessages, /use unpinAllGeneralForumTopicMessages/);
});
