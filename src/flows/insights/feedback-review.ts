/**
 * Learning from feedback. Admins list the false-positive and miss reports of their organisation and
 * accept or reject each. An accepted false positive suppresses its phrase for the organisation
 * (suppression.ts) and is kept as a labelled example (not harassment); an accepted miss is kept as
 * a labelled example (harassment). Accepted examples export in the corpus format of
 * ../shared/corpus (SPEC.md: conversations/<id>.<ext> + labels.jsonl).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { AnalysisResult } from '../../analysis/result.js';
import type { Database, Executor } from '../../db/connection.js';
import {
  analyses, feedback, feedbackReviews, members, submissions, suppressedPhrases, transcripts,
} from '../../db/schema/index.js';
import { isProtectedExcerpt, isUsablePhrase, MIN_PHRASE_CHARS, normalisePhrase } from './suppression.js';

export interface FeedbackReport {
  feedbackId: string;
  analysisId: string;
  kind: 'false_positive' | 'missed';
  comment: string | null;
  reportedBy: string | null;
  fileName: string;
  verdict: string;
  risk: number;
  excerpts: string[];
  createdAt: Date;
  decision: 'accepted' | 'rejected' | null;
}

/** The organisation's false-positive and miss reports, newest first (only undecided ones by default). */
export async function listFeedbackReports(ex: Executor, orgId: string, options: { includeDecided?: boolean } = {}): Promise<FeedbackReport[]> {
  const rows = await ex.select({ f: feedback, a: analyses, fileName: submissions.fileName, by: members.displayName, decision: feedbackReviews.decision })
    .from(feedback)
    .innerJoin(analyses, eq(analyses.id, feedback.analysisId))
    .innerJoin(submissions, eq(submissions.id, analyses.submissionId))
    .leftJoin(members, eq(members.id, feedback.memberId))
    .leftJoin(feedbackReviews, eq(feedbackReviews.feedbackId, feedback.id))
    .where(and(eq(feedback.orgId, orgId), inArray(feedback.kind, ['false_positive', 'missed']), options.includeDecided ? undefined : isNull(feedbackReviews.feedbackId)))
    .orderBy(desc(feedback.createdAt), feedback.id);
  return rows.map(({ f, a, fileName, by, decision }) => ({
    feedbackId: f.id, analysisId: a.id, kind: f.kind as 'false_positive' | 'missed', comment: f.comment, reportedBy: by ?? null,
    fileName, verdict: a.verdict, risk: a.risk, excerpts: a.result.excerpts.map((e) => e.text), createdAt: f.createdAt, decision: decision ?? null,
  }));
}

export type ReviewOutcome =
  /**
   * Accepted. A false positive suppresses `suppressedPhrase`; it is null for a miss, and for a false
   * positive whose call holds only protected passages (threats, violence, sexual remarks: never
   * suppressed, suppression.ts), which is kept as a labelled example only.
   */
  | { status: 'accepted'; kind: 'false_positive' | 'missed'; suppressedPhrase: string | null }
  /** The phrase to suppress is shorter than MIN_PHRASE_CHARS: nothing is decided or written. */
  | { status: 'phrase_too_short'; phrase: string; minChars: number }
  | { status: 'rejected' }
  | { status: 'not_found' }
  | { status: 'already_decided' }
  | { status: 'no_phrase' };

export interface AcceptInput {
  orgId: string;
  feedbackId: string;
  /** The admin deciding (a member id). */
  by: string;
  /**
   * False positive: the phrase to suppress (default: the report's comment in 「」, else the call's
   * strongest excerpt that is not protected). At least MIN_PHRASE_CHARS normalised characters.
   */
  phrase?: string | undefined;
  /** Miss: the categories that were missed (default: none named). */
  categories?: string[] | undefined;
  /** The transcript to keep with the example when mamori has none stored (uploaded transcripts are not copied). */
  transcript?: { format: string; content: string } | undefined;
}

