/**
 * Suppression of accepted false positives is safe: a threat, violence or sexual excerpt is never
 * suppressed (and still alerts), a phrase shorter than MIN_PHRASE_CHARS is refused when accepting and
 * ignored when applying, a harmless phrase inside a longer passage does not hide it, and the verdict,
 * risk, level, categories and advice follow what is kept.
 */
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../src/analysis/index.js';
import type { AnalysisResult, Excerpt } from '../../../src/analysis/result.js';
import { ensureMember } from '../../../src/db/repo/organisations.js';
import { alerts, analyses, feedback, feedbackReviews, members, organisations, outbox, submissions, suppressedPhrases } from '../../../src/db/schema/index.js';
import { feedbackOutcomeText } from '../../../src/flows/insights/feedback-messages.js';
import { acceptFeedback } from '../../../src/flows/insights/feedback-review.js';
import {
  applySuppressions, MIN_PHRASE_CHARS, normalisePhrase, suppressionPostFilter, suppresses,
} from '../../../src/flows/insights/suppression.js';
import type { JobQueue } from '../../../src/flows/ports.js';
import { runAnalysisJob } from '../../../src/flows/run-analysis-job.js';
import { submitForAnalysis } from '../../../src/flows/submit-for-analysis.js';
import { silentLogger } from '../../../src/logger.js';
import { FakeFileSource, submission } from '../../helpers/fakes.js';
import { openTestDatabase, type TestDatabase } from '../../helpers/test-database.js';

const VTT = readFileSync(new URL('../../../samples/ja-harassment.vtt', import.meta.url), 'utf8');

const excerpt = (text: string, categories: Excerpt['categories'], score: number, line: number): Excerpt =>
  ({ start: line, end: line + 2, line, speaker: '顧客', text, categories, score });

/** A harassing call: a threat (92), a money demand (70) and a shouted refusal (55). */
function call(): AnalysisResult {
  return {
    schemaVersion: 1, file: 'c.vtt', language: 'ja', durationSec: 600, verdict: 'kasuhara', risk: 96, level: 'high',
    categories: ['threat', 'intimidation', 'unreasonable_demand'],
    speakers: [{ label: '顧客', role: 'customer', share: 0.7 }],
    excerpts: [
      excerpt('責任者を出せ。帰り道に気をつけろよ。', ['threat'], 92, 3),
      excerpt('慰謝料を払え！', ['unreasonable_demand'], 70, 5),
      excerpt('責任者を出せ、今すぐだ！', ['intimidation'], 55, 7),
    ],
    staffStress: { score: 60, factors: [] },
    advice: [
      { audience: 'staff', category: 'threat', text: 'threat advice' },
      { audience: 'staff', category: 'unreasonable_demand', text: 'demand advice' },
      { audience: 'staff', category: 'intimidation', text: 'tone advice' },
      { audience: 'supervisor', category: null, text: 'general advice' },
    ],
    warnings: [],
  };
}

