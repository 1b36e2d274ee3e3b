export { createClient } from './createClient.js';
export { inputFile } from './inputFile.js';
export type {
  CallArgs,
  CallNext,
  CallOptions,
  Client,
  ClientOptions,
  FetchLike,
  FetchLikeInit,
  FetchLikeResponse,
  RetryOptions,
  TimeoutController,
  Transformer,
} from './types.js';
