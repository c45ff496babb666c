/**
 * The activity handlers: thin translations of Teams activities into flow calls.
 * - message: files (personal chat), a pasted transcript, commands, or an Action.Submit press;
 * - meetingEnd: the meeting's transcript is submitted for analysis, answered to the organiser;
 * - card.action (Action.Execute): the answer's and alert's buttons;
 * - install.add / install.remove and every activity: the conversation reference is kept.
 * A redelivered activity (same id) changes nothing and sends nothing twice.
 */
import { teamsAdminAi } from './admin-ai.js';
import { teamsAdminLink } from './admin-link.js';
import { runStressCommand } from '../../flows/insights/stress-admin.js';
import { runDataCommand } from '../../flows/actions/data-settings.js';
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import type { Activity, IMessageActivity } from '@microsoft/teams.api';
import type { IActivityContext } from '@microsoft/teams.apps';
import type { Language } from '../../analysis/result.js';
import { firstDelivery } from '../../flows/actions/inbox.js';
import type { Organisation } from '../../flows/actions/people.js';
import type { TeamsConversationType } from '../../flows/teams-store.js';
import { hasAdminRole } from '../../flows/actions/admin-role.js';
import { acknowledgeAlert, consultSupervisor } from '../../flows/actions/alerts.js';
import { chargeCallTo, chargedMessage } from '../../flows/insights/charge-staff.js';
import { helpFor } from '../../flows/help.js';
import type { ActionDeps, Actor, OrgRef } from '../../flows/actions/deps.js';
import type { FeatureSettings } from '../feature-settings.js';
import { analysisForbiddenMessage } from '../../flows/actions/analysis-access.js';
import { findAnalysis } from '../../flows/actions/analysis-lookup.js';
import { reportFeedback } from '../../flows/actions/feedback.js';
import { attachProgressMessage } from '../../flows/actions/progress.js';
import { getSettings, setAlertLevel, type AlertLevel, setDepartmentChannel, setLanguage, setSupervisor, type SettingsOutcome } from '../../flows/actions/settings.js';
import { isMedia } from '../../flows/run-analysis-job.js';
import { submitForAnalysis, type SubmitOutcome } from '../../flows/submit-for-analysis.js';
import { buildAnalysisView } from '../../flows/views/analysis-view.js';
import { renderAdaptiveCards, type CardActionData } from './adaptive-card.js';
import type { TeamsConfig } from './config.js';
import { TEAMS_LIMITS } from './limits.js';
import { teamsText, userLanguage } from './messages.js';
import { submitMeeting, type MeetingWatch } from './meeting-watch.js';
import { cardActivity, teamsMessageRef, textActivity } from './messenger.js';
import type { TeamsStore } from '../../flows/teams-store.js';
import type { MamoriTeamsApp } from './teams-app.js';

export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';
const TRANSCRIPT_EXTENSIONS = new Set(['.vtt', '.srt', '.txt', '.text', '.json', '.csv', '.log', '.md', '.tsv']);
const MAX_FILES_PER_MESSAGE = 10;

export interface HandlerDeps {
  app: MamoriTeamsApp;
  config: TeamsConfig;
  /** The community's and booking's settings, given once at construction. */
  features: FeatureSettings;
  store: TeamsStore;
  actions: ActionDeps;
  /** Wakes the workers of this process after a submission was queued. */
  onQueued?: (() => void) | undefined;
  /** Waits for a meeting's transcript to be published before submitting it (absent: submitted at once). */
  meetingWatch?: MeetingWatch | undefined;
}

type Ctx = IActivityContext<Activity>;

