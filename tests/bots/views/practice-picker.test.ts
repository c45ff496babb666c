/**
 * The practice picker, one screen for both platforms: a Slack modal and a Teams card show the same labels
 * and choices, send the same field ids back, and the answer is read into beginPractice's choice — a
 * scenario, or おまかせ with its conditions — with a forged value refused on its field.
 */
import { describe, expect, it } from 'vitest';
import { screenModal } from '../../../src/bots/slack/blocks/screen.js';
import { screenCard } from '../../../src/bots/teams/screen-card.js';
import { PICKER_FIELDS, practicePickerScreen, readPickerAnswer } from '../../../src/flows/practice/picker-screen.js';
import { fieldsOf, plainText } from '../../../src/flows/views/screen.js';
import { builtInScenarios } from '../../../src/practice/library.js';

const library = builtInScenarios();
const plain = (s: string) => s.normalize('NFKC').replace(/[^\p{L}\p{N}★]+/gu, '');

describe('the practice picker on Slack and Teams', () => {
  for (const lang of ['ja', 'en'] as const) {
    it(`${lang}: every label and choice on both, and only ${lang} scenarios offered`, () => {
      const screen = practicePickerScreen(lang, library);
      const slack = plain(JSON.stringify(screenModal(screen, { callbackId: 'practice_pick', close: lang === 'ja' ? '閉じる' : 'Close' })).replace(/\\u[0-9a-f]{4}/g, ''));
      const teams = plain(JSON.stringify(screenCard(screen, (v) => ({ mamoriPractice: 1, ...v }))));
      const fields = fieldsOf(screen);
      expect(fields.map((f) => f.id)).toEqual(Object.values(PICKER_FIELDS));
      for (const f of fields) {
        // Slack cuts an option's text at 75 characters (its renderer's limit): the start of each is compared.
        const texts = [f.label, ...(f.kind === 'select' ? f.choices.map((c) => plainText([c.label])) : [])];
        for (const t of texts) {
          expect(slack, `slack: ${t}`).toContain(plain(t).slice(0, 40));
          expect(teams, `teams: ${t}`).toContain(plain(t));
        }
      }
      const scenarioField = fields[0]!;
      const offered = scenarioField.kind === 'select' ? scenarioField.choices.map((c) => c.value).slice(1) : [];
      expect(offered.sort()).toEqual(library.filter((s) => s.lang === lang).map((s) => s.id).sort());
    });
  }

  it('reads a scenario, or おまかせ with its conditions', () => {
    expect(readPickerAnswer('ja', library, { [PICKER_FIELDS.scenario]: 'ja-counter-store-dogeza' })).toEqual({ ok: true, choice: { scenarioId: 'ja-counter-store-dogeza', lang: 'ja' } });
    expect(readPickerAnswer('en', library, { [PICKER_FIELDS.scenario]: 'omakase', [PICKER_FIELDS.category]: 'threat', [PICKER_FIELDS.difficulty]: '3', [PICKER_FIELDS.medium]: 'any' }))
      .toEqual({ ok: true, choice: { lang: 'en', category: 'threat', difficulty: 3 } });
    expect(readPickerAnswer('ja', library, {})).toEqual({ ok: true, choice: { lang: 'ja' } });
  });

  it('a forged or stale value is refused on its field, the screen shown again', () => {
    const r = readPickerAnswer('ja', library, { [PICKER_FIELDS.scenario]: 'en-counter-hotel-shouting', [PICKER_FIELDS.difficulty]: '9' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const errors = Object.fromEntries(fieldsOf(r.screen).map((f) => [f.id, f.error]));
    expect(errors[PICKER_FIELDS.scenario]).toMatch(/選べない値/);
    expect(errors[PICKER_FIELDS.difficulty]).toMatch(/選べない値/);
    expect(errors[PICKER_FIELDS.category]).toBeUndefined();
  });
});