describe('applySuppressions', () => {
  it('never suppresses a threat, violence or sexual excerpt, whatever phrase it contains', () => {
    const r = call();
    const threat = r.excerpts[0]!;
    const phrases = [normalisePhrase(threat.text), normalisePhrase('責任者を出せ')];
    expect(suppresses(phrases, threat)).toBe(false);
    for (const category of ['physical', 'sexual'] as const) expect(suppresses(phrases, { ...threat, categories: [category] })).toBe(false);
    const out = applySuppressions(r, phrases);
    expect(out.excerpts.map((e) => e.text)).toContain(threat.text);
    expect(out.verdict).toBe('kasuhara');
    expect(out.level).toBe('high');
    expect(out.risk).toBe(96);
    expect(out.categories).toContain('threat');
  });

  it('a call with only a protected excerpt stays harassment above the alert threshold', () => {
    const r: AnalysisResult = { ...call(), excerpts: [call().excerpts[0]!], categories: ['threat'] };
    const out = applySuppressions(r, [normalisePhrase(r.excerpts[0]!.text)]);
    expect(out).toBe(r);
  });

  it('drops covered non-protected excerpts and recomputes categories, risk, level and advice', () => {
    const out = applySuppressions(call(), [normalisePhrase('責任者を出せ'), normalisePhrase('慰謝料を払え')]);
    expect(out.excerpts.map((e) => e.categories)).toEqual([['threat']]);
    expect(out.categories).toEqual(['threat']);
    expect(out.verdict).toBe('kasuhara');
    expect(out.risk).toBe(96); // the strongest moment (the threat) is still there
    expect(out.advice.map((a) => a.text)).toEqual(['threat advice', 'general advice']);
    expect(out.warnings.join(' ')).toMatch(/2 excerpt\(s\) suppressed/);

    // Without the threat, the strongest kept moment sets the risk and the level.
    const mild: AnalysisResult = { ...call(), excerpts: call().excerpts.slice(1), categories: ['intimidation', 'unreasonable_demand'], risk: 80 };
    const lowered = applySuppressions(mild, [normalisePhrase('慰謝料を払え')]);
    expect(lowered.excerpts.map((e) => e.score)).toEqual([55]);
    expect(lowered.risk).toBe(55);
    expect(lowered.level).toBe('medium');
    expect(lowered.categories).toEqual(['intimidation']);

    // Nothing left: not harassment any more.
    const none = applySuppressions(mild, [normalisePhrase('慰謝料を払え'), normalisePhrase('責任者を出せ今すぐだ')]);
    expect(none).toMatchObject({ verdict: 'normal', level: 'none', excerpts: [], categories: [], advice: [] });
    expect(none.risk).toBeLessThan(20);
  });

  it('ignores phrases shorter than the minimum, and a phrase that is only a small part of a passage', () => {
    const r: AnalysisResult = { ...call(), excerpts: [excerpt('バカ', ['intimidation'], 60, 2)], categories: ['intimidation'] };
    expect(MIN_PHRASE_CHARS).toBe(4);
    expect(applySuppressions(r, ['バカ'])).toBe(r); // a row stored before the rule
    const long = excerpt('責任者を出せ。お前みたいな無能と話しても時間の無駄なんだよ、わかってんのか。', ['intimidation'], 65, 4);
    expect(suppresses([normalisePhrase('責任者を出せ')], long)).toBe(false);
    expect(suppresses([normalisePhrase('責任者を出せ')], excerpt('責任者を出せ、今すぐだ！', ['intimidation'], 55, 7))).toBe(true);
  });
});

