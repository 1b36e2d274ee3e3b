export type * from './botApi.js';
export type { BotApi, Method, Params, Result, ThreadedMethod } from './methods.js';
export type { InputFile, InputFileData, Upload } from './upload.js';
