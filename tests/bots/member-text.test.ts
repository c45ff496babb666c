/**
 * Text a member typed travels through the view model as text and is escaped by each renderer
 * (issue 14 §5): a question, answer, FAQ hit, study-group description or transcript quote that
 * carries Slack markup (`<https://evil|…>`, `<!here>`, `<@U…>`) or a markdown link (`[…](https://evil)`)
 * is shown as typed, never sent as a link, a mention or a broadcast — on Slack and on Teams alike.
 */
import { describe, expect, it } from 'vitest';
import { renderView } from '../../src/bots/slack/blocks/render.js';
import { cardTexts, renderAdaptiveCards } from '../../src/bots/teams/adaptive-card.js';
import { eventAnnouncementView } from '../../src/flows/community/views/event-view.js';
import { escalationView, faqResultsView, similarQuestionsView } from '../../src/flows/community/views/lists-view.js';
import { answerView, questionView } from '../../src/flows/community/views/question-view.js';
import type { MessageView } from '../../src/flows/views/view.js';

/** What a hostile member types: a spoofed link, pings and a broadcast, in both platforms' syntax. */
const HOSTILE = '規約は <https://evil.example/login|社内ポータル> へ。<!here> <@U0ADMIN> <!subteam^S1|@all> [社内ポータル](https://evil.example/login) & 以上';

const views: Array<[string, MessageView]> = [
  ['faqResultsView', faqResultsView(HOSTILE, [{ id: 'q1', title: HOSTILE, answerExcerpt: HOSTILE }], 'ja')],
  ['similarQuestionsView', similarQuestionsView([{ id: 'q1', title: HOSTILE, answerExcerpt: HOSTILE }], 'ja')],
  ['questionView', questionView({
    id: 'q1', title: HOSTILE, body: HOSTILE, tags: [HOSTILE], industry: HOSTILE, status: 'resolved', askerName: HOSTILE, answerCount: 1,
    accepted: { id: 'a1', authorName: HOSTILE, excerpt: HOSTILE, ref: null, link: null }, hidden: false,
  }, 'ja')],
  ['answerView', answerView({ id: 'a1', body: HOSTILE, authorName: HOSTILE, hidden: false, accepted: true }, 'ja')],
  ['escalationView', escalationView({ id: 'q1', title: HOSTILE, body: HOSTILE }, 48, 'ja')],
  ['eventAnnouncementView', eventAnnouncementView({
    id: 'e1', title: HOSTILE, description: HOSTILE, startsAt: new Date('2027-01-20T10:00:00Z'), durationMinutes: 60, location: HOSTILE,
    capacity: 20, goingCount: 3, waitlistCount: 0, rsvpDeadline: new Date('2027-01-19T10:00:00Z'), cancelled: false,
  }, 'Asia/Tokyo', 'ja')],
  ['a view with a transcript quote', {
    fallbackText: HOSTILE,
    blocks: [{ type: 'excerpt', time: '00:01', speaker: HOSTILE, quote: HOSTILE, tags: [], score: 90 }, { type: 'fields', fields: [{ label: 'x', value: HOSTILE }] }],
  }],
];

/** Every text Slack reads as mrkdwn: the blocks' mrkdwn and the notification text (plain_text is shown literally). */
function slackStrings(view: MessageView): string[] {
  const rendered = renderView(view, { surface: 'message' });
  const out: string[] = [rendered.text];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.type === 'mrkdwn' && typeof o.text === 'string') out.push(o.text);
    Object.values(o).forEach(walk);
  };
  walk(rendered.blocks);
  return out;
}

describe('member text is never markup', () => {
  it.each(views)('Slack: %s shows the spoofed link, pings and broadcast as text', (_name, view) => {
    const texts = slackStrings(view);
    expect(texts.join('\n')).toContain('社内ポータル');
    for (const t of texts) {
      // Slack reads links, user mentions and broadcasts only between < and >: none may remain.
      expect(t, t).not.toMatch(/<(https?:|@U|!here|!subteam|!channel|!everyone)/);
    }
    // Shown as typed: the escaped forms Slack displays as < and >.
    expect(texts.some((t) => t.includes('&lt;@U0ADMIN&gt;'))).toBe(true);
  });

  it.each(views)('Teams: %s shows the markdown link as text', (_name, view) => {
    const texts = renderAdaptiveCards(view).flatMap((card) => cardTexts(card));
    expect(texts.join('\n')).toContain('社内ポータル');
    for (const t of texts) expect(t, t).not.toMatch(/\]\s*\(https?:/);
    // The characters are all still there (a zero-width space keeps `]` and `(` apart).
    expect(texts.some((t) => t.replace(/\u200B/g, '').includes('[社内ポータル](https://evil.example/login)'))).toBe(true);
  });

  it('the view’s own *bold* still renders on both platforms', () => {
    const view = faqResultsView('返金', [{ id: 'q1', title: 'タイトル', answerExcerpt: null }], 'ja');
    expect(slackStrings(view)).toContain('*タイトル*');
    expect(renderAdaptiveCards(view).flatMap((c) => cardTexts(c))).toContain('**タイトル**');
  });
});
