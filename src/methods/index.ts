export { getMe } from './getMe.js';
export { sendMessage } from './sendMessage.js';
