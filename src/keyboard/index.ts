export { InlineKeyboard } from './inlineKeyboard.js';
export { type ButtonOptions, Keyboard } from './keyboard.js';
export { type KeyboardFromButtonsOptions, keyboardFromButtons } from './keyboardFromButtons.js';
export { forceReply, removeKeyboard } from './markup.js';
export { ReplyKeyboard } from './replyKeyboard.js';
