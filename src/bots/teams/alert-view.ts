/**
 * A supervisor alert as a MessageView (the same facts Slack's alert shows): who shared the call,
 * its risk and categories, and 対応済み — or, once someone took it, who and when.
 */
import { categoryName } from '../../analysis/advice.js';
import type { Category, Language } from '../../analysis/result.js';
import type { AlertPayload } from '../../flows/actions/alerts.js';
import { LABELS } from '../../flows/views/labels.js';
import type { MessageView, ViewBlock } from '../../flows/views/view.js';

export function formatWhen(iso: string, language: Language): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone: 'Asia/Tokyo', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit',
  }).format(d);
}

export function buildAlertView(a: AlertPayload, language: Language, names: ReadonlyMap<string, string>): MessageView {
  const L = LABELS[language];
  const name = (id: string | null | undefined) => (id ? names.get(id) ?? id : '?');
  const sep = language === 'ja' ? '、' : ', ';
  const blocks: ViewBlock[] = [];
  if (a.reminder) blocks.push({ type: 'text', text: language === 'ja' ? '🔁 まだ誰も対応していません（再通知）' : '🔁 Nobody has taken this yet (reminder)', tone: 'warning' });
  blocks.push({ type: 'header', text: L.alertTitle });
  if (a.requestedBy) {
    blocks.push({ type: 'text', text: language === 'ja' ? `${name(a.requestedBy)} さんが上長への相談を希望しています。` : `${name(a.requestedBy)} asked for their supervisor's help.` });
  }
  const fields = [{ label: L.risk, value: `${a.risk}/100 (${L.level[a.level as keyof typeof L.level] ?? a.level})` }];
  if (a.categories.length > 0) fields.push({ label: L.categories, value: a.categories.map((c) => categoryName(c as Category, language)).join(sep) });
  blocks.push({ type: 'fields', fields });
  blocks.push({ type: 'text', text: `${a.staffUserId ? L.alertFrom(name(a.staffUserId)) : ''}${a.staffUserId ? ': ' : ''}${a.fileName}`, tone: 'muted' });
  if (a.acknowledgedBy) {
    blocks.push({ type: 'text', text: L.acknowledgedBy(name(a.acknowledgedBy), formatWhen(a.acknowledgedAt ?? '', language)), tone: 'good' });
  } else {
    blocks.push({ type: 'actions', actions: [{ id: 'acknowledge_alert', label: L.actions.acknowledge, value: a.analysisId, style: 'primary' }] });
  }
  return { fallbackText: `${L.alertTitle} (${L.risk} ${a.risk}/100)`, blocks };
}
