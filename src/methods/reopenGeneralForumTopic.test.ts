import { describe } from 'vitest';
import { generalMethodCases } from '../../test/helpers/topicSuites.js';
import { reopenGeneralForumTopic } from './reopenGeneralForumTopic.js';

describe('reopenGeneralForumTopic', () => {
  generalMethodCases('reopenGeneralForumTopic', reopenGeneralForumTopic);
});
