/**
 * The view contract for what an admin alone is shown, now on both platforms: 「質問者を確認」's answer
 * (src/flows/community/views/reveal-view.ts), the data export link (src/flows/insights/export-link.ts) and
 * a member's invoice payment granted or cleared (src/flows/booking/invoice-rights-view.ts).
 * Each view, rendered by Slack's Block Kit renderer and Teams' Adaptive Card renderer, shows the same
 * facts, names the asker as a member (a Slack mention, the Teams display name), links the export as a
 * link, and shows a typed question title as typed (no Slack broadcast, no Teams link).
 */
import { describe, expect, it } from 'vitest';
import { renderView } from '../../../src/bots/slack/blocks/render.js';
import { LIMITS } from '../../../src/bots/slack/blocks/limits.js';
import { cardBytes, cardTexts, renderAdaptiveCards } from '../../../src/bots/teams/adaptive-card.js';
import { TEAMS_LIMITS } from '../../../src/bots/teams/limits.js';
import { communityMessages } from '../../../src/flows/community/messages.js';
import { askerRevealedView } from '../../../src/flows/community/views/reveal-view.js';
import { exportLinkView, exportLinkWords, type ExportLinkOutcome } from '../../../src/flows/insights/export-link.js';
import { invoiceRightsView } from '../../../src/flows/booking/invoice-rights-view.js';
import type { MessageView } from '../../../src/flows/views/view.js';

const HOSTILE = '録音 <!here> [pay](https://evil.example) *x*';
const NAMES = new Map([['UASK', '質問 者']]);
const URL_ = 'https://mamori.example.jp/exports/AbCdEf0123456789_-xyz';

/** Letters and digits only: the platforms mark text up differently. */
const plain = (s: string) => s.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');

function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(strings);
  if (node && typeof node === 'object') return Object.entries(node).filter(([k]) => k !== 'action_id').flatMap(([, v]) => strings(v));
  return [];
}

function slack(view: MessageView) {
  const { blocks, text } = renderView(view, { surface: 'message' });
  // Slack shows a mention as the member's name, and its three entities as the characters.
  const shown = strings(blocks).join(' ').replace(/<@(\w+)>/g, (_, id: string) => NAMES.get(id) ?? id)
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  expect(blocks.length).toBeLessThanOrEqual(LIMITS.messageBlocks);
  return { json: JSON.stringify(blocks), text, shown };
}

function teams(view: MessageView) {
  const cards = renderAdaptiveCards(view, { names: NAMES });
  expect(cards).toHaveLength(1);
  expect(cardBytes(cards[0]!)).toBeLessThanOrEqual(TEAMS_LIMITS.maxCardBytes);
  // What the card shows (its fallbackText is plain text for notifications, never read as markdown).
  return { json: JSON.stringify(cards[0]!.body), shown: cardTexts(cards[0]).join(' ') };
}

const revealed = (anonymous: boolean) => ({ status: 'revealed' as const, questionId: 'q1', title: HOSTILE, anonymous, platformUserId: 'UASK', displayName: '質問 者' });

describe('「質問者を確認」 on Slack and Teams', () => {
  for (const language of ['ja', 'en'] as const) {
    for (const anonymous of [true, false]) {
      it(`${language}, ${anonymous ? 'anonymous' : 'named'}: the same facts on both`, () => {
        const m = communityMessages(language);
        const view = askerRevealedView(language, revealed(anonymous));
        const [before, after] = m.askerRevealed(HOSTILE);
        const facts = [before, '質問 者', after, m.askerAudited, ...(anonymous ? [m.askerAnonymous] : [])];
        const s = slack(view);
        const t = teams(view);
        for (const [platform, shown] of [['slack', s.shown], ['teams', t.shown]] as const) {
          for (const fact of facts) expect(plain(shown), `${platform}: ${fact}`).toContain(plain(fact));
        }
        if (!anonymous) for (const shown of [s.shown, t.shown]) expect(plain(shown)).not.toContain(plain(m.askerAnonymous));
        // Slack mentions the member; Teams names them.
        expect(s.json).toContain('<@UASK>');
        expect(t.shown).toContain('質問 者');
      });
    }
  }

  it('a typed title is shown as typed: no Slack broadcast, no Teams link', () => {
    const view = askerRevealedView('ja', revealed(true));
    expect(slack(view).json).not.toContain('<!here>');
    expect(slack(view).json).not.toContain('<https://evil');
    expect(teams(view).json).not.toContain('[pay](');
    expect(plain(teams(view).shown)).toContain(plain(HOSTILE));
  });
});

describe('the export link on Slack and Teams', () => {
  const ok: ExportLinkOutcome = { status: 'ok', url: URL_, expiresAt: new Date('2026-12-07T23:30:00.000Z'), minutes: 15 };

  for (const language of ['ja', 'en'] as const) {
    it(`${language}: the link as a link, its lifetime on the organisation's clock, the warning, on both`, () => {
      const w = exportLinkWords(language);
      const view = exportLinkView(language, 'America/New_York', ok);
      const s = slack(view);
      const t = teams(view);
      const facts = [w.title('18:30', 15).replace(/\*/g, ''), w.contents, w.secret];
      for (const [platform, shown] of [['slack', s.shown], ['teams', t.shown]] as const) {
        for (const fact of facts) expect(plain(shown), `${platform}: ${fact}`).toContain(plain(fact));
      }
      expect(s.json).toContain(`<${URL_}|`);
      expect(t.json).toContain(`](${URL_})`);
    });
  }

  it('no link: why, in words, on both', () => {
    for (const [out, words] of [[{ status: 'not_admin' }, exportLinkWords('ja').notAdmin], [{ status: 'no_base' }, exportLinkWords('en').noBase]] as const) {
      const view = exportLinkView(words === exportLinkWords('ja').notAdmin ? 'ja' : 'en', 'Asia/Tokyo', out);
      expect(view.fallbackText).toBe(words);
      expect(plain(slack(view).shown)).toContain(plain(words));
      expect(plain(teams(view).shown)).toContain(plain(words));
      expect(slack(view).json).not.toContain('/exports/');
    }
  });
});

describe('invoice payment granted or cleared, on Slack and Teams', () => {
  for (const language of ['ja', 'en'] as const) {
    it(`${language}: the member and the company as typed, on both`, () => {
      const granted = invoiceRightsView(language, { platformUserId: 'UASK' }, HOSTILE);
      const cleared = invoiceRightsView(language, { platformUserId: 'UASK' }, null);
      for (const view of [granted, cleared]) {
        const s = slack(view);
        const t = teams(view);
        expect(s.json).toContain('<@UASK>');
        expect(t.shown).toContain('質問 者');
        expect(plain(s.shown)).toContain(plain(t.shown)); // Slack's also names its block types
      }
      expect(plain(teams(granted).shown)).toContain(plain(HOSTILE));
      expect(slack(granted).json).not.toContain('<!here>');
      expect(teams(granted).json).not.toContain('[pay](');
    });
  }
});
