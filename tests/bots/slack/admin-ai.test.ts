/**
 * The AI review's admin commands on Slack, end to end: signed `/mamori-admin ai …` commands, a shared
 * VTT analysed by the real pipeline with the real reviewer talking to a fake OpenAI-compatible server,
 * and the manual modal with an uploaded Markdown file. The reviewer is wired here only (as
 * src/server/compose.ts does), not in the shared harness.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../src/analysis/index.js';
import { createSlackAdapter, SLACK_EVENTS_PATH, type SlackAdapter } from '../../../src/bots/slack/app.js';
import { loadSlackConfig } from '../../../src/bots/slack/config.js';
import { REVIEW_MANUAL_VIEW } from '../../../src/bots/slack/listeners/commands/admin-ai.js';
import { ensureOrganisation } from '../../../src/db/repo/organisations.js';
import { reviewOrgFor } from '../../../src/db/repo/review.js';
import type { ActionDeps } from '../../../src/flows/actions/deps.js';
import { bossJobQueue, startBoss } from '../../../src/jobs/boss.js';
import { startPipelineWorkers, type PipelineWorkers } from '../../../src/jobs/workers.js';
import { silentLogger } from '../../../src/logger.js';
import { createReviewer } from '../../../src/review/index.js';
import { startFakeOpenAiChat, type FakeOpenAiChat } from '../../helpers/fake-openai-chat.js';
import { testFeatures } from '../../helpers/features.js';
import { FakeSlack, SlackSigner } from '../../helpers/fake-slack.js';
import { openTestDatabase, testJobsConfig, waitFor, type TestDatabase } from '../../helpers/test-database.js';
import { answer } from '../../review/answers.js';
import { dmFileEvent, SIGNING_SECRET, waitForThreadText, type Harness } from './harness.js';

const VTT = readFileSync(new URL('../../../samples/ja-harassment.vtt', import.meta.url), 'utf8');

let slack: FakeSlack;
let model: FakeOpenAiChat;
let t: TestDatabase;
let boss: PgBoss;
let workers: PipelineWorkers | null = null;
let adapter: SlackAdapter;
let server: Server;
let signer: SlackSigner;
let deps: ActionDeps;

beforeAll(async () => {
  model = await startFakeOpenAiChat(() => ({ content: answer(), usage: { prompt_tokens: 1000, completion_tokens: 200 } }));
  slack = new FakeSlack();
  await slack.start();
  slack.admins.add('UADMIN');
  t = await openTestDatabase();
  const jobs = testJobsConfig({ retryDelaySeconds: 1, deliveryExpireSeconds: 20, analysisExpireSeconds: 20 });
  boss = await startBoss(t.database, jobs, silentLogger, { supervise: true });
  const queue = bossJobQueue(boss, t.database);
  deps = { database: t.database, queue, orgDefaults: { monthlyMinuteQuota: 3000, retentionDays: 90 }, logger: silentLogger };
  const config = loadSlackConfig({ SLACK_BOT_TOKEN: slack.token, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, SLACK_API_RETRIES: '3', SLACK_API_TIMEOUT_MS: '5000' });
  adapter = createSlackAdapter(config, deps, testFeatures(), silentLogger, () => workers?.notify());
  const reviewer = createReviewer({
    config: { apiKey: 'sk-test', baseURL: model.baseURL, model: 'gpt-4o-mini', timeoutMs: 10_000, maxRetries: 0, maxInputTokens: 12_000, maxOutputTokens: 2_000 },
    logger: silentLogger,
  });
  workers = startPipelineWorkers({
    boss, database: t.database, queue, jobs, logger: silentLogger,
    ports: {
      files: adapter.files, analyse: analyzeFile, messenger: adapter.messenger,
      // As src/server/compose.ts: each organisation's own settings.
      reviewer: async ({ transcript, result, org }) => reviewer({ transcript, result, org: await reviewOrgFor(t.database.db, org) }),
    },
  });
  await adapter.start();
  server = createServer((req, res) => {
    if (new URL(req.url ?? '/', 'http://x').pathname === SLACK_EVENTS_PATH && adapter.requestListener) return adapter.requestListener(req, res);
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  signer = new SlackSigner(`http://127.0.0.1:${(server.address() as AddressInfo).port}${SLACK_EVENTS_PATH}`, SIGNING_SECRET);
}, 60_000);

afterAll(async () => {
  await new Promise<void>((r) => server?.close(() => r()));
  await workers?.stop();
  await boss?.stop({ graceful: false, wait: true, close: false });
  await adapter?.stop();
  await t?.close();
  await slack?.stop();
  await model?.close();
});

let seq = 0;
function command(text: string, user = 'UADMIN', answered = true) {
  const id = `ai${++seq}`;
  void signer.command({
    token: 'legacy', team_id: 'T1', team_domain: 'test', channel_id: 'C-any', channel_name: 'any', user_id: user, user_name: `${user.toLowerCase()}-name`,
    command: '/mamori-admin', text, api_app_id: 'A1', response_url: `${slack.base}/respond/${id}`, trigger_id: `trig-${id}`,
  });
  if (!answered) return Promise.resolve({ text: '' });
  return waitFor(`response ${id}`, () => slack.responses.find((r) => r.id === id)?.body as { text: string } | undefined);
}

async function analyse(fileId: string, variant: string) {
  slack.addFile({ id: fileId, name: `${fileId}.vtt`, mimetype: 'text/vtt', filetype: 'vtt', content: VTT.replace('慰謝料', variant) });
  const h = { slack } as unknown as Harness;
  const { event, ts, channel } = dmFileEvent(h, fileId);
  expect((await signer.event(event, { eventId: `Ev-${fileId}` })).status).toBe(200);
  return waitForThreadText(h, channel, ts, new RegExp(`${variant}5万払え`));
}

describe('/mamori-admin ai on Slack', () => {
  it('is for admins only', async () => {
    expect((await command('ai on', 'U-staff')).text).toMatch(/管理者だけ/);
    expect((await command('ai usage', 'U-staff')).text).toMatch(/管理者だけ/);
  });

  it('ai on: the model is asked and the answer says so; ai off: an analysis makes no request to the model', async () => {
    expect((await command('ai')).text).toMatch(/無効/);
    expect((await command('ai on')).text).toMatch(/有効にしました/);
    const reviewed = await analyse('F-AI-ON', '慰謝料');
    expect(model.requests).toHaveLength(1);
    expect(model.requests[0]!.body.model).toBe('gpt-4o-mini');
    expect(JSON.stringify(reviewed.blocks)).toMatch(/AIによる確認: 済 \(gpt-4o-mini, /);

    expect((await command('ai off')).text).toMatch(/無効にしました/);
    const engineOnly = await analyse('F-AI-OFF', '賠償金');
    expect(model.requests).toHaveLength(1); // nothing more was sent
    expect(JSON.stringify(engineOnly.blocks)).not.toMatch(/AIによる確認/);
  });

  it('ai usage: this month\'s requests, tokens and cost', async () => {
    const usage = await command('ai usage');
    expect(usage.text).toMatch(/AI利用量/);
    expect(usage.text).toMatch(/1 回 ・ 入力 1,000 \/ 出力 200 トークン ・ 費用 \$0\.0003/);
  });

  it('ai model: a valid name is stored, a bad one refused', async () => {
    expect((await command('ai model gpt-4.1-mini')).text).toMatch(/gpt-4\.1-mini にしました/);
    expect((await command('ai model gpt 4o!')).text).toMatch(/使えない文字/);
    const org = await ensureOrganisation(t.database.db, { platform: 'slack', platformTeamId: 'T1', name: 'x' }, deps.orgDefaults);
    expect((await reviewOrgFor(t.database.db, org)).model).toBe('gpt-4.1-mini');
  });

  it('manual: opens a modal with a file input; an uploaded Markdown file becomes the manual', async () => {
    await command('manual', 'UADMIN', false);
    const open = await waitFor('views.open', () => slack.callsOf('views.open').find((c) => (c.args.view as { callback_id?: string })?.callback_id === REVIEW_MANUAL_VIEW
      || JSON.stringify(c.args.view).includes(REVIEW_MANUAL_VIEW)));
    const view = (typeof open.args.view === 'string' ? JSON.parse(open.args.view) : open.args.view) as { private_metadata: string; blocks: unknown[] };
    expect(JSON.stringify(view.blocks)).toContain('file_input');

    slack.addFile({ id: 'F-MANUAL', name: 'manual.md', mimetype: 'text/markdown', filetype: 'markdown', content: '# 対応マニュアル\n脅迫には通話を終了してよい。' });
    const submit = (values: Record<string, unknown>) => signer.interaction({
      type: 'view_submission', token: 'legacy', api_app_id: 'A1', trigger_id: 'trig-m',
      user: { id: 'UADMIN', team_id: 'T1', username: 'uadmin-name', name: 'uadmin-name' }, team: { id: 'T1', domain: 'test' },
      view: { id: 'V-MANUAL', type: 'modal', callback_id: REVIEW_MANUAL_VIEW, private_metadata: view.private_metadata, title: { type: 'plain_text', text: 'x' }, state: { values }, hash: 'h' },
    });
    const empty = await submit({ file: { file: { type: 'file_input', files: [] } }, text: { text: { type: 'plain_text_input', value: null } } });
    expect(JSON.parse(empty.text)).toMatchObject({ response_action: 'errors', errors: { text: expect.stringMatching(/アップロード/) } });

    const ok = await submit({ file: { file: { type: 'file_input', files: [slack.fileObject('F-MANUAL')] } }, text: { text: { type: 'plain_text_input', value: null } } });
    expect(ok.status).toBe(200);
    await waitFor('manual saved DM', () => slack.callsOf('chat.postMessage').find((c) => c.args.channel === 'UADMIN' && /対応マニュアルを登録しました/.test(String(c.args.text))));
    const org = await ensureOrganisation(t.database.db, { platform: 'slack', platformTeamId: 'T1', name: 'x' }, deps.orgDefaults);
    expect((await reviewOrgFor(t.database.db, org)).manual).toBe('# 対応マニュアル\n脅迫には通話を終了してよい。');
    expect((await command('ai')).text).toMatch(/対応マニュアル: 24 文字/);
  });
});
