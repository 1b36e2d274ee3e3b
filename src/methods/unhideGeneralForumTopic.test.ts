import { describe } from 'vitest';
import { generalMethodCases } from '../../test/helpers/topicSuites.js';
import { unhideGeneralForumTopic } from './unhideGeneralForumTopic.js';

describe('unhideGeneralForumTopic', () => {
  generalMethodCases('unhideGeneralForumTopic', unhideGeneralForumTopic);
});
