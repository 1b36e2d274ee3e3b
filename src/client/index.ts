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
  Transformer,
} from './types.js';
