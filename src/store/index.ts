export { createMemoryStore, type MemoryStoreOptions } from './memoryStore.js';
export type { RateDecision, RateWindow, SharedStore, StoreDeleteOptions, StoreSetOptions } from './types.js';
