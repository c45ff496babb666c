/**
 * A practice session as pure state transitions: each reply is judged, the customer answers from the kind of
 * reply it was, and the session ends at an end step or when its turns run out, with a summary score and
 * the two habits to work on. A fake judge names the reply class outright, so the branching is what is
 * tested; the last case plays a built-in scenario with the real evaluator.
 */
import { describe, expect, it } from 'vitest';
import { evaluateReply, HABITS, type Habit, type HabitVerdict, type ReplyClass, type ReplyEvaluation } from '../../../src/analysis/staff-reply/index.js';
import { answer, startPractice, type ReplyJudge } from '../../../src/flows/practice/session.js';
import { summarize } from '../../../src/flows/practice/summary.js';
import { chooseScenario, scenariosFor } from '../../../src/flows/practice/choose-scenario.js';
import { builtInScenarios } from '../../../src/practice/library.js';

const library = builtInScenarios();
const scenario = library.find((s) => s.id === 'ja-phone-mailorder-isharyo')!;

/** A judge reading the reply as `class:habit=verdict,…` so a test says exactly what the evaluator found. */
const fake: ReplyJudge = (reply) => {
  const [cls, rest = ''] = reply.split(':');
  const verdicts = Object.fromEntries(HABITS.map((h) => [h, h === 'stay_respectful' ? 'good' : 'na'])) as Record<Habit, HabitVerdict>;
  for (const pair of rest.split(',').filter(Boolean)) {
    const [h, v] = pair.split('=') as [Habit, HabitVerdict];
    verdicts[h] = v;
  }
  const atStake = HABITS.filter((h) => verdicts[h] !== 'na');
  return {
    habits: Object.fromEntries(HABITS.map((h) => [h, { habit: h, name: h, verdict: verdicts[h], evidence: [] }])),
    replyClass: cls as ReplyClass,
    good: [],
    change: HABITS.filter((h) => verdicts[h] === 'bad'),
    better: 'より良い返答',
    score: Math.round((100 * atStake.filter((h) => verdicts[h] === 'good').length) / Math.max(1, atStake.length)),
    judgedBy: 'fake',
  } as unknown as ReplyEvaluation;
};

describe('a practice session', () => {
  it('opens with the scenario\'s first customer line', () => {
    const { session, customer } = startPractice(scenario);
    expect(customer).toBe(scenario.steps.open!.customer);
    expect(session).toEqual({ scenarioId: scenario.id, step: 'open', turns: [], outcome: null });
  });

  it('refuse, then warn: the customer presses, is warned, and the call ends well', () => {
    let { session } = startPractice(scenario);
    const first = answer(scenario, session, 'refused:acknowledge=good,refuse_clearly=good', fake);
    expect(first.session.step).toBe('press');
    expect(first.customer).toBe(scenario.steps.press!.customer);
    const second = answer(scenario, first.session, 'warned:name_conduct=good', fake);
    expect(second.session.step).toBe('final');
    const third = answer(scenario, second.session, 'warned:name_conduct=good,keep_record=good', fake);
    expect(third.session.outcome).toBe('ended_by_staff');
    expect(third.customer).toBe(scenario.steps.ended!.customer);
    const summary = summarize(third.session);
    expect(summary).toMatchObject({ turns: 3, score: 100, outcome: 'ended_by_staff', handledWell: true, workOn: [] });
    session = third.session;
    expect(() => answer(scenario, session, 'refused:', fake)).toThrow(/already ended/);
  });

  it('giving in ends the session at once, badly, and the model reply is offered', () => {
    const { session } = startPractice(scenario);
    const r = answer(scenario, session, 'gave_in:no_overpromise=bad,refuse_clearly=bad', fake);
    expect(r.session.outcome).toBe('gave_in');
    expect(r.turn.better).toBe(scenario.steps.open!.model);
    expect(summarize(r.session)).toMatchObject({ handledWell: false, workOn: ['no_overpromise', 'refuse_clearly'] });
  });

  it('the two habits to work on: most often failed, the gravest first on a tie', () => {
    let { session } = startPractice(scenario);
    session = answer(scenario, session, 'stalled:refuse_clearly=bad,keep_record=bad', fake).session;
    session = answer(scenario, session, 'other:refuse_clearly=bad,acknowledge=bad,keep_record=bad', fake).session;
    expect(summarize(session).workOn).toEqual(['refuse_clearly', 'keep_record']);
    const tie = answer(scenario, startPractice(scenario).session, 'insulted_back:stay_respectful=bad,acknowledge=bad', fake).session;
    expect(summarize(tie).workOn).toEqual(['stay_respectful', 'acknowledge']);
  });

  it('ends when its turns run out, with no further customer line', () => {
    let r = { session: startPractice(scenario).session, customer: '' as string | null };
    for (let i = 0; i < scenario.maxTurns; i++) r = answer(scenario, r.session, 'other:', fake);
    expect(r.session.outcome).toBe('time_up');
    expect(r.customer).toBeNull();
    expect(r.session.turns).toHaveLength(scenario.maxTurns);
  });

  it('is plain JSON: a stored session plays on the same', () => {
    const { session } = startPractice(scenario);
    const stored = JSON.parse(JSON.stringify(answer(scenario, session, 'refused:', fake).session));
    expect(answer(scenario, stored, 'warned:', fake).session.step).toBe('final');
  });

  it('plays a built-in scenario with the real evaluator (the signals alone): a §4 reply ends it well', () => {
    const judge: ReplyJudge = (reply, ctx) => evaluateReply(reply, ctx, null);
    let r = answer(scenario, startPractice(scenario).session, 'お届けが遅れご不便をおかけしたことはお詫びいたします。ただ、慰謝料のお支払いには応じかねます。', judge);
    expect(r.turn.replyClass).toBe('refused');
    r = answer(scenario, r.session, '暴言が続くようでしたら、お電話を終了させていただきます。', judge);
    r = answer(scenario, r.session, 'ご回答は変わりません。これ以上続くようでしたら通話を終了いたします。この通話は録音しております。', judge);
    expect(r.session.outcome).toBe('ended_by_staff');
    expect(summarize(r.session).handledWell).toBe(true);
  });
});

describe('おまかせ: choosing a scenario', () => {
  it('picks among those that fit the wish, skipping the ones just practised', () => {
    const threats = scenariosFor(library, { lang: 'ja', category: 'threat' });
    expect(threats.length).toBeGreaterThan(0);
    expect(chooseScenario(library, { lang: 'ja', category: 'threat' }, 0)?.id).toBe(threats[0]!.id);
    const complaints = scenariosFor(library, { lang: 'en', kind: 'complaint' });
    const chosen = chooseScenario(library, { lang: 'en', kind: 'complaint', recent: [complaints[0]!.id] }, 0);
    expect(chosen?.id).toBe(complaints[1]!.id);
    expect(chooseScenario(library, { lang: 'en', kind: 'complaint', difficulty: 3 }, 0.5)).toBeNull();
    expect(chooseScenario(library, { lang: 'ja', medium: 'meeting' }, 0.999)?.medium).toBe('meeting');
  });
});