export function tenantOf(a: Activity): string | undefined {
  return a.conversation?.tenantId ?? (a.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ?? undefined;
}

/** Our platformUserId on Teams: the Entra object id (the same in Graph and in admin settings). */
export function userIdOf(a: Activity): string {
  return a.from?.aadObjectId ?? a.from?.id ?? '';
}

function conversationTypeOf(a: Activity): TeamsConversationType {
  const t = String(a.conversation?.conversationType ?? '');
  if (t === 'personal' || t === 'channel' || t === 'groupChat') return t;
  return a.conversation?.isGroup ? 'groupChat' : 'personal';
}

export function baseConversationId(id: string): string {
  return id.split(';messageid=')[0]!;
}

function orgRef(tenant: string): OrgRef {
  return { platform: 'teams', platformTeamId: tenant, name: `Teams ${tenant}` };
}

function actorOf(deps: HandlerDeps, a: Activity): Actor {
  const id = userIdOf(a);
  return { platformUserId: id, isWorkspaceAdmin: deps.config.adminUserIds.includes(id) };
}

function languageOf(org: Organisation): Language {
  return org.language === 'en' ? 'en' : 'ja';
}

/** The language to answer the sender of this activity in: their Teams locale, as Slack uses the user's. */
function languageFor(org: Organisation, a: Activity): Language {
  return userLanguage(org.language, a.locale);
}

const errorSummary = (err: unknown) => (err instanceof Error ? { name: err.name, message: err.message } : { name: 'Error', message: String(err) });

/** Keeps the reference of every conversation the app hears from (proactive messages need it). */
export async function rememberConversation(deps: HandlerDeps, ctx: Ctx): Promise<void> {
  const a = ctx.activity;
  const tenant = tenantOf(a);
  if (!tenant || !a.serviceUrl || !a.conversation?.id || !a.recipient?.id) return;
  const org = await deps.store.organisation(tenant);
  const conversationId = baseConversationId(a.conversation.id);
  if (a.type === 'installationUpdate' && (a as { action?: string }).action?.startsWith('remove')) {
    await deps.store.markRemoved(org.id, conversationId);
    return;
  }
  const type = conversationTypeOf(a);
  await deps.store.saveConversation({
    orgId: org.id, conversationId, conversationType: type, serviceUrl: a.serviceUrl, botId: a.recipient.id,
    userAadId: type === 'personal' ? (a.from?.aadObjectId ?? null) : null, userBotId: type === 'personal' ? (a.from?.id ?? null) : null,
  });
}

/** install.add: a welcome in personal chat, once. */
export async function onInstall(deps: HandlerDeps, ctx: Ctx): Promise<void> {
  const a = ctx.activity;
  const tenant = tenantOf(a);
  if (!tenant || conversationTypeOf(a) !== 'personal') return;
  if (!(await firstDelivery(deps.actions, 'teams', a.id || `install:${a.conversation.id}`))) return;
  const org = await deps.store.organisation(tenant);
  await ctx.send(textActivity(teamsText(languageFor(org, a)).welcome()));
}

interface FileAttachment {
  name: string;
  downloadUrl: string;
  uniqueId: string;
  fileType: string;
  etag?: string;
}

function filesOf(a: IMessageActivity): FileAttachment[] {
  return (a.attachments ?? []).flatMap((att) => {
    if (att.contentType !== FILE_DOWNLOAD_INFO) return [];
    const c = (att.content ?? {}) as Partial<FileAttachment>;
    if (typeof c.downloadUrl !== 'string' || typeof c.uniqueId !== 'string') return [];
    return [{ name: att.name ?? `file.${c.fileType ?? 'txt'}`, downloadUrl: c.downloadUrl, uniqueId: c.uniqueId, fileType: c.fileType ?? '', etag: c.etag }];
  }).slice(0, MAX_FILES_PER_MESSAGE);
}

function fileKind(f: FileAttachment): 'transcript' | 'media' | 'unsupported' {
  const ext = extname(f.name).toLowerCase() || `.${f.fileType.toLowerCase()}`;
  if (isMedia(f.name, '') || isMedia(`x.${f.fileType}`, '')) return 'media';
  return TRANSCRIPT_EXTENSIONS.has(ext) ? 'transcript' : 'unsupported';
}

function looksLikeTranscript(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return text.length >= TEAMS_LIMITS.minPastedTranscriptChars && (text.includes('-->') || lines.length >= 3);
}

function mimeOf(name: string): string {
  const ext = extname(name).toLowerCase();
  return ext === '.vtt' ? 'text/vtt' : ext === '.srt' ? 'application/x-subrip' : ext === '.json' ? 'application/json' : isMedia(name, '') ? 'application/octet-stream' : 'text/plain';
}

function isCardAction(v: unknown): v is CardActionData {
  return !!v && typeof v === 'object' && (v as CardActionData).mamori === 1 && typeof (v as CardActionData).action === 'string' && typeof (v as CardActionData).value === 'string';
}

export async function onMessage(deps: HandlerDeps, ctx: Ctx): Promise<void> {
  const a = ctx.activity as IMessageActivity;
  const tenant = tenantOf(a);
  if (!tenant) return;
  const org = await deps.store.organisation(tenant);
  const lang = languageFor(org, a);
  const t = teamsText(lang);
  const database = deps.actions.database;
  const once = () => firstDelivery({ database }, 'teams', a.id);

  if (isCardAction(a.value)) {
    // Action.Submit (older clients): the same actions as Action.Execute.
    if (!(await once())) return;
    const reply = await runCardAction(deps, ctx, org, a.value);
    await ctx.send(textActivity(reply));
    return;
  }

  const conversationId = baseConversationId(a.conversation.id);
  const personal = conversationTypeOf(a) === 'personal';
  const files = personal ? filesOf(a) : [];
  const text = (a.text ?? '').trim();

  if (files.length === 0 && !(personal && looksLikeTranscript(text))) {
    if (!(await once())) return;
    await ctx.send(textActivity(await runCommand(deps, ctx, org, text)));
    return;
  }

  // Record inputs and submissions first (idempotent on the activity id), then answer once.
  const submitDeps = { database, queue: deps.actions.queue, orgDefaults: deps.actions.orgDefaults, logger: deps.actions.logger };
  const submitter = { platformUserId: userIdOf(a), ...(a.from?.name ? { displayName: a.from.name.slice(0, 300) } : {}) };
  // Someone @mentioned with the file is the staff member in the call (src/flows/staff-member.ts).
  const staff = (await mentionedUsers(ctx))[0];
  // The answer comes in the sender's language when it is not the organisation's (run-analysis-job).
  const replyTo = { channel: conversationId, ...(lang !== languageOf(org) ? { language: lang } : {}) };
  const results: Array<{ name: string; outcome: SubmitOutcome | null; media?: boolean }> = [];
  for (const [i, f] of files.entries()) {
    if (fileKind(f) === 'unsupported') {
      results.push({ name: f.name, outcome: null });
      continue;
    }
    const fileId = f.etag ? `${f.uniqueId}@${f.etag}` : f.uniqueId;
    await deps.store.saveInput({ orgId: org.id, fileId, kind: 'download', downloadUrl: f.downloadUrl });
    const outcome = await submitForAnalysis(submitDeps, {
      org: orgRef(tenant), submitter, ...(staff ? { staff } : {}), source: 'teams_file', platformEventId: `${a.id}:${i}`,
      file: { id: fileId.slice(0, 500), name: f.name.slice(0, 1000), type: mimeOf(f.name), sizeBytes: 0 }, replyTo,
    });
    results.push({ name: f.name, outcome, media: fileKind(f) === 'media' });
  }
  if (files.length === 0) {
    const bytes = new TextEncoder().encode(text);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const fileId = `text:${sha256}`;
    await deps.store.saveInput({ orgId: org.id, fileId, kind: 'text', content: text });
    const outcome = await submitForAnalysis(submitDeps, {
      org: orgRef(tenant), submitter, ...(staff ? { staff } : {}), source: 'teams_file', platformEventId: `${a.id}:text`,
      file: { id: fileId, name: 'pasted-transcript.txt', type: 'text/plain', sizeBytes: bytes.byteLength, sha256 }, replyTo,
    });
    results.push({ name: '', outcome });
  }
  const queued = results.some((r) => r.outcome?.status === 'queued');
  if (!(await once())) {
    if (queued) deps.onQueued?.();
    return; // redelivered: everything above was a no-op, and it was answered the first time
  }

  let typed = false;
  for (const { name, outcome, media } of results) {
    if (!outcome) {
      await ctx.send(textActivity(t.unsupported(name)));
      continue;
    }
    switch (outcome.status) {
      case 'queued': {
        if (!typed) {
          await ctx.send({ type: 'typing' } as never);
          typed = true;
        }
        const sent = await ctx.send(textActivity(name ? t.received(name, media) : t.receivedText()));
        const attached = await attachProgressMessage(database, {
          submissionId: outcome.submissionId, orgId: org.id, channel: conversationId,
          ref: teamsMessageRef(conversationId, sent.id), language: lang,
        });
        if (attached.status === 'answered') {
          await ctx.api.conversations.deleteActivity(conversationId, sent.id).catch(() => undefined);
        }
        break;
      }
      case 'duplicate':
        await ctx.send(textActivity(t.duplicate(name || 'pasted-transcript.txt')));
        break;
      case 'rejected':
        break; // the quota message comes through the outbox
      case 'invalid':
        deps.actions.logger.info({ reason: outcome.message }, 'teams submission invalid');
        await ctx.send(textActivity(t.invalid()));
        break;
    }
  }
  // Wake the workers once the progress message is in place (the answer then replaces it).
  if (queued) deps.onQueued?.();
}

/** meetingEnd: submit the meeting's transcript; the organiser gets the answer (or the reason) privately. */
export async function onMeetingEnd(deps: HandlerDeps, ctx: Ctx): Promise<void> {
  const a = ctx.activity as Activity & { value?: { Id?: string; Title?: string } };
  const tenant = tenantOf(a);
  const meetingId = a.value?.Id ?? (a.channelData as { meeting?: { id?: string } } | undefined)?.meeting?.id;
  if (!tenant || !meetingId) return;
  const org = await deps.store.organisation(tenant);
  const t = teamsText(languageOf(org));
  const eventId = a.id || `meetingEnd:${meetingId}`;
  let organizer: string | undefined;
  let organizerName: string | undefined;
  let graphMeetingId: string | undefined;
  let title = a.value?.Title;
  try {
    const info = await ctx.api.meetings.getById(meetingId);
    organizer = info.organizer?.aadObjectId;
    organizerName = info.organizer?.name;
    graphMeetingId = info.details?.msGraphResourceId;
    title = info.details?.title || title;
  } catch (err) {
    deps.actions.logger.warn({ err: errorSummary(err) }, 'meeting details unavailable');
  }
  if (!organizer || !graphMeetingId) {
    if (await firstDelivery(deps.actions, 'teams', eventId)) await ctx.send(textActivity(t.meetingUnknown()));
    return;
  }
  const fileId = `meeting:${graphMeetingId}`.slice(0, 500);
  await deps.store.saveInput({ orgId: org.id, fileId, kind: 'meeting', organizerAadId: organizer, meetingId: graphMeetingId });
  const meeting = {
    tenantId: tenant, eventId, fileId, organizerAadId: organizer, organizerName, graphMeetingId,
    fileName: `${(title || 'Teams meeting').replace(/[\r\n]+/g, ' ').slice(0, 200)}.vtt`,
  };
  if (deps.meetingWatch) {
    // Transcripts are published some minutes after the meeting (later for long ones): wait for it.
    await deps.meetingWatch.start(meeting);
    return;
  }
  await submitMeeting({ actions: deps.actions, onQueued: deps.onQueued }, meeting);
  await firstDelivery(deps.actions, 'teams', eventId);
}

/** Action.Execute from the answer or alert cards. */
export async function onCardAction(deps: HandlerDeps, ctx: Ctx) {
  const a = ctx.activity as Activity & { value?: { action?: { data?: unknown } } };
  const tenant = tenantOf(a);
  const data = a.value?.action?.data;
  let text: string;
  if (!tenant || !isCardAction(data)) {
    text = 'unknown action';
  } else {
    const org = await deps.store.organisation(tenant);
    text = await runCardAction(deps, ctx, org, data);
  }
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text } as const;
}

