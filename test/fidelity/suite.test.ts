// The fidelity suite as a whole: its size, and that every case says where its rule is written.
import { describe, expect, it } from 'vitest';
import { breadthCases } from './cases/breadth.js';
import { deliveryCases } from './cases/delivery.js';
import { formattingCases } from './cases/formatting.js';
import { lenientCases } from './cases/lenient.js';
import { markupCases } from './cases/markup.js';
import { methodCases } from './cases/methods.js';
import { nameCases } from './cases/names.js';
import { paramCases } from './cases/params.js';
import { webhookCases } from './cases/webhooks.js';
import { CITATION } from './runner.js';

const ALL = [
  ...paramCases,
  ...methodCases,
  ...formattingCases,
  ...markupCases,
  ...deliveryCases,
  ...webhookCases,
  ...nameCases,
  ...lenientCases,
  ...breadthCases,
];

describe('the fidelity suite', () => {
  it('has at least 150 cases that cite the official source', () => {
    const fromSource = ALL.filter((c) => !c.cite.startsWith('Telegram:'));
    expect(fromSource.length).toBeGreaterThanOrEqual(150);
  });

  it('cites every case (source file and function, or "Telegram:" for Telegram’s own rules)', () => {
    expect(ALL.filter((c) => !CITATION.test(c.cite)).map((c) => c.name)).toEqual([]);
  });

  it('names every case once', () => {
    const names = ALL.map((c) => c.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it('recognises a citation and refuses a vague one', () => {
    expect(CITATION.test('Client.cpp Client::check_chat')).toBe(true);
    expect(CITATION.test('td/telegram/MessageEntity.cpp parse_html')).toBe(true);
    expect(CITATION.test('Telegram: TOPIC_NOT_MODIFIED')).toBe(true);
    expect(CITATION.test('the server')).toBe(false);
    expect(CITATION.test('Client.cpp')).toBe(false);
  });
});
