import { describe } from 'vitest';
import { generalMethodCases } from '../../test/helpers/topicSuites.js';
import { hideGeneralForumTopic } from './hideGeneralForumTopic.js';

describe('hideGeneralForumTopic', () => {
  generalMethodCases('hideGeneralForumTopic', hideGeneralForumTopic);
});
