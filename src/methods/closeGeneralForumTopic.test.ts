import { describe } from 'vitest';
import { generalMethodCases } from '../../test/helpers/topicSuites.js';
import { closeGeneralForumTopic } from './closeGeneralForumTopic.js';

describe('closeGeneralForumTopic', () => {
  generalMethodCases('closeGeneralForumTopic', closeGeneralForumTopic);
});
