export {
  type DedupeOptions,
  dedupeUpdates,
  isUpdateInProgressError,
  UpdateInProgressError,
} from './dedupeUpdates.js';
