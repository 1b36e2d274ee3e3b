export { createClient } from './createClient.js';
export { type InputFile, type InputFileData, inputFile } from './inputFile.js';
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
