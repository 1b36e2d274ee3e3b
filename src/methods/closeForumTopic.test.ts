import { describe } from 'vitest';
import { topicMethodCases } from '../../test/helpers/topicSuites.js';
import { closeForumTopic } from './closeForumTopic.js';

describe('closeForumTopic', () => {
  topicMethodCases('closeForumTopic', closeForumTopic, /use closeGeneralForumTopic/);
});
