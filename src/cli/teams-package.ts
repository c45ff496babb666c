/**
 * `npx mamori teams package [--out mamori-teams.zip]`: the Teams app package a tenant admin uploads
 * (Teams admin center → Manage apps → Upload). manifests/teams/manifest.json with the bot id (the
 * Entra app's client id), the app id and the bot's domain filled in from configuration, and the
 * icons drawn by src/bots/teams/icons.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import type { Command } from 'commander';
import { loadTeamsConfig, TeamsConfigError, type TeamsConfig } from '../bots/teams/config.js';
import { teamsIcons } from '../bots/teams/icons.js';

export const MANIFEST_TEMPLATE = fileURLToPath(new URL('../../manifests/teams/manifest.json', import.meta.url));

/** A stable app id for the bot id when TEAMS_APP_ID is not set (a v4-shaped GUID from its hash). */
export function defaultAppId(botId: string): string {
  const h = createHash('sha256').update(`mamori-teams-app:${botId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function buildManifest(config: Pick<TeamsConfig, 'clientId' | 'appId' | 'botDomain'>, template = readFileSync(MANIFEST_TEMPLATE, 'utf8')): Record<string, unknown> {
  if (!config.clientId) throw new TeamsConfigError('TEAMS_CLIENT_ID (the bot\'s Entra app id) is required to build the Teams package');
  if (!config.botDomain) throw new TeamsConfigError('TEAMS_BOT_DOMAIN (the public host name of the bot, e.g. mamori.example.co.jp) is required');
  const filled = template
    .replaceAll('{{BOT_ID}}', config.clientId)
    .replaceAll('{{TEAMS_APP_ID}}', config.appId ?? defaultAppId(config.clientId))
    .replaceAll('{{BOT_DOMAIN}}', config.botDomain);
  return JSON.parse(filled) as Record<string, unknown>;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A minimal ZIP (deflate), enough for an app package: flat file names, no directories. */
export function zip(files: Array<{ name: string; data: Uint8Array }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const dosTime = 0; // 1980-01-01 00:00: reproducible packages
  const dosDate = 0x21;
  for (const f of files) {
    const name = Buffer.from(f.name, 'utf8');
    const packed = deflateRawSync(f.data);
    const crc = crc32(f.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6); local.writeUInt16LE(8, 8);
    local.writeUInt16LE(dosTime, 10); local.writeUInt16LE(dosDate, 12); local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18); local.writeUInt32LE(f.data.length, 22); local.writeUInt16LE(name.length, 26); local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10); central.writeUInt16LE(dosTime, 12); central.writeUInt16LE(dosDate, 14); central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20); central.writeUInt32LE(f.data.length, 24); central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(files.length, 8); end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

export function buildTeamsPackage(config: Pick<TeamsConfig, 'clientId' | 'appId' | 'botDomain'>): Buffer {
  const manifest = buildManifest(config);
  const icons = teamsIcons();
  return zip([
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
    { name: 'color.png', data: icons.color },
    { name: 'outline.png', data: icons.outline },
  ]);
}

export function registerTeamsCommands(
  program: Command,
  options: {
    env?: () => Record<string, string | undefined>;
    out?: (line: string) => void;
    err?: (line: string) => void;
    setExitCode?: (code: number) => void;
  } = {},
): void {
  const out = options.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const err = options.err ?? ((line: string) => process.stderr.write(`${line}\n`));
  const fail = options.setExitCode ?? ((code: number) => (process.exitCode = code));
  const teams = program.command('teams').description('Microsoft Teams app');
  teams.command('package')
    .description('zip the Teams app package (manifest + icons) for upload, with the bot id from TEAMS_CLIENT_ID')
    .option('-o, --out <file>', 'where to write the package', 'mamori-teams.zip')
    .action((opts: { out: string }) => {
      // A missing setting or an unwritable file is the admin's to fix: one line, like every other command.
      try {
        const config = loadTeamsConfig((options.env ?? (() => process.env))());
        if (!config || !config.clientId) {
          throw new TeamsConfigError('Teams is not configured: set TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET, TEAMS_TENANT_ID and TEAMS_BOT_DOMAIN (README: "Connecting Microsoft Teams")');
        }
        writeFileSync(opts.out, buildTeamsPackage(config));
        out(`wrote ${opts.out} (bot ${config.clientId}, domain ${config.botDomain})`);
      } catch (e) {
        if (!(e instanceof TeamsConfigError) && typeof (e as NodeJS.ErrnoException)?.code !== 'string') throw e;
        err(`mamori: ${(e as Error).message.replace(/:\n\s*/, ': ').replace(/\n\s*/g, '; ')}`);
        fail(1);
      }
    });
}
