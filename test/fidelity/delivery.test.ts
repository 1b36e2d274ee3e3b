// Update delivery: own service messages, privacy, allowed_updates, offsets, limits, long polls, conflicts.
import { deliveryCases } from './cases/delivery.js';
import { describeCases } from './runner.js';

describeCases('update delivery, as Client.cpp queues and answers updates', deliveryCases);
