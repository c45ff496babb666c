/**
 * `mamori export` is complete for an organisation.
 * - Against the schema: every drizzle table that belongs to an organisation (an organisation column,
 *   or a foreign key to a table that belongs to one) is exported or deliberately excluded with a
 *   reason (src/flows/insights/export-tables.ts); a new table with an org_id and neither fails here.
 * - Against the data: an organisation with a row in every exported table (members and roles, submissions,
 *   stored transcripts, results, alerts, community questions and answers, study groups, bookings,
 *   invoices…) gets every one of them in its export, and another organisation's nothing.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { is } from 'drizzle-orm';
import { getTableConfig, pgTable, PgTable, text, uuid } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '../../../src/db/schema/index.js';
import {
  alerts, analyses, auditLog, bookingDaysOff, bookingInstructors, bookingInvoices, bookingPaymentMismatches, bookings, bookingSettings, bookingWeeklyHours,
  communityAnswers, communityEvents, communityQuestions, communityReports, communityRsvps, communitySettings, excerpts, feedback,
  feedbackReviews, insightsSettings, intakeChannels, members, monthlyReports, monthlyUsage, organisationLinks, organisationReviewSettings,
  organisations, reviewUsage, stressBalances, stressEvents, stressNotices, speakerMembers, practiceSessions, submissions, supervisorLinks, suppressedPhrases, teamsInputs,
  transcripts, unroutedAlerts, type MemberRole,
} from '../../../src/db/schema/index.js';
import { EXPORT_EXCLUDED, EXPORT_TABLES, exportOrganisation } from '../../../src/flows/insights/export.js';
import { fakeAnalyser } from '../../helpers/fakes.js';
import { openTestDatabase, type TestDatabase } from '../../helpers/test-database.js';

const ORG_COLUMN = /^(org_id|.+_org_id)$/;

/** Database table name → the tables it points at with foreign keys, and whether it has an organisation column. */
function describeTables(tables: PgTable[]) {
  return new Map(tables.map((table) => {
    const config = getTableConfig(table);
    const refs = config.foreignKeys.map((fk) => getTableConfig(fk.reference().foreignTable).name);
    return [config.name, { refs, orgColumn: config.columns.some((c) => ORG_COLUMN.test(c.name)) }] as const;
  }));
}

/** The tables that belong to an organisation: an organisation column, or a foreign key (transitively) to such a table or to organisations. */
function organisationTables(tables: PgTable[]): string[] {
  const info = describeTables(tables);
  const owned = new Set([...info].filter(([, t]) => t.orgColumn || t.refs.includes('organisations')).map(([name]) => name));
  for (let grew = true; grew;) {
    grew = false;
    for (const [name, t] of info) {
      if (!owned.has(name) && t.refs.some((r) => owned.has(r))) {
        owned.add(name);
        grew = true;
      }
    }
  }
  return [...owned].sort();
}

/** Organisation tables that are neither exported nor excluded with a reason. */
function unaccounted(tables: PgTable[]): string[] {
  const listed = new Set<string>([...EXPORT_TABLES, ...Object.keys(EXPORT_EXCLUDED)]);
  return organisationTables(tables).filter((name) => !listed.has(name) && name !== 'organisations');
}

const schemaTables: PgTable[] = (Object.values(schema) as unknown[]).filter((v): v is PgTable => is(v, PgTable));

describe('the export against the schema', () => {
  it('exports or deliberately excludes, with a reason, every table that belongs to an organisation', () => {
    const owned = organisationTables(schemaTables);
    // The check sees what it should: direct organisation columns and tables reached through a parent.
    expect(owned).toEqual(expect.arrayContaining(['members', 'transcripts', 'excerpts', 'community_answers', 'community_rsvps', 'booking_weekly_hours', 'teams_posted_activities']));
    expect(unaccounted(schemaTables), 'add these to EXPORT_TABLES or EXPORT_EXCLUDED (src/flows/insights/export-tables.ts)').toEqual([]);
  });

  it('fails for a new table with an organisation column that is in neither list', () => {
    const newTable = pgTable('call_notes', { id: uuid('id').primaryKey(), orgId: uuid('org_id').references(() => organisations.id), note: text('note') });
    const child = pgTable('call_note_tags', { noteId: uuid('note_id').references(() => newTable.id), tag: text('tag') });
    expect(unaccounted([...schemaTables, newTable, child])).toEqual(['call_note_tags', 'call_notes']);
  });

  it('lists only real tables, each once, every exclusion with its reason, and accounts for every table of the schema', () => {
    const names = schemaTables.map((t) => getTableConfig(t).name);
    const exported = new Set<string>(EXPORT_TABLES);
    for (const name of [...EXPORT_TABLES, ...Object.keys(EXPORT_EXCLUDED)]) expect(names, name).toContain(name);
    for (const [name, reason] of Object.entries(EXPORT_EXCLUDED)) {
      expect(exported.has(name), `${name} is both exported and excluded`).toBe(false);
      expect(reason.length, `the reason ${name} is excluded`).toBeGreaterThan(30);
    }
    expect(new Set(EXPORT_TABLES).size).toBe(EXPORT_TABLES.length);
    expect(names.filter((n) => !exported.has(n) && !(n in EXPORT_EXCLUDED))).toEqual([]);
  });
});

