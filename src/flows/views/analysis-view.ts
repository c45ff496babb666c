/**
 * The answer in the thread: verdict and risk at a glance, the harassing moments with their times,
 * the staff member's stress, the advice for this call, and the buttons. `maxExcerpts` keeps the
 * thread reply short by showing the gravest moments first; the "show all" view lists every excerpt
 * in time order.
 */
import type { AnalysisResult, Category, Excerpt, Language, Level } from '../../analysis/result.js';
import { categoryName } from '../../analysis/advice.js';
import { adviceByImportance } from '../../analysis/advice-order.js';
import { formatTime } from '../../analysis/excerpts.js';
import { formatDuration } from './duration.js';
import { LABELS } from './labels.js';
import { momentNumber } from './moment-number.js';
import type { ChargedTo } from '../staff-member.js';
import type { MessageView, Tone, ViewBlock } from './view.js';

const TONE: Record<Level, Tone> = { high: 'danger', medium: 'warning', low: 'muted', none: 'good' };
const BADGE: Record<Level, string> = { high: '🔴', medium: '🟠', low: '🟡', none: '🟢' };

/** The model review's words (issue 8): the line under a reviewed result and the mark of a moment only the model found. */
const REVIEW_LABELS: Record<Language, { done: (model: string, prompt: string) => string; modelTag: string }> = {
  ja: { done: (model, prompt) => `AIによる確認: 済 (${model}, ${prompt})`, modelTag: 'AIが指摘' },
  en: { done: (model, prompt) => `AI review: done (${model}, ${prompt})`, modelTag: 'found by AI' },
};

const MAX_WARNINGS = 5;

/** A short reply's advice per audience: the ones that matter most for this call; 全文を見る has the rest. */
export const ADVICE_SHOWN = 3;

/**
 * At an equal score these outrank the rest: a supervisor reading a short reply must not miss a threat,
 * violence or a sexual remark behind a louder but lesser one.
 */
const GRAVEST: ReadonlySet<Category> = new Set(['threat', 'physical', 'sexual']);

/** The excerpts, gravest first: by score, then threat/violence/sexual, then the earlier one. */
export function gravestFirst(excerpts: readonly Excerpt[]): Excerpt[] {
  const grave = (e: Excerpt) => (e.categories.some((c) => GRAVEST.has(c)) ? 1 : 0);
  return excerpts
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.score - a.e.score || grave(b.e) - grave(a.e) || a.i - b.i)
    .map(({ e }) => e);
}

/** The part of `result.review` (src/review ReviewMeta) the view shows; read structurally so the view does not depend on src/review. */
interface ReviewLine {
  status?: string;
  model?: string | null;
  promptVersion?: string;
}

export interface AnalysisViewOptions {
  analysisId: string;
  /** How many excerpts the thread reply shows before "n more". */
  maxExcerpts?: number;
  /** A timeline picture of the call, once uploaded. */
  timelineUrl?: string;
  /** Leave out the buttons (the "show all" modal, a supervisor's copy). */
  withActions?: boolean;
  /** The alert this call was due had nobody to go to (no supervisor, no department channel): say so. */
  alertWithoutRecipient?: boolean;
  /** Whose stress a harassing call was added to (src/flows/staff-member.ts), with a select to correct it. */
  chargedTo?: ChargedTo | undefined;
}

