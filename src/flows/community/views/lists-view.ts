/** List-shaped views: similar questions, FAQ results, the weekly digest, escalations, reports. */
import type { MessageView, ViewBlock } from '../../views/view.js';
import { communityMessages } from '../messages.js';
import { excerpt } from './question-view.js';

export interface QuestionHit {
  id: string;
  title: string;
  answerExcerpt: string | null;
}

export function similarQuestionsView(hits: readonly QuestionHit[], language: string): MessageView {
  const m = communityMessages(language);
  return {
    fallbackText: m.similarTitle,
    blocks: [{ type: 'list', title: m.similarTitle, items: hits.map((h) => (h.answerExcerpt ? `${h.title} — ${h.answerExcerpt}` : h.title)) }],
  };
}

/** While asking, before anything is posted: resolved questions that may already answer it. */
export function similarFirstView(hits: readonly QuestionHit[], language: string): MessageView {
  const m = communityMessages(language);
  return {
    fallbackText: m.similarTitle,
    blocks: [{ type: 'text', text: m.similarFirstIntro, tone: 'warning' }, ...similarQuestionsView(hits, language).blocks],
  };
}

export function faqResultsView(query: string, hits: readonly QuestionHit[], language: string): MessageView {
  const m = communityMessages(language);
  const title = m.faqTitle(excerpt(query, 50));
  if (hits.length === 0) return { fallbackText: m.faqNone, blocks: [{ type: 'header', text: title }, { type: 'text', text: m.faqNone }] };
  const blocks: ViewBlock[] = [{ type: 'header', text: title }];
  for (const h of hits) {
    blocks.push({ type: 'text', text: `*${h.title}*${h.answerExcerpt ? `\n${h.answerExcerpt}` : ''}` });
  }
  return { fallbackText: title, blocks };
}

export function digestView(
  lists: { created: string[]; open: string[]; resolved: string[] },
  language: string,
): MessageView {
  const m = communityMessages(language);
  const list = (title: string, items: string[]): ViewBlock => ({ type: 'list', title, items: items.length > 0 ? items : [m.digestNone] });
  return {
    fallbackText: m.digestTitle,
    blocks: [
      { type: 'header', text: m.digestTitle },
      list(`${m.digestNew} (${lists.created.length})`, lists.created),
      list(`${m.digestOpen} (${lists.open.length})`, lists.open),
      list(`${m.digestResolved} (${lists.resolved.length})`, lists.resolved),
    ],
  };
}

export function escalationView(q: { id: string; title: string; body: string }, hours: number, language: string): MessageView {
  const m = communityMessages(language);
  return {
    fallbackText: `${m.escalationTitle}: ${q.title}`,
    blocks: [
      { type: 'header', text: m.escalationTitle },
      { type: 'text', text: m.escalationText(hours), tone: 'warning' },
      { type: 'text', text: `*${q.title}*\n${excerpt(q.body, 300)}` },
      { type: 'actions', actions: [{ id: 'community_answer', label: m.answerButton, value: q.id, style: 'primary' }] },
    ],
  };
}

export function reportsView(
  reports: Array<{ subjectId: string; subjectKind: 'question' | 'answer'; excerpt: string; reasons: string[]; count: number; hidden: boolean }>,
  language: string,
): MessageView {
  const m = communityMessages(language);
  if (reports.length === 0) return { fallbackText: m.reportsNone, blocks: [{ type: 'text', text: m.reportsNone }] };
  const blocks: ViewBlock[] = [{ type: 'header', text: m.reportsTitle }];
  for (const r of reports) {
    blocks.push({ type: 'text', text: `(${r.count}) ${r.excerpt}\n${r.reasons.map((x) => `・${x}`).join('\n')}`, tone: r.hidden ? 'muted' : 'warning' });
    if (!r.hidden) {
      blocks.push({
        type: 'actions',
        actions: [{ id: 'community_hide', label: m.hideButton, value: `${r.subjectKind}:${r.subjectId}`, style: 'danger' }],
      });
    }
  }
  return { fallbackText: m.reportsTitle, blocks };
}
