// HTML, MarkdownV2 and Markdown into text + entities, the entities parameter, fixing and limits.
import { formattingCases } from './cases/formatting.js';
import { describeCases } from './runner.js';

describeCases('formatted text, as TDLib parses and fixes it', formattingCases);
