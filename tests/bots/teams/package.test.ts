/** `mamori teams package`: the manifest with the bot id filled in, the icons, a valid zip. */
import { inflateRawSync } from 'node:zlib';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildManifest, buildTeamsPackage, registerTeamsCommands } from '../../../src/cli/teams-package.js';
import { helpText } from '../../../src/flows/help.js';
import { MESSAGE_ACTION_IDS } from '../../../src/bots/teams/listeners/extensions/index.js';

function unzip(buf: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let p = 0;
  while (buf.readUInt32LE(p) === 0x04034b50) {
    const method = buf.readUInt16LE(p + 8);
    const size = buf.readUInt32LE(p + 18);
    const nameLen = buf.readUInt16LE(p + 26);
    const extra = buf.readUInt16LE(p + 28);
    const name = buf.subarray(p + 30, p + 30 + nameLen).toString('utf8');
    const data = buf.subarray(p + 30 + nameLen + extra, p + 30 + nameLen + extra + size);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    p += 30 + nameLen + extra + size;
  }
  return files;
}

const png = (b: Buffer) => ({ sig: b.subarray(1, 4).toString(), width: b.readUInt32BE(16), height: b.readUInt32BE(20) });
const BOT = '11111111-2222-3333-4444-555555555555';

describe('the Teams app package', () => {
  it('has the manifest (current schema, bot id, files, RSC permissions) and both icons at their sizes', () => {
    const files = unzip(buildTeamsPackage({ clientId: BOT, appId: undefined, botDomain: 'mamori.example.co.jp' }));
    expect([...files.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const m = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    expect(m.manifestVersion).toBe('1.22');
    expect(m.$schema).toContain('/v1.22/');
    expect(m.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(m.bots[0].botId).toBe(BOT);
    expect(m.bots[0].supportsFiles).toBe(true);
    expect(m.bots[0].scopes).toEqual(expect.arrayContaining(['personal', 'team']));
    expect(m.webApplicationInfo.id).toBe(BOT);
    const rsc = m.authorization.permissions.resourceSpecific.map((p: { name: string }) => p.name);
    expect(rsc).toEqual(expect.arrayContaining(['OnlineMeeting.ReadBasic.Chat', 'OnlineMeetingTranscript.Read.Chat']));
    // The message actions (「カスハラ解析」, 「質問者を確認」): the ids the adapter's table answers, on messages, no form first.
    const actions = m.composeExtensions[0].commands as Array<{ id: string; type: string; context: string[]; fetchTask: boolean; title: string; description: string }>;
    expect(m.composeExtensions[0].botId).toBe(BOT);
    expect(actions.map((c) => c.id).sort()).toEqual([...MESSAGE_ACTION_IDS].sort());
    for (const c of actions) {
      expect(c).toMatchObject({ type: 'action', context: ['message'], fetchTask: true });
      expect(c.title.length).toBeLessThanOrEqual(32);
      expect(c.description.length).toBeLessThanOrEqual(128);
    }
    expect(JSON.stringify(m)).not.toContain('{{');
    expect(png(files.get('color.png')!)).toEqual({ sig: 'PNG', width: 192, height: 192 });
    expect(png(files.get('outline.png')!)).toEqual({ sig: 'PNG', width: 32, height: 32 });
  });

  it('the command writes the zip from configuration and refuses without a bot id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mamori-pkg-'));
    const lines: string[] = [];
    const env = { TEAMS_CLIENT_ID: BOT, TEAMS_CLIENT_SECRET: 'x', TEAMS_TENANT_ID: BOT, TEAMS_BOT_DOMAIN: 'bot.example.com' };
    const program = new Command().exitOverride();
    registerTeamsCommands(program, { env: () => env, out: (l) => lines.push(l) });
    await program.parseAsync(['teams', 'package', '--out', join(dir, 'p.zip')], { from: 'user' });
    expect(unzip(readFileSync(join(dir, 'p.zip'))).has('manifest.json')).toBe(true);
    expect(lines[0]).toContain(BOT);
    const empty = new Command().exitOverride();
    const errors: string[] = [];
    let exitCode = 0;
    registerTeamsCommands(empty, { env: () => ({}), err: (l) => errors.push(l), setExitCode: (c) => (exitCode = c) });
    await empty.parseAsync(['teams', 'package'], { from: 'user' });
    expect(errors).toEqual([expect.stringMatching(/^mamori: Teams is not configured: set TEAMS_CLIENT_ID/)]);
    expect(exitCode).toBe(1);
  });

  it('the command menus offer what staff use, each a command staff help lists, and no admin-only command', () => {
    const m = buildManifest({ clientId: BOT, appId: undefined, botDomain: 'bot.example.com' }) as any;
    const lists = m.bots[0].commandLists as Array<{ scopes: string[]; commands: Array<{ title: string; description: string }> }>;
    const personal = lists.find((l) => l.scopes.includes('personal'))!.commands.map((c) => c.title);
    expect(personal).toEqual(['ヘルプ', 'ダッシュボード', '予約', '予約一覧', '質問', '検索', '参加予定', '練習']);
    const staffHelp = helpText('teams', 'ja', new Set(['staff']));
    for (const list of lists) {
      expect(list.commands.length).toBeLessThanOrEqual(10);
      for (const c of list.commands) {
        expect(staffHelp, c.title).toContain(`\`${c.title}`);
        expect(c.description.length).toBeLessThanOrEqual(128);
      }
    }
    for (const adminOnly of ['設定', '上長', '通知レベル', '言語', '部署チャンネル', '未インストール']) {
      expect(lists.flatMap((l) => l.commands.map((c) => c.title))).not.toContain(adminOnly);
    }
  });
});
