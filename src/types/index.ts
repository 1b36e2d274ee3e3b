export type * from './botApi.js';
export type { BotApi, Method, Params, Result, ThreadedMethod, Upload } from './methods.js';
