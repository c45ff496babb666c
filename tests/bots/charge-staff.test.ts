/**
 * Who a call's stress was recorded for, as both platforms show it under a harassing call's answer
 * (one view block, src/flows/views/view.ts `member_select`): Slack a user select showing the member,
 * Teams a people picker with its own button; the analysis id comes back with the choice. And how a
 * Slack sharer names the staff member: a user mention in the message that carries the file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/analysis/index.js';
import { renderView } from '../../src/bots/slack/blocks/render.js';
import { namedStaff } from '../../src/bots/slack/intake.js';
import { cardTexts, renderAdaptiveCard } from '../../src/bots/teams/adaptive-card.js';
import { buildAnalysisView } from '../../src/flows/views/analysis-view.js';

const ID = '5b0c1d2e-7a41-4f0e-9c3b-1e2f3a4b5c6d';
const harassment = analyzeFile(readFileSync(new URL('../../samples/ja-harassment.vtt', import.meta.url)), 'ja-harassment.vtt');
const complaint = analyzeFile(readFileSync(new URL('../../samples/ja-complaint.txt', import.meta.url)), 'ja-complaint.txt');
const chargedTo = { platformUserId: 'U-mori', name: '森 美咲', how: 'speaker' as const, label: '森 美咲' };

describe('the answer says whose stress the call was recorded for, and offers to change it', () => {
  it('Slack: a user select showing the member, the analysis id in its block id, the reason beside it', () => {
    const view = buildAnalysisView(harassment, { analysisId: ID, maxExcerpts: 5, chargedTo });
    const blocks = renderView(view, { surface: 'message' }).blocks as Array<Record<string, any>>;
    const select = blocks.find((b) => b.accessory?.type === 'users_select');
    expect(select).toMatchObject({ block_id: `charge_staff:${ID}`, accessory: { action_id: 'charge_staff', initial_user: 'U-mori' } });
    expect(select!.text.text).toContain('負荷の記録先');
    expect(select!.text.text).toContain('話者「森 美咲」');
  });

  it('Teams: the name, a people picker preset to the member, and a button that sends the analysis id', () => {
    const view = buildAnalysisView(harassment, { analysisId: ID, maxExcerpts: 5, chargedTo });
    const card = renderAdaptiveCard(view);
    const json = JSON.stringify(card);
    const picker = (card.body as Array<Record<string, any>>).find((e) => e.type === 'Input.ChoiceSet');
    expect(picker).toMatchObject({ id: 'member', value: 'U-mori', choices: [{ title: '森 美咲', value: 'U-mori' }], 'choices.data': { dataset: 'graph.microsoft.com/users' } });
    expect(json).toContain('"verb":"charge_staff"');
    expect(json).toContain(`"value":"${ID}"`);
    expect(cardTexts(card).join('\n')).toContain('負荷の記録先');
  });

  it('English readers get it in English; a copy without buttons has the line and no select', () => {
    const en = buildAnalysisView({ ...harassment, language: 'en' }, { analysisId: ID, maxExcerpts: 5, chargedTo: { ...chargedTo, how: 'named' } });
    expect(JSON.stringify(en)).toContain('Stress recorded for');
    expect(JSON.stringify(en)).toContain('named when shared');
    const modal = buildAnalysisView(harassment, { analysisId: ID, withActions: false, chargedTo });
    expect(modal.blocks.some((b) => b.type === 'member_select')).toBe(false);
    expect(JSON.stringify(modal)).toContain('負荷の記録先');
  });

  it('a call that is not harassment adds no stress, so says nothing about it', () => {
    const view = buildAnalysisView(complaint, { analysisId: ID, maxExcerpts: 5, chargedTo });
    expect(JSON.stringify(view)).not.toContain('負荷の記録先');
  });
});

describe('namedStaff: the member a Slack sharer mentions with the file', () => {
  it('is the first user mentioned who is neither the bot nor the sharer', () => {
    expect(namedStaff('<@UBOT> 森さんの通話です <@U0MORI>', 'U0BOSS', 'UBOT')).toBe('U0MORI');
    expect(namedStaff('<@U0BOSS> <@W0MORI|mori> お願いします', 'U0BOSS', 'UBOT')).toBe('W0MORI');
    expect(namedStaff('<@UBOT> 私の通話です', 'U0BOSS', 'UBOT')).toBeUndefined();
    expect(namedStaff(undefined, 'U0BOSS', 'UBOT')).toBeUndefined();
    expect(namedStaff('<!here> <#C123> 通話', 'U0BOSS', 'UBOT')).toBeUndefined();
  });
});
