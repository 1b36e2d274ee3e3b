import { invalid } from '../errors/errors.js';

/** `Object.freeze`, typed to return what it is given. @internal */
export const freeze = Object.freeze as <T>(o: T) => T;

/** Throws a {@link ValidationError} for `field`. @internal */
export const fail = (field: string, why: string): never => {
  throw invalid(field, why);
};

/** Checks a value: `first` is true when the button would be the first of the first row. @internal */
// biome-ignore lint/suspicious/noExplicitAny: a check reads fields of a value whose shape it is checking
export type Check = (value: any, first: boolean, field: string) => unknown;

/**
 * Checks that `v` is a string of 1..`max` characters, counted as Unicode code points (the
 * lenient reading of Telegram's "characters"). @internal
 */
export const length = (v: unknown, max: number, field: string): unknown =>
  (typeof v === 'string' && v && [...v].length <= max) || fail(field, `must be 1-${max} characters`);

/** Checks that `v` is a URL whose scheme matches `re` (`what` names the schemes). @internal */
export const scheme = (re: RegExp, what: string, v: unknown, field: string): unknown =>
  (typeof v === 'string' && re.test(v)) || fail(field, `must be an ${what} URL`);

/** Checks an object whose `url` must be an HTTPS URL (web_app, login_url). @internal */
export const https: Check = (v, _, field) => scheme(/^https:\/\//i, 'https://', v?.url, `${field}.url`);

/**
 * Copies and checks one button against `actions` (the checks of its kind's action fields):
 * non-empty text, known fields only, and one action (exactly one if `inline`). Fields set to
 * `undefined` are dropped.
 * @internal
 */
export function button<B>(b: B, actions: Record<string, Check>, inline: boolean, first: boolean): B {
  if (typeof b === 'string' && !inline) return (b || fail('text', 'must be a non-empty string')) as B;
  (typeof b === 'object' && b) || fail('button', 'must be an object');
  const out: Record<string, unknown> = {};
  let action = '';
  for (const [field, value] of Object.entries(b as object)) {
    if (value === undefined) continue;
    out[field] = value;
    if (/^(text|style|icon_custom_emoji_id)$/.test(field)) continue;
    const check = actions[field] ?? fail(field, `is not a${inline ? 'n inline' : ' reply'} button field`);
    action && fail(field, `is a second action after ${action}`);
    action = field;
    check(value, first, field);
  }
  (typeof out.text === 'string' && out.text) || fail('text', 'must be a non-empty string');
  inline && !action && fail('inline_keyboard', `has a button "${out.text}" without an action`);
  return freeze(out) as B;
}

/** Options shared by every button: its look. */
export interface ButtonOptions {
  /** The button's colour: `"danger"` (red), `"success"` (green) or `"primary"` (blue). Bot API 9.4. */
  style?: 'danger' | 'success' | 'primary';
  /** A custom emoji shown before the text (bots with a Fragment username or a Premium owner). Bot API 9.4. */
  icon_custom_emoji_id?: string;
}

type Rows<B> = readonly (readonly B[])[];
/** A keyboard seen as its rows field. */
type Bag<B> = Record<string, B[][]>;

/**
 * What both keyboard builders share: immutable rows of buttons and the `force_reply` option.
 *
 * Every method returns a new keyboard; the instance itself is frozen, and its own enumerable
 * properties are exactly the Bot API markup, so it can be passed as `reply_markup` as is.
 * @typeParam B - the button type (`InlineKeyboardButton` or `KeyboardButton`)
 */
export abstract class Keyboard<B> {
  /** Pass True to show the reply interface, as if the user had tapped "Reply" on the bot's message (Bot API 10.3). */
  declare readonly force_reply?: boolean;
  /** Whether the next button starts a new row (a non-enumerable own property). @internal */
  declare protected readonly newRow?: boolean;

  /** The Bot API field that holds the rows. @internal */
  protected abstract rowsKey(): string;
  /** Checks one button of this kind; `rows` are the rows it is added to. @internal */
  protected abstract check(b: B, rows: Rows<B>): B;

  /**
   * An empty keyboard; use `from(rows)` to start from rows of Bot API buttons.
   * @throws TypeError when called as `new Keyboard()`: the class is abstract (JavaScript does not
   *   enforce that); build an `InlineKeyboard` or a `ReplyKeyboard`.
   */
  constructor() {
    if (!this.rowsKey) throw new TypeError('use InlineKeyboard or ReplyKeyboard');
    (this as unknown as Bag<B>)[this.rowsKey()] = freeze<B[][]>([]);
    freeze(this);
  }

  /**
   * A keyboard from rows of Bot API buttons; each button is checked, empty rows are dropped.
   * @param rows - the rows, e.g. `[[{ text: 'Yes', callback_data: 'yes' }]]` for an inline keyboard
   * @returns a new keyboard
   * @example
   * InlineKeyboard.from([[{ text: 'Yes', callback_data: 'yes' }, { text: 'No', callback_data: 'no' }]]);
   * ReplyKeyboard.from([['Yes', 'No'], [{ text: 'Share my phone number', request_contact: true }]]);
   */
  static from<K extends Keyboard<unknown>>(
    this: new () => K,
    rows: readonly (readonly (K extends Keyboard<infer B> ? B : never)[])[],
  ): K {
    return rows.reduce((kb, r) => kb.row().add(...r), new this());
  }

  /**
   * A copy with `patch` applied; a falsy value removes its key. `newRow`: the next button starts a row.
   * @internal
   */
  protected copy(patch: Record<string, unknown>, newRow = this.newRow): this {
    const keyboard = { __proto__: Object.getPrototypeOf(this), ...this, ...patch };
    for (const key in patch) if (!patch[key]) delete keyboard[key];
    if (newRow) Object.defineProperty(keyboard, 'newRow', { value: true });
    return freeze(keyboard);
  }

  /**
   * Adds buttons, given as Bot API objects, to the current row. Each one is checked.
   * @param buttons - the buttons to add
   * @returns a new keyboard
   * @example
   * new InlineKeyboard().add({ text: 'Docs', url: 'https://core.telegram.org/bots/api', style: 'primary' });
   */
  add(...buttons: B[]): this {
    const key = this.rowsKey();
    const rows: B[][] = [...(this as unknown as Bag<B>)[key]!];
    let newRow = this.newRow || !rows.length;
    for (const b of buttons) {
      const checked = this.check(b, rows);
      rows.push(newRow ? [checked] : [...rows.pop()!, checked]);
      newRow = false;
    }
    return this.copy({ [key]: freeze(rows.map(freeze)) }, !buttons.length && this.newRow);
  }

  /**
   * Ends the current row: the next button starts a new one. Never leaves an empty row.
   * @returns a new keyboard
   * @example
   * new InlineKeyboard().text('Yes').text('No').row().text('Cancel'); // [[Yes, No], [Cancel]]
   */
  row(): this {
    return this.copy({}, true);
  }

  /**
   * Lays out the buttons added so far in rows of `n` (the last row may be shorter).
   * @param n - buttons per row, a positive integer
   * @returns a new keyboard
   * @example
   * keyboardFromButtons(['1', '2', '3', '4', '5']).columns(2); // [[1, 2], [3, 4], [5]]
   */
  columns(n: number): this {
    (Number.isInteger(n) && n > 0) || fail('columns', 'must be a positive integer');
    const key = this.rowsKey();
    const all: B[] = (this as unknown as Bag<B>)[key]!.flat();
    const rows: B[][] = [];
    for (let i = 0; i < all.length; i += n) rows.push(all.slice(i, i + n));
    return this.copy({ [key]: freeze(rows.map(freeze)) });
  }

  /**
   * Sets `force_reply` (Bot API 10.3): the client shows the reply interface along with the keyboard.
   * @param on - `false` removes the option
   * @returns a new keyboard
   * @example
   * new ReplyKeyboard().text('Skip').forceReply();
   */
  forceReply(on = true): this {
    return this.copy({ force_reply: on });
  }
}
