import { describe } from 'vitest';
import { topicMethodCases } from '../../test/helpers/topicSuites.js';
import { reopenForumTopic } from './reopenForumTopic.js';

describe('reopenForumTopic', () => {
  topicMethodCases('reopenForumTopic', reopenForumTopic, /use reopenGeneralForumTopic/);
});
