// Reply markup: read from known fields, rebuilt for the chat, echoed for inline keyboards only.
import { markupCases } from './cases/markup.js';
import { describeCases } from './runner.js';

describeCases('reply markup, as Client.cpp reads it and TDLib rebuilds it', markupCases);