describe('on the database', () => {
  let t: TestDatabase;
  const queue: JobQueue = { enqueueAnalysis: async () => {}, enqueueDelivery: async () => {}, enqueueMeetingCheck: async () => {} };
  const deps = () => ({ database: t.database, queue, orgDefaults: { monthlyMinuteQuota: 3000, retentionDays: 90 }, logger: silentLogger });
  let orgId = '';
  let adminId = '';

  beforeAll(async () => {
    t = await openTestDatabase();
    const [org] = await t.database.db.insert(organisations).values({ platform: 'slack', platformTeamId: 'T1', name: 'テスト株式会社' }).returning();
    orgId = org!.id;
    adminId = (await ensureMember(t.database.db, orgId, { platformUserId: 'U-admin', roles: ['admin'] })).id;
    await ensureMember(t.database.db, orgId, { platformUserId: 'U-boss', roles: ['supervisor'] });
  }, 60_000);
  afterAll(async () => t?.close());

  async function report(result: AnalysisResult, comment: string | null): Promise<string> {
    const db = t.database.db;
    const staff = await ensureMember(db, orgId, { platformUserId: 'U-staff' });
    const [sub] = await db.insert(submissions).values({
      orgId, submittedBy: staff.id, source: 'cli', platformFileId: `f-${Math.random()}`, fileName: 'r.vtt',
      fileType: 'text/vtt', sizeBytes: 10, replyTo: { channel: 'C1' }, status: 'analysed',
    }).returning();
    const [a] = await db.insert(analyses).values({
      submissionId: sub!.id, orgId, schemaVersion: 1, language: 'ja', verdict: result.verdict, risk: result.risk, level: result.level,
      categories: result.categories, durationSec: result.durationSec, result,
    }).returning();
    const [f] = await db.insert(feedback).values({ orgId, analysisId: a!.id, memberId: staff.id, kind: 'false_positive', comment }).returning();
    return f!.id;
  }

  it('a phrase shorter than four characters is refused with a clear answer, and nothing is decided', async () => {
    const id = await report(call(), '「バカ」は口癖です');
    const out = await acceptFeedback(t.database, { orgId, feedbackId: id, by: adminId });
    expect(out).toEqual({ status: 'phrase_too_short', phrase: 'バカ', minChars: 4 });
    expect(feedbackOutcomeText('ja', out)).toMatch(/「バカ」は短すぎるため抑制に使えません（4文字以上/);
    expect(feedbackOutcomeText('en', out)).toMatch(/too short to suppress \(at least 4 characters/);
    expect(await t.database.db.select().from(feedbackReviews).where(eq(feedbackReviews.feedbackId, id))).toHaveLength(0);
    expect(await t.database.db.select().from(suppressedPhrases)).toHaveLength(0);
    // An admin's own phrase is held to the same rule.
    expect((await acceptFeedback(t.database, { orgId, feedbackId: id, by: adminId, phrase: '！死ね！' })).status).toBe('phrase_too_short');
  });

  it('without a quote, the phrase is the strongest passage that is not protected; a call of threats only suppresses nothing', async () => {
    const id = await report(call(), null);
    const out = await acceptFeedback(t.database, { orgId, feedbackId: id, by: adminId });
    expect(out).toEqual({ status: 'accepted', kind: 'false_positive', suppressedPhrase: '慰謝料を払え' });
    expect(feedbackOutcomeText('ja', out)).toMatch(/脅迫・暴力・性的な言動は常に検出します/);

    const threatOnly: AnalysisResult = { ...call(), excerpts: [call().excerpts[0]!], categories: ['threat'] };
    const id2 = await report(threatOnly, 'お客様は冗談でした');
    const out2 = await acceptFeedback(t.database, { orgId, feedbackId: id2, by: adminId });
    expect(out2).toEqual({ status: 'accepted', kind: 'false_positive', suppressedPhrase: null });
    expect(feedbackOutcomeText('en', out2)).toMatch(/never suppressed/);
    expect((await t.database.db.select().from(suppressedPhrases)).map((p) => p.phrase)).toEqual(['慰謝料を払え']);
  });

  it('a real threat whose words were all accepted as false positives is kept and still alerts the supervisor', async () => {
    const engine = await analyzeFile(VTT, 'call.vtt', { language: 'ja' });
    const threat = engine.excerpts.find((e) => e.categories.includes('threat'));
    expect(threat, 'the sample has a threat').toBeTruthy();
    // Every passage of the call accepted as a false positive, the threat included.
    await t.database.db.insert(suppressedPhrases).values(engine.excerpts.map((e) => ({ orgId, phrase: normalisePhrase(e.text) })))
      .onConflictDoNothing();
    const files = new FakeFileSource();
    files.files.set('F-THREAT', VTT);
    const sub = await submitForAnalysis(deps(), submission({ fileId: 'F-THREAT', fileName: 'threat.vtt', user: 'U-staff' }));
    if (sub.status !== 'queued') throw new Error(sub.status);
    expect(await runAnalysisJob({ ...deps(), files, analyse: analyzeFile, postFilter: suppressionPostFilter }, { submissionId: sub.submissionId }))
      .toBe('analysed');

    const [a] = await t.database.db.select().from(analyses).where(eq(analyses.submissionId, sub.submissionId));
    expect(a!.verdict).toBe('kasuhara');
    expect(a!.level).toBe('high');
    expect(a!.categories).toContain('threat');
    expect(a!.result.excerpts.map((e) => e.text)).toEqual([threat!.text]);
    expect(a!.result.warnings.join(' ')).toMatch(/suppressed/);
    const [boss] = await t.database.db.select().from(members).where(eq(members.platformUserId, 'U-boss'));
    expect((await t.database.db.select().from(alerts).where(eq(alerts.analysisId, a!.id))).map((x) => x.recipientId)).toEqual([boss!.id]);
    const sent = await t.database.db.select().from(outbox).where(eq(outbox.kind, 'alert'));
    expect(sent.map((m) => m.target)).toContainEqual({ type: 'user', platformUserId: 'U-boss' });
  });
});
