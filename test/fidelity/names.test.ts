// Topic and invite link names as TDLib cleans them, the topic methods' checks, upload names and MIME types.
import { nameCases } from './cases/names.js';
import { describeCases } from './runner.js';

describeCases('names, topics and uploads, as TDLib keeps them', nameCases);