/** Accepts a report (once): suppression and/or labelled example, in one transaction. */
export async function acceptFeedback(database: Database, input: AcceptInput): Promise<ReviewOutcome> {
  return database.db.transaction(async (tx) => {
    const [row] = await tx.select({ f: feedback, a: analyses }).from(feedback).innerJoin(analyses, eq(analyses.id, feedback.analysisId))
      .where(and(eq(feedback.id, input.feedbackId), eq(feedback.orgId, input.orgId))).for('update');
    if (!row || (row.f.kind !== 'false_positive' && row.f.kind !== 'missed')) return { status: 'not_found' } as const;
    const [decided] = await tx.select().from(feedbackReviews).where(eq(feedbackReviews.feedbackId, row.f.id));
    if (decided) return { status: 'already_decided' } as const;
    const result = row.a.result;
    let phrase: string | null = null;
    if (row.f.kind === 'false_positive') {
      const quoted = row.f.comment?.match(/[「"](.+?)[」"]/)?.[1];
      const candidates = [...result.excerpts].sort((x, y) => y.score - x.score);
      const strongest = candidates.find((e) => !isProtectedExcerpt(e))?.text;
      const chosen = input.phrase ?? quoted ?? strongest;
      if (chosen === undefined && candidates.length === 0) return { status: 'no_phrase' } as const;
      if (chosen !== undefined) {
        phrase = [...normalisePhrase(chosen)].slice(0, 500).join('');
        if (phrase.length === 0) return { status: 'no_phrase' } as const;
        if (!isUsablePhrase(phrase)) return { status: 'phrase_too_short', phrase, minChars: MIN_PHRASE_CHARS } as const;
        await tx.insert(suppressedPhrases).values({ orgId: input.orgId, phrase, feedbackId: row.f.id }).onConflictDoNothing();
      }
      // Otherwise every passage of the call is protected: kept as a labelled example, nothing suppressed.
    }
    const [stored] = await tx.select({ format: transcripts.format, content: transcripts.content }).from(transcripts).where(eq(transcripts.submissionId, row.a.submissionId));
    const transcript = input.transcript ?? stored ?? excerptLog(result);
    const label = corpusLabel(row.f.id, row.f.kind, result, input.categories, row.f.comment, transcript.format);
    await tx.insert(feedbackReviews).values({ feedbackId: row.f.id, orgId: input.orgId, decision: 'accepted', reviewedBy: input.by, label, transcript });
    return { status: 'accepted', kind: row.f.kind, suppressedPhrase: phrase } as const;
  });
}

export async function rejectFeedback(database: Database, input: { orgId: string; feedbackId: string; by: string }): Promise<ReviewOutcome> {
  const [f] = await database.db.select({ id: feedback.id }).from(feedback).where(and(eq(feedback.id, input.feedbackId), eq(feedback.orgId, input.orgId)));
  if (!f) return { status: 'not_found' };
  const rows = await database.db.insert(feedbackReviews).values({ feedbackId: f.id, orgId: input.orgId, decision: 'rejected', reviewedBy: input.by })
    .onConflictDoNothing().returning({ id: feedbackReviews.feedbackId });
  return rows.length === 1 ? { status: 'rejected' } : { status: 'already_decided' };
}

/** Without a stored transcript: the flagged lines as a timestamped call log (corpus format 4). */
function excerptLog(result: AnalysisResult): { format: string; content: string } {
  const clock = (s: number | null) => {
    const t = Math.max(0, Math.round(s ?? 0));
    return `${String(Math.floor(t / 3600)).padStart(2, '0')}:${String(Math.floor((t % 3600) / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
  };
  const content = result.excerpts.map((e) => `[${clock(e.start)}] ${e.speaker ?? '顧客'}: ${e.text}`).join('\n');
  return { format: 'txt', content: content ? `${content}\n` : '' };
}

const EXTENSIONS: Record<string, string> = { vtt: 'vtt', webvtt: 'vtt', srt: 'srt', json: 'json', openai: 'json', 'openai-json': 'json', txt: 'txt', log: 'txt' };

function corpusLabel(
  feedbackId: string, kind: string, result: AnalysisResult, categories: string[] | undefined, comment: string | null, format: string,
): Record<string, unknown> {
  const id = `fb-${feedbackId.slice(0, 8)}`;
  const ext = EXTENSIONS[format.toLowerCase()] ?? 'txt';
  const miss = kind === 'missed';
  const cats = miss ? [...new Set([...(categories ?? []), ...result.categories])] : [];
  return {
    id, file: `conversations/${id}.${ext}`, lang: result.language, setting: 'other',
    verdict: miss ? 'kasuhara' : result.verdict === 'kasuhara' ? 'complaint' : result.verdict,
    severity: miss ? Math.max(1, { none: 1, low: 1, medium: 2, high: 3 }[result.level] ?? 1) : 0,
    borderline: true,
    categories: cats,
    customer_speakers: [...new Set(result.speakers.filter((s) => s.role === 'customer').map((s) => s.label))],
    // Spans are not known for a miss (the engine did not find them); a false positive has none.
    spans: [],
    notes: `${miss ? 'Accepted miss report' : 'Accepted false-positive report'}${comment ? `: ${comment.slice(0, 300)}` : ''}`,
  };
}

/** Writes the organisation's accepted examples as a corpus set: <dir>/conversations/* and <dir>/labels.jsonl. */
export async function exportLabelledExamples(ex: Executor, orgId: string, dir: string): Promise<{ examples: number }> {
  const rows = await ex.select().from(feedbackReviews)
    .where(and(eq(feedbackReviews.orgId, orgId), eq(feedbackReviews.decision, 'accepted'))).orderBy(feedbackReviews.createdAt, feedbackReviews.feedbackId);
  await mkdir(join(dir, 'conversations'), { recursive: true });
  const lines: string[] = [];
  for (const r of rows) {
    if (!r.label || !r.transcript) continue;
    await writeFile(join(dir, String(r.label.file)), r.transcript.content);
    lines.push(JSON.stringify(r.label));
  }
  await writeFile(join(dir, 'labels.jsonl'), lines.length ? `${lines.join('\n')}\n` : '');
  return { examples: lines.length };
}
