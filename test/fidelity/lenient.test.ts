// Never stricter than Telegram, and the rules that are Telegram's own (marked as such).
import { lenientCases } from './cases/lenient.js';
import { describeCases } from './runner.js';

describeCases('never stricter than the official server', lenientCases);
