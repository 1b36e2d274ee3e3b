export {
  ApiError,
  isApiError,
  isNetworkError,
  isResponseError,
  isTelegramError,
  isTimeoutError,
  isValidationError,
  NetworkError,
  ResponseError,
  TelegramError,
  TimeoutError,
  ValidationError,
} from './errors.js';
