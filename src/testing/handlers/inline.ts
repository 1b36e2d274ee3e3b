import { fail, serverFailure } from '../failures.js';
import { integerArg } from '../server/integers.js';
import { decodeJson, type JsonNode } from '../server/json.js';
import { Fields, type JsonObjectNode } from '../server/jsonFields.js';
import type { Outcome } from '../server/outcome.js';
import type { Json } from '../state/types.js';
import type { HandlerTable } from './context.js';

/**
 * What each inline result type needs besides `type` and `id` (Client.cpp
 * `get_inline_query_result`): required fields, and pairs of which one must be given (a URL or a
 * file id). The server's other checks of each field are not repeated here.
 */
const RESULT_TYPES: Readonly<Record<string, { required: readonly string[]; oneOf?: readonly [string, string] }>> = {
  article: { required: ['title'] },
  audio: { required: [], oneOf: ['audio_url', 'audio_file_id'] },
  contact: { required: ['phone_number', 'first_name'] },
  document: { required: ['title'], oneOf: ['document_url', 'document_file_id'] },
  game: { required: ['game_short_name'] },
  gif: { required: [], oneOf: ['gif_url', 'gif_file_id'] },
  location: { required: ['latitude', 'longitude', 'title'] },
  mpeg4_gif: { required: [], oneOf: ['mpeg4_url', 'mpeg4_file_id'] },
  photo: { required: [], oneOf: ['photo_url', 'photo_file_id'] },
  sticker: { required: ['sticker_file_id'] },
  venue: { required: ['latitude', 'longitude', 'title', 'address'] },
  video: { required: ['title'], oneOf: ['video_url', 'video_file_id'] },
  voice: { required: ['title'], oneOf: ['voice_url', 'voice_file_id'] },
};

/** A decoded JSON value as a plain one (numbers as numbers). */
function plain(node: JsonNode): unknown {
  switch (node.kind) {
    case 'null':
      return null;
    case 'number':
      return Number(node.text);
    case 'array':
      return node.items.map(plain);
    case 'object':
      return Object.fromEntries(node.fields.map(([key, value]) => [key, plain(value)]));
    default:
      return node.value;
  }
}

/** A field TDLib reads with `get_required_*_field`: present, else `Can't find field "<name>"`. */
function requireField(fields: Fields, name: string): void {
  if (!fields.has(name)) throw fail('inlineResult', `Can't find field "${name}"`);
}

/** One result (Client.cpp get_inline_query_result): an object with `type` (any case) and `id`. */
function checkResult(node: JsonNode): string {
  if (node.kind !== 'object') throw fail('inlineResult', 'Inline query result must be an object');
  const fields = new Fields(node);
  const read = (name: string) => {
    const value = fields.string(name, true);
    if (!value.ok) throw fail('inlineResult', value.error.message);
    return value.value;
  };
  const type = read('type').toLowerCase();
  const id = read('id');
  const rule = RESULT_TYPES[type];
  // An article needs content: input_message_content, or the legacy message_text.
  if (type === 'article' && !fields.has('input_message_content')) requireField(fields, 'message_text');
  if (!rule) throw fail('inlineResult', `type "${type}" is unsupported for the inline query result`);
  for (const name of rule.required) requireField(fields, name);
  if (rule.oneOf && !fields.has(rule.oneOf[0])) requireField(fields, rule.oneOf[1]);
  return id;
}

/** The results button (Client.cpp get_inline_query_results_button), or the legacy `switch_pm_*` pair. */
function buttonOf(node: JsonNode | undefined, pmText: string, pmParameter: string): Json | undefined {
  if (node?.kind !== 'object') return pmText === '' ? undefined : { text: pmText, start_parameter: pmParameter };
  const fields = new Fields(node);
  const inner = <T>(outcome: Outcome<T>): T => {
    if (!outcome.ok) throw fail('inlineButton', outcome.error.message);
    return outcome.value;
  };
  const text = inner(fields.string('text', true));
  if (fields.has('start_parameter')) return { text, start_parameter: inner(fields.string('start_parameter', true)) };
  if (fields.has('web_app')) {
    const webApp = inner(fields.typed('web_app', 'object', true)) as JsonObjectNode;
    return { text, web_app: { url: inner(new Fields(webApp).string('url', true)) } };
  }
  throw fail('inlineButton', 'InlineQueryResultsButton must have exactly one optional field');
}

/** Inline mode: answering the inline queries users send (`emulator.userSendsInlineQuery`). @internal */
export const inlineHandlers = {
  // Client.cpp process_answer_inline_query_query: the parameters in the server's order, then the
  // query (Telegram's own check: unknown, answered or too old is QUERY_ID_INVALID).
  answerInlineQuery(ctx, p) {
    // The id is a number to the server (td::to_integer<int64>).
    const id = String(p.int('inline_query_id') ?? 0);
    const isPersonal = p.bool('is_personal');
    const cacheTime = integerArg(p.str('cache_time'), 300, 0, 86_400);
    const nextOffset = p.str('next_offset') ?? '';
    const button = buttonOf(p.jsonParam('button'), p.str('switch_pm_text') ?? '', p.str('switch_pm_parameter') ?? '');
    const raw = p.str('results') ?? '';
    let results: unknown[] = [];
    if (raw !== '') {
      const decoded = decodeJson(raw);
      if (!decoded.ok) throw fail('inlineResultsJson', decoded.error.message);
      const node = decoded.value;
      if (node.kind !== 'null') {
        if (node.kind !== 'array') throw fail('inlineResultsNotArray');
        if (node.items.length > 50) throw fail('inlineResultsTooMany');
        const ids = node.items.map(checkResult);
        if (new Set(ids).size !== ids.length) throw serverFailure('RESULT_ID_DUPLICATE');
        results = node.items.map(plain);
      }
    }
    const query = ctx.world.inlineQueries.get(id);
    const ttl = ctx.world.settings.callbackQueryTtlMs;
    if (!query || query.botId !== ctx.bot.id || query.answer !== undefined || ctx.world.now() - query.at > ttl) {
      throw fail('queryTooOld');
    }
    const answer: Json = { results, cache_time: cacheTime, is_personal: isPersonal, next_offset: nextOffset };
    if (button) answer.button = button;
    query.answer = answer;
    return true;
  },
} satisfies HandlerTable;
