import { describe } from 'vitest';
import { generalMethodCases } from '../../test/helpers/topicSuites.js';
import { unpinAllGeneralForumTopicMessages } from './unpinAllGeneralForumTopicMessages.js';

describe('unpinAllGeneralForumTopicMessages', () => {
  generalMethodCases('unpinAllGeneralForumTopicMessages', unpinAllGeneralForumTopicMessages);
});
