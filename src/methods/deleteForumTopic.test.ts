import { describe } from 'vitest';
import { topicMethodCases } from '../../test/helpers/topicSuites.js';
import { deleteForumTopic } from './deleteForumTopic.js';

describe('deleteForumTopic', () => {
  topicMethodCases('deleteForumTopic', deleteForumTopic, /use hideGeneralForumTopic/);
});
