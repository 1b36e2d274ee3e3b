import type { JsonNode } from '../json.js';
import { failure, type Outcome, prefixed, success } from '../outcome.js';
import { byteLength, codePoints, isWellFormed } from '../text.js';
import { fixFormattedText } from './fix.js';
import { type ParsedText, parseHtml } from './html.js';
import { readEntitiesParameter, readEntityArray } from './input.js';
import { parseMarkdown } from './markdown.js';
import { parseMarkdownV2 } from './markdownV2.js';

/** The parse modes the server accepts, lower-cased. @internal */
export type ParseMode = 'html' | 'markdown' | 'markdownv2';

/**
 * Limits Telegram sends to TDLib as options (`message_text_length_max`,
 * `message_caption_length_max`); the values are Telegram's current ones, not constants of the
 * source. Both count Unicode code points.
 * @internal
 */
export const TEXT_LIMITS = { message: 4096, caption: 1024 } as const;

/**
 * TDLib's synchronous `parseTextEntities` (td/telegram/SynchronousRequests.cpp): the text must be
 * UTF-8, then the parser runs and its error gets the `Can't parse entities: ` prefix.
 * @internal
 */
export function parseEntities(text: string, mode: ParseMode): Outcome<ParsedText> {
  if (!isWellFormed(text)) return failure('Text must be encoded in UTF-8');
  if (codePoints(text) > 65536) return failure("Can't parse entities: Text is too long");
  const parse = mode === 'html' ? parseHtml : mode === 'markdown' ? parseMarkdown : parseMarkdownV2;
  return prefixed(parse(text), "Can't parse entities: ", 400);
}

/**
 * `Client::get_formatted_text` (telegram-bot-api/Client.cpp): a text over 32768 bytes is
 * `Text is too long`; a non-empty text with a parse mode other than `none`/empty (any case) is
 * parsed (`Unsupported parse_mode` for an unknown one) and the explicit entities are then
 * ignored; otherwise the entities parameter is read. `entities` is the raw parameter text or an
 * already decoded JSON value (InputMedia's `caption_entities`). The result still has to go
 * through {@link fixFormattedText}, as TDLib does next.
 * @internal
 */
export function readFormattedText(
  text: string,
  parseMode: string | undefined,
  entities: string | JsonNode | undefined,
): Outcome<ParsedText> {
  if (byteLength(text) > 1 << 15) return failure('Text is too long');
  const mode = (parseMode ?? '').toLowerCase();
  if (text !== '' && mode !== '' && mode !== 'none') {
    if (mode !== 'html' && mode !== 'markdown' && mode !== 'markdownv2') return failure('Unsupported parse_mode');
    return parseEntities(text, mode);
  }
  const read =
    typeof entities === 'object'
      ? entities.kind === 'array'
        ? readEntityArray(entities.items)
        : success([])
      : readEntitiesParameter(entities);
  return read.ok ? success({ text, entities: read.value }) : read;
}

/** The text parameters of a message. @internal */
export interface TextParameters {
  readonly text?: string | undefined;
  readonly parse_mode?: string | undefined;
  /** Raw `entities` parameter text. */
  readonly entities?: string | undefined;
}

/**
 * A message text from `sendMessage`/`editMessageText` parameters, through the whole chain: Client.cpp
 * `get_input_message_text` (`Message text is empty` for an absent or empty `text`), then
 * {@link readFormattedText}, then TDLib's `fix_formatted_text` (empty not allowed), then the
 * length limit (`Message is too long`, counted in code points after cleaning).
 * @internal
 */
export function formatMessageText(params: TextParameters): Outcome<ParsedText> {
  const text = params.text ?? '';
  if (text === '') return failure('Message text is empty');
  const read = readFormattedText(text, params.parse_mode, params.entities);
  if (!read.ok) return read;
  const fixed = fixFormattedText(read.value.text, read.value.entities);
  if (!fixed.ok) return fixed;
  if (codePoints(fixed.value.text) > TEXT_LIMITS.message) return failure('Message is too long');
  return fixed;
}

/** The caption parameters of a media message. @internal */
export interface CaptionParameters {
  readonly caption?: string | undefined;
  readonly parse_mode?: string | undefined;
  /** Raw `caption_entities` parameter text. */
  readonly caption_entities?: string | undefined;
}

/**
 * A caption through the same chain (`Client::get_caption`, then TDLib with an empty caption
 * allowed, a caption of only invisible characters kept as is for bots), then
 * `Message caption is too long` over the limit.
 * @internal
 */
export function formatCaption(params: CaptionParameters): Outcome<ParsedText> {
  const read = readFormattedText(params.caption ?? '', params.parse_mode, params.caption_entities);
  if (!read.ok) return read;
  const fixed = fixFormattedText(read.value.text, read.value.entities, { allowEmpty: true, allowEmptyString: true });
  if (!fixed.ok) return fixed;
  if (codePoints(fixed.value.text) > TEXT_LIMITS.caption) return failure('Message caption is too long');
  return fixed;
}
