/**
 * 全文を見る for a result whose excerpts do not all fit a modal (100 blocks): the modal shows as many
 * as fit and says where the rest are, and every excerpt goes into a plain-text file the action uploads
 * (into the thread of the answer). Plain text, not mrkdwn: the quotes are written as they were said.
 */
import type { types } from '@slack/bolt';
import type { MessageView } from '../../../flows/views/view.js';
import { textFor, type Lang } from '../text.js';
import { renderView } from './render.js';

export const EXCERPTS_FILE_NAME = 'mamori-excerpts.txt';

export interface AllExcerpts {
  /** The modal's blocks, within its limits. */
  blocks: types.KnownBlock[];
  /** Excerpts the modal could not show (0: the modal has them all). */
  omittedExcerpts: number;
  /** Every excerpt as text, when some are not in the modal. */
  file: { name: string; title: string; text: string } | null;
}

/** `inThread`: the file goes into the thread of the answer (else into the presser's DM). */
export function renderAllExcerpts(view: MessageView, lang: Lang, inThread: boolean): AllExcerpts {
  const t = textFor(lang);
  const rendered = renderView(view, { surface: 'modal', omitted: (n) => t.excerptsInFile(n, EXCERPTS_FILE_NAME, inThread) });
  return {
    blocks: rendered.blocks,
    omittedExcerpts: rendered.omittedExcerpts,
    file: rendered.omittedExcerpts > 0 ? { name: EXCERPTS_FILE_NAME, title: t.allExcerpts(), text: excerptsFileText(view, t.allExcerpts()) } : null,
  };
}

export function excerptsFileText(view: MessageView, title: string): string {
  const lines = [title, view.fallbackText, ''];
  for (const b of view.blocks) {
    if (b.type !== 'excerpt') continue;
    lines.push(`[${b.time}]  ${b.speaker}  (${b.score})`);
    for (const l of b.quote.split('\n')) lines.push(`    ${l}`);
    if (b.tags.length > 0) lines.push(`    ${b.tags.join(' · ')}`);
    lines.push('');
  }
  return lines.join('\n');
}
