/**
 * The Slack app manifest (manifests/slack.json) and `npx mamori slack manifest`: group DMs are read
 * (mpim:history with its message.mpim event, beside the DM and channel ones), every URL uses the one
 * `https://YOUR-HOST` placeholder, and the command writes the manifest with the host everywhere — or,
 * for Socket Mode, with Socket Mode on and no request URLs.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { HOST_PLACEHOLDER, SLACK_MANIFEST } from '../../src/cli/slack-manifest.js';

const dir = mkdtempSync(join(tmpdir(), 'mamori-slack-manifest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every string in the manifest that looks like a URL. */
function urls(node: unknown): string[] {
  if (typeof node === 'string') return /^https?:\/\//.test(node) ? [node] : [];
  if (Array.isArray(node)) return node.flatMap(urls);
  if (node && typeof node === 'object') return Object.values(node).flatMap(urls);
  return [];
}

async function mamori(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('manifests/slack.json', () => {
  const manifest = JSON.parse(readFileSync(SLACK_MANIFEST, 'utf8'));

  it('reads files shared in group DMs: the mpim:history scope and the message.mpim event', () => {
    expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['mpim:history', 'im:history', 'channels:history', 'groups:history', 'files:read']));
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(expect.arrayContaining(['message.mpim', 'message.im', 'message.channels', 'message.groups', 'app_mention']));
  });

  it('has one placeholder, https://YOUR-HOST, in every URL (events, interactivity, each slash command)', () => {
    const all = urls(manifest);
    expect(all.length).toBe(2 + manifest.features.slash_commands.length);
    for (const url of all) expect(url.startsWith(`${HOST_PLACEHOLDER}/`), url).toBe(true);
    expect(JSON.stringify(manifest).match(/YOUR[-_A-Z]*/g)!.every((p: string) => p === 'YOUR-HOST')).toBe(true);
  });
});

describe('npx mamori slack manifest', () => {
  it('--host: writes the manifest with the host in every URL, nothing else changed', async () => {
    const file = join(dir, 'slack.json');
    const r = await mamori(['slack', 'manifest', '--host', 'https://mamori.example.co.jp/', '--out', file]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toContain(file);
    const written = readFileSync(file, 'utf8');
    expect(written).not.toContain('YOUR-HOST');
    const m = JSON.parse(written);
    const all = urls(m);
    expect(all.length).toBe(2 + m.features.slash_commands.length);
    for (const url of all) expect(url).toBe('https://mamori.example.co.jp/slack/events');
    expect(m.settings.socket_mode_enabled).toBe(false);
    expect(m.oauth_config).toEqual(JSON.parse(readFileSync(SLACK_MANIFEST, 'utf8')).oauth_config);
  });

  it('prints it without --out; a bare host name is taken as https', async () => {
    const r = await mamori(['slack', 'manifest', '--host', 'mamori.example.co.jp']);
    expect(r.code).toBe(0);
    expect(urls(JSON.parse(r.out.join('\n')))).toContain('https://mamori.example.co.jp/slack/events');
  });

  it('--socket: Socket Mode on and no request URLs (Slack sends everything over the socket)', async () => {
    const r = await mamori(['slack', 'manifest', '--socket']);
    expect(r.code).toBe(0);
    const m = JSON.parse(r.out.join('\n'));
    expect(m.settings.socket_mode_enabled).toBe(true);
    expect(urls(m)).toEqual([]);
    expect(m.settings.event_subscriptions.bot_events).toContain('message.mpim');
    expect(m.settings.interactivity.is_enabled).toBe(true);
  });

  it('refuses a host that is not https, one with a path, and neither or both of --host and --socket: one line, exit 1', async () => {
    for (const args of [['--host', 'http://mamori.example.co.jp'], ['--host', 'https://mamori.example.co.jp/slack/events'], [], ['--host', 'https://a.example', '--socket']]) {
      const r = await mamori(['slack', 'manifest', ...args]);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err).toEqual([expect.stringMatching(/^mamori: /)]);
      expect(r.out).toEqual([]);
    }
  });
});
