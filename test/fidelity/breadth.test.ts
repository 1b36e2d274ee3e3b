// The methods added for the Bot API's breadth (issue 17): members and rights, chat settings,
// commands with scopes, inline answers and batches of messages, as Client.cpp and TDLib check them.
import { breadthCases } from './cases/breadth.js';
import { describeCases } from './runner.js';

describeCases('the breadth methods, as Client.cpp and TDLib check them', breadthCases);
