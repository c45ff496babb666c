/**
 * The supervisor alert, built once from its outbox payload and rendered by both platforms: who
 * shared the call and who asked for help (members, so Slack can mention them and Teams name them),
 * risk, level and categories, whether it is a reminder, the way back to the answer's thread, and
 * 対応済み — or, once someone took it, who and when on the organisation's clock.
 */
import type { Language } from '../../analysis/result.js';
import type { AlertPayload } from '../actions/alerts.js';
import { catName } from './format.js';
import { LABELS } from './labels.js';
import type { Inline, MessageView, ViewBlock } from './view.js';

/**
 * Where the call's answer is, as far as the platform can tell: a link to it, or `private` when it
 * sits in the sharer's own chat (a supervisor could not open it); absent when there is no answer yet
 * or the platform gives no link.
 */
export type AlertThread = { url: string } | 'private';

export interface AlertViewOptions {
  language: Language;
  /** The organisation's time zone (organisations.time_zone). */
  timeZone: string;
  thread?: AlertThread;
}

/** When it was taken, as the organisation reads its clock. */
export function alertTime(iso: string | undefined, language: Language, timeZone: string): string {
  const d = new Date(iso ?? '');
  if (Number.isNaN(d.getTime())) return LABELS[language].unknownTime;
  const format = (zone: string) => new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'ja-JP', {
    timeZone: zone, month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit',
  }).format(d);
  try {
    return format(timeZone);
  } catch {
    // A zone Intl does not know (set by hand in the database): the schema's default clock rather than no alert.
    return format('Asia/Tokyo');
  }
}

const MARK = '\u0000';

/** A catalogue sentence about a member, with the member in place of the name. */
function aboutMember(sentence: (who: string) => string, platformUserId: string): Inline[] {
  const [before = '', after = ''] = sentence(MARK).split(MARK);
  return [before, { member: platformUserId }, after].filter((p) => p !== '');
}

export function buildAlertView(a: AlertPayload, o: AlertViewOptions): MessageView {
  const L = LABELS[o.language];
  const blocks: ViewBlock[] = [];
  if (a.reminder) blocks.push({ type: 'text', text: L.alertReminder, tone: 'warning' });
  blocks.push({ type: 'header', text: L.alertTitle });
  if (a.requestedBy) blocks.push({ type: 'line', parts: aboutMember(L.alertConsult, a.requestedBy) });
  if (a.staffUserId) blocks.push({ type: 'line', parts: aboutMember(L.alertFrom, a.staffUserId) });
  const level = (L.level as Record<string, string>)[a.level] ?? a.level;
  const fields = [{ label: L.risk, value: `${a.risk}/100 (${level})` }];
  if (a.categories.length > 0) fields.push({ label: L.categories, value: a.categories.map((c) => catName(c, o.language)).join(o.language === 'ja' ? '、' : ', ') });
  blocks.push({ type: 'fields', fields });
  // The file name is what the sharer uploaded: view text, so each renderer escapes it.
  if (a.fileName) blocks.push({ type: 'text', text: a.fileName, tone: 'muted' });
  if (o.thread === 'private') blocks.push({ type: 'text', text: L.alertNoLink, tone: 'muted' });
  else if (o.thread) blocks.push({ type: 'line', parts: [{ link: o.thread.url, label: L.thread }], tone: 'muted' });
  if (a.acknowledgedBy) {
    blocks.push({ type: 'line', parts: aboutMember((who) => L.acknowledgedBy(who, alertTime(a.acknowledgedAt, o.language, o.timeZone)), a.acknowledgedBy), tone: 'good' });
  } else {
    blocks.push({ type: 'actions', actions: [{ id: 'acknowledge_alert', label: L.actions.acknowledge, value: a.analysisId, style: 'primary' }] });
  }
  return { fallbackText: `${L.alertTitle} (${L.risk} ${a.risk}/100)`, blocks };
}
