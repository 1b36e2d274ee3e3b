// Parameter reading per method: missing, empty, wrong type, null, malformed JSON, order of checks.
import { methodCases } from './cases/methods.js';
import { paramCases } from './cases/params.js';
import { describeCases } from './runner.js';

describeCases('parameters, as Client.cpp reads them', paramCases);
describeCases('method rules of Client.cpp and TDLib', methodCases);
