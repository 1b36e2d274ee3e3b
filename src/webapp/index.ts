export {
  type ValidateWebAppInitDataOptions,
  validateWebAppInitData,
  type WebAppChat,
  type WebAppInitData,
  type WebAppUser,
} from './validateWebAppInitData.js';
