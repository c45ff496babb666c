/**
 * The screen a trainee starts practice from, built once for both platforms (src/flows/views/screen.ts):
 * a scenario by name, or 「おまかせ」 narrowed by category, difficulty and medium; and the reading of its
 * answer into what beginPractice takes. Unknown values (a stale screen, a forged request) are refused
 * with the field's error, never trusted. Shown by `/mamori-practice` (Slack, a modal) and `練習` (Teams, a card).
 */
import { CATEGORIES, type Category, type Language } from '../../analysis/result.js';
import type { Scenario } from '../../practice/scenario-format.js';
import { said, type Screen } from '../views/screen.js';
import { catName } from '../views/format.js';
import type { ScenarioWish } from './choose-scenario.js';

export const PICKER_FIELDS = { scenario: 'practice_scenario', category: 'practice_category', difficulty: 'practice_difficulty', medium: 'practice_medium' } as const;
const ANY = 'any';
const OMAKASE = 'omakase';

const WORDS = {
  ja: {
    title: 'ロールプレイ練習', scenario: 'シナリオ', omakase: 'おまかせ（下の条件から選ぶ）', category: 'カテゴリ（おまかせのとき）', difficulty: '難易度（おまかせのとき）',
    medium: '場面（おまかせのとき）', any: '指定なし', complaint: '正当な苦情', start: '練習を始める', unknown: '選べない値です。もう一度選んでください。',
    media: { phone: '電話', counter: '窓口', meeting: '面談・会議', online: 'チャット・メール' },
    intro: 'mamori がお客様役をします。あなたの返答ごとに評価と改善点をお伝えします。',
  },
  en: {
    title: 'Role-play practice', scenario: 'Scenario', omakase: 'Surprise me (pick from the options below)', category: 'Category (when surprised)', difficulty: 'Difficulty (when surprised)',
    medium: 'Setting (when surprised)', any: 'Any', complaint: 'legitimate complaint', start: 'Start practice', unknown: 'That value cannot be chosen. Please choose again.',
    media: { phone: 'Phone', counter: 'Counter', meeting: 'Meeting', online: 'Chat or e-mail' },
    intro: 'mamori plays the customer. After each of your replies you get a score and what to change.',
  },
} as const;

export function practicePickerScreen(lang: Language, library: readonly Scenario[], errors: Partial<Record<keyof typeof PICKER_FIELDS, string>> = {}): Screen<{ lang: Language }> {
  const W = WORDS[lang];
  const mine = library.filter((s) => s.lang === lang);
  const label = (s: Scenario) => `${'★'.repeat(s.difficulty)} ${s.title}${s.kind === 'complaint' ? `（${W.complaint}）` : ''}`;
  return {
    title: W.title,
    fallbackText: W.title,
    blocks: [
      { type: 'text', spans: [said(W.intro)] },
      { type: 'field', field: { kind: 'select', id: PICKER_FIELDS.scenario, label: W.scenario, value: OMAKASE, error: errors.scenario, choices: [{ value: OMAKASE, label: said(W.omakase) }, ...mine.map((s) => ({ value: s.id, label: said(label(s)) }))] } },
      { type: 'field', field: { kind: 'select', id: PICKER_FIELDS.category, label: W.category, value: ANY, error: errors.category, choices: [{ value: ANY, label: said(W.any) }, ...CATEGORIES.filter((c) => mine.some((s) => s.categories.includes(c))).map((c) => ({ value: c, label: said(catName(c, lang)) }))] } },
      { type: 'field', field: { kind: 'select', id: PICKER_FIELDS.difficulty, label: W.difficulty, value: ANY, error: errors.difficulty, look: 'radio', choices: [{ value: ANY, label: said(W.any) }, ...[1, 2, 3].map((d) => ({ value: String(d), label: said('★'.repeat(d)) }))] } },
      { type: 'field', field: { kind: 'select', id: PICKER_FIELDS.medium, label: W.medium, value: ANY, error: errors.medium, choices: [{ value: ANY, label: said(W.any) }, ...(['phone', 'counter', 'meeting', 'online'] as const).filter((m) => mine.some((s) => s.medium === m)).map((m) => ({ value: m, label: said(W.media[m]) }))] } },
    ],
    submit: { label: W.start, value: { lang }, style: 'primary' },
  };
}

export type PickerAnswer = { ok: true; choice: { scenarioId: string; lang: Language } | ScenarioWish } | { ok: false; screen: Screen<{ lang: Language }> };

/** The submitted values as beginPractice's choice, or the screen again with each bad field's error. */
export function readPickerAnswer(lang: Language, library: readonly Scenario[], values: Record<string, string | undefined>): PickerAnswer {
  const W = WORDS[lang];
  const errors: Partial<Record<keyof typeof PICKER_FIELDS, string>> = {};
  const scenario = values[PICKER_FIELDS.scenario] ?? OMAKASE;
  const category = values[PICKER_FIELDS.category] ?? ANY;
  const difficulty = values[PICKER_FIELDS.difficulty] ?? ANY;
  const medium = values[PICKER_FIELDS.medium] ?? ANY;
  if (scenario !== OMAKASE && !library.some((s) => s.id === scenario && s.lang === lang)) errors.scenario = W.unknown;
  if (category !== ANY && !(CATEGORIES as readonly string[]).includes(category)) errors.category = W.unknown;
  if (difficulty !== ANY && !['1', '2', '3'].includes(difficulty)) errors.difficulty = W.unknown;
  if (medium !== ANY && !['phone', 'counter', 'meeting', 'online'].includes(medium)) errors.medium = W.unknown;
  if (Object.keys(errors).length > 0) return { ok: false, screen: practicePickerScreen(lang, library, errors) };
  if (scenario !== OMAKASE) return { ok: true, choice: { scenarioId: scenario, lang } };
  return {
    ok: true,
    choice: {
      lang,
      ...(category !== ANY ? { category: category as Category } : {}),
      ...(difficulty !== ANY ? { difficulty: Number(difficulty) as 1 | 2 | 3 } : {}),
      ...(medium !== ANY ? { medium: medium as Scenario['medium'] } : {}),
    },
  };
}