describe('the export against the data', () => {
  let t: TestDatabase;
  let dir: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await openTestDatabase();
    dir = await mkdtemp(join(tmpdir(), 'mamori-export-complete-'));
    ids.a = await seedEverything('T-A', 'ORG-A');
    ids.b = await seedEverything('T-B', 'ORG-B');
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** An organisation with at least one row in every exported table, each carrying `marker` where it has text. */
  async function seedEverything(team: string, marker: string): Promise<string> {
    const db = t.database.db;
    const [org] = await db.insert(organisations).values({ platform: 'slack', platformTeamId: team, name: `${marker} 株式会社` }).returning();
    const orgId = org!.id;
    const [linked] = await db.insert(organisations).values({ platform: 'teams', platformTeamId: `${team}-tenant`, name: `${marker} Teams` }).returning();
    await db.insert(organisationLinks).values({ linkedOrgId: linked!.id, ownerOrgId: orgId });
    const member = async (user: string, roles: MemberRole[], extra = {}) =>
      (await db.insert(members).values({ orgId, platformUserId: `${team}-${user}`, displayName: `${marker} ${user}`, roles, ...extra }).returning())[0]!;
    const staff = await member('staff', ['staff']);
    const boss = await member('boss', ['supervisor', 'admin']);
    const instructor = await member('instructor', ['instructor']);
    const trainee = await member('trainee', ['trainee'], { sponsorCompany: `${marker} 派遣元`, mayPayByInvoice: true });
    await db.insert(supervisorLinks).values({ memberId: staff.id, supervisorId: boss.id });
    await db.insert(speakerMembers).values({ orgId, label: `${marker} 山田`, memberId: staff.id, setBy: boss.id });
    await db.insert(practiceSessions).values({ orgId, memberId: staff.id, scenarioId: 'ja-phone-mailorder-isharyo', state: { scenarioId: 'ja-phone-mailorder-isharyo', step: 'start', turns: [], outcome: null, note: marker } });

    const result = fakeAnalyser('risk=90;dur=120', `${marker}.m4a`);
    const [sub] = await db.insert(submissions).values({
      orgId, submittedBy: staff.id, source: 'slack_file', platformFileId: `${team}-F1`, fileName: `${marker}.m4a`, fileType: 'audio/mp4',
      sizeBytes: 10, replyTo: { channel: 'C1' }, status: 'analysed',
    }).returning();
    await db.insert(transcripts).values({ submissionId: sub!.id, orgId, format: 'openai-json', content: `{"text":"${marker} の文字起こし"}` });
    await db.insert(teamsInputs).values([
      { orgId, fileId: `${team}-pasted`, kind: 'text', content: `${marker} 貼り付けた文字起こし` },
      { orgId, fileId: `${team}-download`, kind: 'download', downloadUrl: `https://download.example/${marker}?secret=1` },
    ]);
    const [analysis] = await db.insert(analyses).values({
      submissionId: sub!.id, orgId, schemaVersion: 1, language: 'ja', verdict: result.verdict, risk: result.risk, level: result.level,
      categories: result.categories, durationSec: result.durationSec, result,
    }).returning();
    await db.insert(excerpts).values({ analysisId: analysis!.id, ordinal: 0, line: 2, speaker: '顧客', text: `${marker}: 帰り道に気をつけろ`, categories: ['threat'], score: 90 });
    await db.insert(alerts).values({ orgId, analysisId: analysis!.id, recipientId: boss.id });
    await db.insert(unroutedAlerts).values({ orgId, analysisId: analysis!.id });
    const [fb] = await db.insert(feedback).values({ orgId, analysisId: analysis!.id, memberId: staff.id, kind: 'false_positive', comment: `${marker} の誤検知` }).returning();
    await db.insert(feedbackReviews).values({ feedbackId: fb!.id, orgId, decision: 'accepted', reviewedBy: boss.id });
    await db.insert(suppressedPhrases).values({ orgId, phrase: `${marker} いいね`, feedbackId: fb!.id });
    await db.insert(stressEvents).values({ orgId, memberId: staff.id, analysisId: analysis!.id, weight: 4, occurredAt: new Date() });
    await db.insert(stressBalances).values({ memberId: staff.id, orgId, balance: 4, asOf: new Date() });
    await db.insert(stressNotices).values({ orgId, memberId: staff.id, level: 1, balance: 7, analysisIds: [analysis!.id] });
    await db.insert(monthlyReports).values({ orgId, month: '2026-11', summary: { marker } });
    await db.insert(monthlyUsage).values({ orgId, month: '2026-11', secondsAnalysed: 120, filesAnalysed: 1 });
    await db.insert(reviewUsage).values({ orgId, month: '2026-11', requests: 1 });
    await db.insert(organisationReviewSettings).values({ orgId, allowModel: true, manual: `${marker} 対応マニュアル` });
    await db.insert(insightsSettings).values({ orgId });
    await db.insert(intakeChannels).values({ orgId, channel: `C-${team}` });

    await db.insert(communitySettings).values({ orgId, channel: `C-community-${team}` });
    const [question] = await db.insert(communityQuestions).values({
      orgId, askedBy: trainee.id, title: `${marker} 質問`, body: `${marker} 長時間の電話への対応は？`, channel: 'C-community', titleTokens: 'x', bodyTokens: 'y',
    }).returning();
    const [answer] = await db.insert(communityAnswers).values({ questionId: question!.id, author: instructor.id, body: `${marker} 回答`, source: 'bot' }).returning();
    await db.insert(communityReports).values({ orgId, answerId: answer!.id, reporter: staff.id, reason: `${marker} 通報` });
    const startsAt = new Date(Date.now() + 7 * 86_400_000);
    const [event] = await db.insert(communityEvents).values({
      orgId, organiser: instructor.id, title: `${marker} 勉強会`, startsAt, durationMinutes: 60, location: 'online', capacity: 10,
      goingCount: 1, rsvpDeadline: startsAt, channel: 'C-community',
    }).returning();
    await db.insert(communityRsvps).values({ eventId: event!.id, memberId: trainee.id, status: 'going' });

    await db.insert(bookingSettings).values({ orgId, minNoticeMinutes: 60, bufferMinutes: 10, holdMinutes: 30, cancelDeadlineHours: 24, lateCancelRefundPercent: 0 });
    const [inst] = await db.insert(bookingInstructors).values({ memberId: instructor.id, orgId, meetingUrl: `https://meet.example/${marker}` }).returning();
    await db.insert(bookingWeeklyHours).values({ instructorId: instructor.id, weekday: 1, startMinute: 540, endMinute: 1020 });
    await db.insert(bookingDaysOff).values({ instructorId: instructor.id, day: '2026-12-29' });
    const bookingStart = new Date(Date.now() + 3 * 86_400_000);
    const [booking] = await db.insert(bookings).values({
      orgId, kind: 'consultation', traineeId: trainee.id, instructorId: instructor.id, instructorKey: inst!.key,
      startsAt: bookingStart, endsAt: new Date(bookingStart.getTime() + 30 * 60_000), blockedUntil: new Date(bookingStart.getTime() + 40 * 60_000),
      status: 'confirmed', paymentMethod: 'invoice', priceYen: 6000, taxYen: 600, totalYen: 6600, topic: `${marker} 相談`, requestKey: `${team}-req`,
    }).returning();
    await db.insert(bookingInvoices).values({
      orgId, bookingId: booking!.id, issuer: `issuer-${team}`, number: 1, displayNumber: `${marker}-0001`, issuedOn: '2026-12-01', dueOn: '2026-12-31',
      recipientCompany: `${marker} 派遣元`, description: 'コンサルテーション', amountExclTaxYen: 6000, taxRatePercent: 10, taxYen: 600, totalYen: 6600,
      issuerName: '発行者', registrationNumber: 'T9234567890123',
    });
    await db.insert(bookingPaymentMismatches).values({
      orgId, bookingId: booking!.id, source: 'webhook', sessionId: `cs_${team}`, problems: [{ field: 'amount', expected: '6600', received: '1' }],
    });
    await db.insert(auditLog).values({ orgId, actor: boss.id, action: 'settings_change', subject: 'retention_days', detail: { before: 365, after: 400 } });
    return orgId;
  }

  it('writes a row of every exported table, and nothing of the other organisation', async () => {
    const manifest = await exportOrganisation(t.database, ids.a!, dir);
    const files = await readdir(dir);
    expect(files.sort()).toEqual([...EXPORT_TABLES.flatMap((table) => [`${table}.jsonl`, `${table}.csv`]), 'manifest.json'].sort());
    const read = async (table: string) => (await readFile(join(dir, `${table}.jsonl`), 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const table of EXPORT_TABLES) {
      const rows = await read(table);
      expect(rows.length, `${table}: rows of the organisation`).toBeGreaterThan(0);
      expect(manifest.tables[table].rows, table).toBe(rows.length);
    }
    // What the issue lists, with the content that matters.
    expect((await read('members')).map((m) => m.roles)).toEqual(expect.arrayContaining([['supervisor', 'admin'], ['trainee']]));
    expect((await read('transcripts'))[0]!.content).toContain('ORG-A の文字起こし');
    expect((await read('teams_inputs')).map((r) => r.content)).toContain('ORG-A 貼り付けた文字起こし');
    expect((await read('community_answers'))[0]!.body).toBe('ORG-A 回答');
    expect((await read('community_rsvps'))[0]!.status).toBe('going');
    expect((await read('booking_invoices'))[0]!.display_number).toBe('ORG-A-0001');
    expect((await read('organisations'))).toEqual([expect.objectContaining({ id: ids.a, retention_days: 365 })]);

    const everything = (await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')))).join('\n');
    expect(everything).not.toContain('ORG-B');
    expect(everything).not.toContain(ids.b);
    // Bearer URLs and derived search columns stay out.
    expect(everything).not.toContain('secret=1');
    expect(everything).not.toMatch(/download_url|search_vector|title_tokens/);
  });
});