export function buildAnalysisView(r: AnalysisResult, o: AnalysisViewOptions): MessageView {
  const L = LABELS[r.language];
  const R = REVIEW_LABELS[r.language];
  const sep = r.language === 'ja' ? '、' : ', ';
  const blocks: ViewBlock[] = [];
  const headline = `${BADGE[r.level]} ${L.verdict[r.verdict]}`;
  blocks.push({ type: 'header', text: headline });
  const fields = [{ label: L.risk, value: `${r.risk}/100 (${L.level[r.level]})` }];
  if (r.categories.length > 0) fields.push({ label: L.categories, value: r.categories.map((c) => categoryName(c, r.language)).join(sep) });
  // Said as the timeline picture says it (「1分20秒」), not rounded to minutes against its m:ss axis.
  if (r.durationSec !== null) fields.push({ label: L.duration, value: formatDuration(r.durationSec, r.language) });
  fields.push({ label: L.staffStress, value: `${r.staffStress.score}/100` });
  blocks.push({ type: 'fields', fields });
  if (o.alertWithoutRecipient) blocks.push({ type: 'text', text: L.alertNoRecipient, tone: 'warning' });

  if (r.verdict === 'kasuhara') {
    // A short reply (thread, card) leads with the gravest moments; the full list keeps the call's order.
    const short = o.maxExcerpts !== undefined;
    blocks.push({ type: 'text', text: `*${short && r.excerpts.length > 1 ? L.momentsGravest : L.moments}*`, tone: TONE[r.level] });
    const limit = o.maxExcerpts ?? r.excerpts.length;
    for (const e of (short ? gravestFirst(r.excerpts) : r.excerpts).slice(0, limit)) {
      // ① … numbered in time order, as the timeline picture's markers are.
      const time = `${momentNumber(r.excerpts.indexOf(e) + 1)} ${formatTime(e.start, e.line)}`;
      const tags = e.categories.map((c) => categoryName(c, r.language));
      blocks.push({ type: 'excerpt', time, speaker: e.speaker ?? '?', quote: e.text, tags: e.source === 'model' ? [R.modelTag, ...tags] : tags, score: e.score });
    }
    if (r.excerpts.length > limit) blocks.push({ type: 'text', text: L.moreInFull(r.excerpts.length - limit), tone: 'muted' });
  }
  if (o.timelineUrl) blocks.push({ type: 'image', url: o.timelineUrl, alt: `${L.risk} timeline` });
  if (r.staffStress.factors.length > 0) blocks.push({ type: 'text', text: `${L.staffStress}: ${r.staffStress.factors.join(sep)}`, tone: 'muted' });

  // Most important first (the model review's advice arrives in its own order, so sort here too); a short
  // reply shows the first few of each and folds the rest into 全文を見る.
  const ordered = adviceByImportance(r.advice, r.excerpts);
  let adviceFolded = false;
  for (const [audience, title] of [['staff', L.adviceStaff], ['supervisor', L.adviceSupervisor]] as const) {
    const items = ordered.filter((a) => a.audience === audience).map((a) => a.text);
    if (items.length === 0) continue;
    const shown = o.maxExcerpts !== undefined ? items.slice(0, ADVICE_SHOWN) : items;
    blocks.push({ type: 'list', title, items: shown });
    if (items.length > shown.length) {
      blocks.push({ type: 'text', text: L.adviceMoreInFull(items.length - shown.length), tone: 'muted' });
      adviceFolded = true;
    }
  }

  // Where the answer came from: a note when the model review fell back (or anything else the engine
  // warns about), and which model and prompt confirmed it when it was reviewed.
  if (r.warnings.length > 0) {
    // At most a few, always including the last one (the review's fallback note is appended last).
    const shown = r.warnings.length <= MAX_WARNINGS ? r.warnings : [...r.warnings.slice(0, MAX_WARNINGS - 1), r.warnings.at(-1)!];
    const rest = r.warnings.length - shown.length;
    blocks.push({ type: 'text', text: [...shown, ...(rest > 0 ? [L.more(rest)] : [])].join('\n'), tone: 'muted' });
  }
  const review = (r as AnalysisResult & { review?: ReviewLine }).review;
  if (review?.status === 'reviewed') blocks.push({ type: 'text', text: R.done(review.model ?? '?', review.promptVersion ?? '?'), tone: 'muted' });

  if (o.chargedTo && r.verdict === 'kasuhara') {
    const c = o.chargedTo;
    const line = L.chargedTo(c.name, c.how, c.label);
    blocks.push(o.withActions !== false
      ? { type: 'member_select', id: 'charge_staff', text: line, label: L.chargeChange, value: o.analysisId, selected: { platformUserId: c.platformUserId, name: c.name } }
      : { type: 'text', text: line, tone: 'muted' });
  }

  if (o.withActions !== false) {
    blocks.push({ type: 'divider' });
    blocks.push({
      type: 'actions',
      actions: [
        ...(r.excerpts.length > (o.maxExcerpts ?? Infinity) || adviceFolded ? [{ id: 'show_all' as const, label: L.actions.showAll, value: o.analysisId }] : []),
        { id: 'consult_supervisor', label: L.actions.consult, value: o.analysisId, style: 'primary' },
        { id: 'report_false_positive', label: L.actions.falsePositive, value: o.analysisId },
        { id: 'report_missed', label: L.actions.missed, value: o.analysisId },
      ],
    });
  }
  const fallbackText = `${L.verdict[r.verdict]} — ${L.risk} ${r.risk}/100`;
  return { fallbackText, blocks };
}
