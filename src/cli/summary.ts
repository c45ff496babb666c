/**
 * The human-readable form of one result for the terminal: verdict and risk first, then the moments with
 * their times, the staff member's stress and the advice. Labels follow the result's language.
 */
import type { AnalysisResult, Language, Level, Verdict } from '../analysis/index.js';
import { categoryName } from '../analysis/advice.js';
import { formatTime } from '../analysis/excerpts.js';

const VERDICT: Record<Language, Record<Verdict, string>> = {
  ja: { kasuhara: 'カスハラの可能性が高い', complaint: '正当な苦情（カスハラではない）', normal: '通常の対応' },
  en: { kasuhara: 'customer harassment', complaint: 'legitimate complaint (not harassment)', normal: 'ordinary call' },
};
const LEVEL: Record<Language, Record<Level, string>> = {
  ja: { none: 'なし', low: '低', medium: '中', high: '高' },
  en: { none: 'none', low: 'low', medium: 'medium', high: 'high' },
};
const WORDS = {
  ja: { why: '根拠', verdict: '判定', risk: '危険度', moments: '該当する発言', stress: '担当者の負担', advice: 'アドバイス', staff: '担当者へ', supervisor: '上長へ', none: 'なし' },
  en: { why: 'why', verdict: 'Verdict', risk: 'Risk', moments: 'Moments', stress: 'Staff stress', advice: 'Advice', staff: 'staff', supervisor: 'supervisor', none: 'none' },
};

export function formatSummary(r: AnalysisResult, options: { explain?: boolean | undefined } = {}): string {
  const lang = r.language;
  const w = WORDS[lang];
  const lines: string[] = [r.file];
  const cats = r.categories.map((c) => categoryName(c, lang)).join(lang === 'ja' ? '、' : ', ');
  lines.push(`  ${w.verdict}: ${VERDICT[lang][r.verdict]}  ${w.risk}: ${r.risk}/100 (${LEVEL[lang][r.level]})${cats ? `  [${cats}]` : ''}`);
  if (r.excerpts.length > 0) {
    lines.push(`  ${w.moments}:`);
    for (const e of r.excerpts) {
      const time = e.start === null ? formatTime(null, e.line) : `${formatTime(e.start, e.line)}–${formatTime(e.end, e.line)}`;
      const tags = e.categories.map((c) => categoryName(c, lang)).join(lang === 'ja' ? '・' : ', ');
      lines.push(`    ${time}  ${e.speaker ?? '?'}: ${clip(e.text, 120)}  (${tags}; ${e.score})`);
      if (options.explain && e.evidence?.length) lines.push(`      ${w.why}: ${e.evidence.join(lang === 'ja' ? '、' : '; ')}`);
    }
  }
  const factors = r.staffStress.factors.length > 0 ? ` — ${r.staffStress.factors.join(lang === 'ja' ? '、' : '; ')}` : '';
  lines.push(`  ${w.stress}: ${r.staffStress.score}/100${factors}`);
  if (r.advice.length > 0) {
    lines.push(`  ${w.advice}:`);
    for (const a of r.advice) lines.push(`    [${a.audience === 'staff' ? w.staff : w.supervisor}] ${a.text}`);
  }
  for (const warning of r.warnings) lines.push(`  ! ${warning}`);
  if (options.explain && r.engine) lines.push(`  engine: ${r.engine.model} (corpus ${r.engine.corpus})`);
  return lines.map(printable).join('\n');
}

/**
 * Text from a transcript as a terminal may show it: control characters (ESC and the C1 set start
 * terminal escape sequences that move the cursor, retitle the window or clear the screen) and bidi
 * overrides are removed, tabs become spaces. The JSON output escapes them itself.
 */
export function printable(line: string): string {
  return line.replace(/\t/g, ' ').replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
