/** The question's root message in the community channel, an answer posted through mamori, and the guard's review. */
import type { QuestionStatus } from '../../../db/schema/index.js';
import type { MessageView, Tone, ViewBlock } from '../../views/view.js';
import type { Finding } from '../../../text/guard.js';
import { communityMessages } from '../messages.js';

export interface QuestionViewModel {
  id: string;
  title: string;
  body: string;
  tags: string[];
  industry: string | null;
  status: QuestionStatus;
  /** The asker's name, or null when anonymous. */
  askerName: string | null;
  answerCount: number;
  /** `ref`: the accepted answer's stored platform reference; `link`: its web link, when the platform gave one. */
  accepted: { id: string; authorName: string; excerpt: string; hidden?: boolean; ref: string | null; link: string | null } | null;
  hidden: boolean;
}

const STATUS_TONE: Record<QuestionStatus, Tone> = { unanswered: 'warning', answered: 'muted', resolved: 'good' };
const STATUS_MARK: Record<QuestionStatus, string> = { unanswered: '❓', answered: '💬', resolved: '✅' };

export function excerpt(text: string, max = 200): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

export function questionView(q: QuestionViewModel, language: string): MessageView {
  const m = communityMessages(language);
  if (q.hidden) return { fallbackText: m.hiddenPost, blocks: [{ type: 'text', text: m.hiddenPost, tone: 'muted' }] };
  const status = `${STATUS_MARK[q.status]} ${m.status[q.status]}`;
  const fields = [
    { label: m.statusLabel, value: status },
    { label: m.askedBy, value: q.askerName ?? m.anonymousGraduate },
    { label: m.answers, value: String(q.answerCount) },
  ];
  if (q.tags.length > 0) fields.push({ label: m.tags, value: q.tags.join(', ') });
  if (q.industry) fields.push({ label: m.industry, value: q.industry });
  const blocks: ViewBlock[] = [
    { type: 'header', text: q.title },
    { type: 'text', text: q.body },
    { type: 'fields', fields },
  ];
  if (q.accepted) {
    blocks.push(
      q.accepted.hidden
        ? { type: 'text', tone: 'muted', text: `${m.acceptedAnswer}: ${m.hiddenPost}` }
        : { type: 'text', tone: 'good', text: `${m.acceptedAnswer} (${q.accepted.authorName}): ${q.accepted.excerpt}` },
    );
    // A bare URL (view text is never markup): every platform's client shows it as a link to itself.
    if (q.accepted.link) blocks.push({ type: 'text', text: `🔗 ${m.acceptedAnswerLink}: ${q.accepted.link}` });
  }
  blocks.push({
    type: 'actions',
    actions: [
      { id: 'community_answer', label: m.answerButton, value: q.id, style: 'primary' },
      { id: 'community_report', label: m.reportButton, value: q.id },
    ],
  });
  return { fallbackText: `[${m.status[q.status]}] ${q.title}`, blocks };
}

export function answerView(a: { id: string; body: string; authorName: string; hidden: boolean; accepted: boolean }, language: string): MessageView {
  const m = communityMessages(language);
  if (a.hidden) return { fallbackText: m.hiddenPost, blocks: [{ type: 'text', text: m.hiddenPost, tone: 'muted' }] };
  const header = `${a.accepted ? '✅ ' : ''}${m.answerBy(a.authorName)}`;
  return {
    fallbackText: `${header}: ${excerpt(a.body, 100)}`,
    blocks: [
      { type: 'text', text: `*${header}*` },
      { type: 'text', text: a.body },
      {
        type: 'actions',
        actions: [
          { id: 'community_resolve', label: m.resolveButton, value: a.id },
          { id: 'community_report', label: m.reportButton, value: `answer:${a.id}` },
        ],
      },
    ],
  };
}

/** What the guard found, for the member to edit or have masked. Nothing is posted yet. */
export function guardReviewView(findings: readonly Finding[], masked: string, language: string): MessageView {
  const m = communityMessages(language);
  return {
    fallbackText: m.guardTitle,
    blocks: [
      { type: 'header', text: m.guardTitle },
      { type: 'text', text: m.guardIntro, tone: 'warning' },
      { type: 'list', title: m.guardTitle, items: findings.map((f) => `${m.finding[f.kind]}: 「${f.text}」 → ${f.replacement}`) },
      { type: 'text', text: `${m.guardPreview}:\n${masked}`, tone: 'muted' },
    ],
  };
}
