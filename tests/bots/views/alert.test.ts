/**
 * The view contract for the supervisor alert: one view, rendered by Slack's Block Kit renderer and
 * Teams' Adaptive Card renderer, shows the same facts (title, who shared and who asked, risk, level,
 * categories, reminder, the way back to the thread, who took it and when on the organisation's
 * clock), sends the same button back, and shows a typed file name as typed on both.
 */
import { describe, expect, it } from 'vitest';
import { renderView } from '../../../src/bots/slack/blocks/render.js';
import { cardTexts, renderAdaptiveCard, renderAdaptiveCards } from '../../../src/bots/teams/adaptive-card.js';
import { teamsMessageLink } from '../../../src/bots/teams/message-link.js';
import type { AlertPayload } from '../../../src/flows/actions/alerts.js';
import { alertTime, buildAlertView, type AlertViewOptions } from '../../../src/flows/views/alert-view.js';
import { catName } from '../../../src/flows/views/format.js';
import { LABELS } from '../../../src/flows/views/labels.js';

const HOSTILE = 'call <!here> [pay](https://evil.example) *x*.vtt';
const ANALYSIS_ID = '5b0c1d2e-7a41-4f0e-9c3b-1e2f3a4b5c6d';
const NAMES = new Map([['USTAFF', '佐藤'], ['UASKER', '鈴木'], ['UBOSS', '田中']]);

const payload = (over: Partial<AlertPayload> = {}): AlertPayload => ({
  submissionId: 's1', analysisId: ANALYSIS_ID, fileName: HOSTILE, verdict: 'kasuhara', risk: 88, level: 'high',
  categories: ['abuse', 'threat'], staffUserId: 'USTAFF', ...over,
});

/** Letters and digits only: the platforms mark text up differently. */
const plain = (s: string) => s.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');

function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(strings);
  if (node && typeof node === 'object') return Object.entries(node).filter(([k]) => k !== 'value' && k !== 'action_id').flatMap(([, v]) => strings(v));
  return [];
}

function slack(a: AlertPayload, o: AlertViewOptions) {
  const { blocks, text } = renderView(buildAlertView(a, o), { surface: 'message' });
  const json = JSON.stringify(blocks);
  const buttons = blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []))
    .map((e) => e as { action_id?: string; value?: string }).map((e) => `${e.action_id}=${e.value}`);
  // Slack shows a mention as the member's name: stand the name in for the facts.
  const shown = strings(blocks).join(' ').replace(/<@(\w+)>/g, (_, id: string) => NAMES.get(id) ?? id);
  return { json, text, shown, buttons };
}

function teams(a: AlertPayload, o: AlertViewOptions) {
  const [card] = renderAdaptiveCards(buildAlertView(a, o), { names: NAMES });
  const buttons = ((card!.actions ?? []) as unknown as Array<{ verb: string; data: { value: string } }>).map((x) => `${x.verb}=${x.data.value}`);
  return { json: JSON.stringify(card), shown: cardTexts(card).join(' '), buttons };
}

describe('the supervisor alert on Slack and Teams', () => {
  for (const language of ['ja', 'en'] as const) {
    it(`${language}: the same facts and the same button on both`, () => {
      const L = LABELS[language];
      const a = payload({ requestedBy: 'UASKER', reminder: true });
      const o = { language, timeZone: 'Asia/Tokyo' };
      const s = slack(a, o);
      const t = teams(a, o);
      const facts = [
        L.alertTitle, L.alertReminder, L.alertConsult('鈴木'), L.alertFrom('佐藤'), L.risk, '88/100', L.level.high,
        ...a.categories.map((c) => catName(c, language)),
      ];
      for (const [platform, shown] of [['slack', s.shown], ['teams', t.shown]] as const) {
        for (const fact of facts) expect(plain(shown), `${platform}: ${fact}`).toContain(plain(fact));
      }
      expect(s.buttons).toEqual([`acknowledge_alert=${ANALYSIS_ID}`]);
      expect(t.buttons).toEqual(s.buttons);
    });
  }

  it('once taken: who and when on the organisation\'s clock, and no button, on both', () => {
    const a = payload({ acknowledgedBy: 'UBOSS', acknowledgedAt: '2026-12-07T23:30:00.000Z' });
    const o = { language: 'en' as const, timeZone: 'America/New_York' };
    const when = alertTime(a.acknowledgedAt, 'en', 'America/New_York');
    expect(when).toContain('18:30'); // not Tokyo's 08:30 of the next day
    for (const shown of [slack(a, o).shown, teams(a, o).shown]) {
      expect(plain(shown)).toContain(plain(LABELS.en.acknowledgedBy('田中', when)));
    }
    expect(slack(a, o).buttons).toEqual([]);
    expect(teams(a, o).buttons).toEqual([]);
    expect(slack(a, o).json).toContain('<@UBOSS>');
  });

  it('a time it cannot read says so; a zone Intl does not know falls back to Tokyo rather than failing the alert', () => {
    expect(alertTime(undefined, 'ja', 'Asia/Tokyo')).toBe(LABELS.ja.unknownTime);
    const at = '2026-12-07T23:30:00.000Z';
    expect(alertTime(at, 'ja', 'Not/AZone')).toBe(alertTime(at, 'ja', 'Asia/Tokyo'));
  });

  it('the thread: a link where the platform gave one, a note where the answer is private', () => {
    const url = 'https://example.slack.com/archives/C1/p123';
    const s = slack(payload(), { language: 'ja', timeZone: 'Asia/Tokyo', thread: { url } });
    expect(s.json).toContain(`<${url}|${LABELS.ja.thread}>`);
    const t = teams(payload(), { language: 'ja', timeZone: 'Asia/Tokyo', thread: { url } });
    expect(t.json).toContain(`[${LABELS.ja.thread}](${url})`);
    for (const shown of [slack(payload(), { language: 'ja', timeZone: 'Asia/Tokyo', thread: 'private' }).shown, teams(payload(), { language: 'ja', timeZone: 'Asia/Tokyo', thread: 'private' }).shown]) {
      expect(shown).toContain(LABELS.ja.alertNoLink);
    }
  });

  it('a Teams answer in a channel thread or a group chat: the alert links to it, as Slack links its permalink', () => {
    const tenantId = '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';
    const inThread = teamsMessageLink({ conversationId: '19:a1b2c3@thread.tacv2;messageid=1700000000001', conversationType: 'channel', messageId: '1700000000999', tenantId })!;
    const inChat = teamsMessageLink({ conversationId: '19:meeting_abc@thread.v2', conversationType: 'groupChat', messageId: '1700000000555', tenantId })!;
    for (const url of [inThread, inChat]) {
      const t = teams(payload(), { language: 'en', timeZone: 'Asia/Tokyo', thread: { url } });
      // A link the card renderer would not accept would be shown as plain text: this one is a link.
      expect(t.json).toContain(`[${LABELS.en.thread}](${url})`);
      expect(t.shown).not.toContain(LABELS.en.alertNoLink);
    }
  });

  it('a typed file name is shown as typed: no Slack broadcast, no Teams link', () => {
    const o = { language: 'ja' as const, timeZone: 'Asia/Tokyo' };
    const s = slack(payload(), o);
    expect(s.json).not.toContain('<!here>');
    expect(s.json).not.toContain('<https://evil');
    const card = JSON.stringify(renderAdaptiveCard(buildAlertView(payload(), o)));
    expect(card).not.toContain('[pay](');
    expect(plain(teams(payload(), o).shown)).toContain(plain(HOSTILE));
  });
});