async function runCardAction(deps: HandlerDeps, ctx: Ctx, org: Organisation, data: CardActionData): Promise<string> {
  const a = ctx.activity;
  const t = teamsText(languageFor(org, a));
  const input = { org: orgRef(org.platformTeamId), analysisId: data.value, by: actorOf(deps, a) };
  switch (data.action) {
    case 'consult_supervisor': {
      const out = await consultSupervisor(deps.actions, input);
      return out.status === 'sent' ? t.consultSent(out.supervisors) : out.status === 'already_sent' ? t.consultAlready()
        : out.status === 'no_supervisor' ? t.noSupervisor() : t.notFound();
    }
    case 'report_false_positive':
    case 'report_missed': {
      const out = await reportFeedback(deps.actions, { ...input, kind: data.action === 'report_missed' ? 'missed' : 'false_positive' });
      return out.status === 'recorded' ? t.feedbackThanks() : out.status === 'forbidden' ? analysisForbiddenMessage(languageFor(org, a)) : t.notFound();
    }
    case 'acknowledge_alert': {
      const out = await acknowledgeAlert(deps.actions, input);
      if (out.status === 'acknowledged') return t.ackDone();
      if (out.status === 'already') {
        const names = await deps.store.displayNames(org.id, out.byPlatformUserId ? [out.byPlatformUserId] : []);
        return t.ackAlready(names.get(out.byPlatformUserId ?? '') ?? out.byPlatformUserId ?? '?');
      }
      return t.notFound();
    }
    case 'charge_staff': {
      if (!data.member) return t.notFound();
      const out = await chargeCallTo(deps.actions, { ...input, staff: { platformUserId: data.member } });
      return out.status === 'charged' ? chargedMessage(languageFor(org, a), out)
        : out.status === 'forbidden' ? analysisForbiddenMessage(languageFor(org, a)) : t.notFound();
    }
    case 'show_all': {
      const found = await findAnalysis(deps.actions, input.org, data.value, input.by);
      if (found.status === 'forbidden') return analysisForbiddenMessage(languageFor(org, a));
      if (found.status !== 'ok') return t.notFound();
      const view = buildAnalysisView({ ...found.result, language: languageFor(org, a) }, { analysisId: data.value, withActions: false });
      for (const card of renderAdaptiveCards(view, { continued: t.continued })) await ctx.send(cardActivity(card, view.fallbackText));
      return '✓';
    }
    default:
      return t.notFound();
  }
}

