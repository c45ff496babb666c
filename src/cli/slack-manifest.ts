/**
 * `npx mamori slack manifest --host https://mamori.example.co.jp [--out FILE]` or `… --socket`: the Slack
 * app manifest to paste at api.slack.com/apps, from manifests/slack.json. HTTP mode (the signing secret):
 * every `https://YOUR-HOST` (events, interactivity, each slash command) becomes the host. Socket Mode
 * (SLACK_APP_TOKEN, src/bots/slack/config.ts): Socket Mode switched on and the request URLs left out,
 * since Slack then sends everything over the socket.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';

export const SLACK_MANIFEST = fileURLToPath(new URL('../../manifests/slack.json', import.meta.url));
/** The one placeholder manifests/slack.json has: the scheme and host mamori is reached at. */
export const HOST_PLACEHOLDER = 'https://YOUR-HOST';

export class ManifestOptionError extends Error {
  override name = 'ManifestOptionError';
}

/** The public base URL as the manifest needs it: https, a host, no path, query or trailing slash. */
export function manifestHost(host: string): string {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(host) ? host : `https://${host}`);
  } catch {
    throw new ManifestOptionError(`--host ${host} is not a URL (e.g. https://mamori.example.co.jp)`);
  }
  if (url.protocol !== 'https:') throw new ManifestOptionError(`--host must be https (Slack sends requests only to https URLs), not ${url.protocol}`);
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username || url.password) {
    throw new ManifestOptionError('--host is the scheme and host only (mamori serves /slack/events itself), e.g. https://mamori.example.co.jp');
  }
  return url.origin;
}

type Json = Record<string, unknown>;

export function buildSlackManifest(options: { host: string } | { socket: true }, template = readFileSync(SLACK_MANIFEST, 'utf8')): Json {
  if ('host' in options) return JSON.parse(template.replaceAll(HOST_PLACEHOLDER, manifestHost(options.host))) as Json;
  const manifest = JSON.parse(template) as Json;
  const features = manifest.features as { slash_commands?: Json[] };
  for (const c of features.slash_commands ?? []) delete c.url;
  const settings = manifest.settings as { event_subscriptions: Json; interactivity: Json; socket_mode_enabled: boolean };
  delete settings.event_subscriptions.request_url;
  delete settings.interactivity.request_url;
  settings.socket_mode_enabled = true;
  return manifest;
}

export function registerSlackCommands(
  program: Command,
  options: { out?: (line: string) => void; err?: (line: string) => void; setExitCode?: (code: number) => void } = {},
): void {
  const out = options.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const err = options.err ?? ((line: string) => process.stderr.write(`${line}\n`));
  const fail = options.setExitCode ?? ((code: number) => (process.exitCode = code));
  const slack = program.command('slack').description('Slack app');
  slack.command('manifest')
    .description('write the Slack app manifest with your host filled in (HTTP mode), or for Socket Mode')
    .option('--host <url>', 'the https URL Slack reaches mamori at (HTTP mode, SLACK_SIGNING_SECRET)')
    .option('--socket', 'Socket Mode (SLACK_APP_TOKEN): Socket Mode on, no request URLs')
    .option('-o, --out <file>', 'where to write it (default: print it)')
    .action((opts: { host?: string; socket?: boolean; out?: string }) => {
      try {
        if ((opts.host === undefined) === (opts.socket !== true)) {
          throw new ManifestOptionError('give either --host https://your-host (HTTP mode) or --socket (Socket Mode)');
        }
        const manifest = buildSlackManifest(opts.host !== undefined ? { host: opts.host } : { socket: true });
        const text = `${JSON.stringify(manifest, null, 2)}\n`;
        if (!opts.out) {
          out(text.trimEnd());
          return;
        }
        writeFileSync(opts.out, text);
        out(`wrote ${opts.out} (${opts.host !== undefined ? manifestHost(opts.host) : 'Socket Mode'}): paste it at https://api.slack.com/apps → Create New App → From an app manifest`);
      } catch (e) {
        if (!(e instanceof ManifestOptionError) && typeof (e as NodeJS.ErrnoException)?.code !== 'string') throw e;
        err(`mamori: ${(e as Error).message}`);
        fail(1);
      }
    });
}