const COMMANDS: Record<string, 'help' | 'settings' | 'supervisor' | 'alert' | 'language' | 'department' | 'not-installed'> = {
  help: 'help', 'ヘルプ': 'help', '使い方': 'help',
  settings: 'settings', '設定': 'settings',
  supervisor: 'supervisor', '上長': 'supervisor',
  alert: 'alert', '通知レベル': 'alert',
  language: 'language', '言語': 'language',
  department: 'department', '部署チャンネル': 'department',
  'not-installed': 'not-installed', '未インストール': 'not-installed',
};

const LEVELS: Record<string, AlertLevel> = { all: 'all', high: 'high', medium: 'medium', low: 'low', 'すべて': 'all', '高': 'high', '中': 'medium', '低': 'low' };

async function runCommand(deps: HandlerDeps, ctx: Ctx, org: Organisation, text: string): Promise<string> {
  const lang = languageFor(org, ctx.activity);
  const t = teamsText(lang);
  const [word = '', ...args] = text.replace(/<at>[^<]*<\/at>/g, ' ').trim().split(/\s+/);
  const command = COMMANDS[word.toLowerCase()] ?? 'help';
  const base = { org: orgRef(org.platformTeamId), by: actorOf(deps, ctx.activity) };
  const ai = await teamsAdminAi(deps.actions, { org: base.org, by: base.by, language: lang, text });
  if (ai !== null) return ai;
  const link = await teamsAdminLink(deps.actions, { orgId: org.id, org: base.org, by: base.by, text });
  if (link !== null) return link;
  // `stress …` / `負担 …`: the accumulated-stress thresholds (admins only; src/flows/insights/stress-admin.ts).
  const stress = await runStressCommand(deps.actions, { org: base.org, by: base.by, language: lang, verb: word, args: args.join(' '), prefix: 'stress' });
  if (stress !== null) return stress;
  // `retention …` / `保存期間 …`, `quota …` / `上限 …` (admins only; src/flows/actions/data-settings.ts).
  const data = await runDataCommand(deps.actions, { org: base.org, by: base.by, language: lang, verb: word, args: args.join(' '), prefix: '' });
  if (data !== null) return data;
  // What this reader's roles can do (src/flows/help.ts): also the answer to a word mamori does not know.
  const help = () => helpFor(deps.actions, { org: base.org, by: base.by, language: lang });
  const saved = (out: SettingsOutcome) => (out.status === 'ok' ? t.settingsSaved() : out.status === 'not_admin' ? t.notAdmin() : t.settingsInvalid(out.reason));
  switch (command) {
    case 'help':
      return help();
    case 'settings': {
      const s = await getSettings(deps.actions, base.org);
      return t.settingsSummary({
        language: s.language, level: s.alertLevel, department: s.departmentChannel, links: s.supervisors.length,
        quota: `${s.quota.usedMinutes} / ${s.quota.limitMinutes || '∞'}`, retentionDays: s.retentionDays,
      });
    }
    case 'alert': {
      const level = LEVELS[(args[0] ?? '').toLowerCase()];
      return level ? saved(await setAlertLevel(deps.actions, { ...base, level })) : help();
    }
    case 'language': {
      const lang = (args[0] ?? '').toLowerCase();
      return lang === 'ja' || lang === 'en' ? saved(await setLanguage(deps.actions, { ...base, language: lang })) : help();
    }
    case 'department':
      if (conversationTypeOf(ctx.activity) !== 'channel') return t.channelOnly();
      return saved(await setDepartmentChannel(deps.actions, { ...base, channel: baseConversationId(ctx.activity.conversation.id) }));
    case 'supervisor': {
      const mentioned = (await mentionedUsers(ctx)).map((u) => u.platformUserId);
      if (mentioned.length < 2) return t.mentionNeeded();
      const supervisor = mentioned[mentioned.length - 1]!;
      return saved(await setSupervisor(deps.actions, { ...base, staff: mentioned.slice(0, -1), supervisor }));
    }
    case 'not-installed': {
      if (!base.by.isWorkspaceAdmin && !(await hasAdminRole(deps.actions, org.id, base.by.platformUserId))) return t.notAdmin();
      const missing = await deps.store.supervisorsWithoutApp(org.id);
      return t.supervisorsMissing(missing.map((m) => m.displayName ?? m.platformUserId));
    }
  }
}

/** The users @mentioned (the bot itself left out), in order, by Entra object id. */
async function mentionedUsers(ctx: Ctx): Promise<Array<{ platformUserId: string; displayName?: string }>> {
  const a = ctx.activity;
  const out: Array<{ platformUserId: string; displayName?: string }> = [];
  for (const e of a.entities ?? []) {
    const m = e as { type?: string; mentioned?: { id?: string; aadObjectId?: string; name?: string } };
    if (m.type !== 'mention' || !m.mentioned?.id || m.mentioned.id === a.recipient?.id) continue;
    let id = m.mentioned.aadObjectId;
    if (!id) {
      try {
        id = (await ctx.api.conversations.getMemberById(a.conversation.id, m.mentioned.id)).aadObjectId;
      } catch {
        id = undefined;
      }
    }
    const value = id ?? m.mentioned.id;
    if (!out.some((u) => u.platformUserId === value)) out.push({ platformUserId: value, ...(m.mentioned.name ? { displayName: m.mentioned.name.slice(0, 300) } : {}) });
  }
  return out;
}

