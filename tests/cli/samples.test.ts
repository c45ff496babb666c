/**
 * The samples a newcomer runs first are what the README says: one file per format of "What it reads"
 * (a harassment call, a legitimate complaint and an ordinary call, in Japanese and in English), each
 * judged as its name says, and every `npx mamori analyze` line of the Quick start runs as written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { readTranscript } from '../../src/analysis/read.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const SAMPLES = readdirSync(path.join(ROOT, 'samples')).sort();

/** The README's names for the formats (first column of the "What it reads" table) as the reader tells them apart. */
const FORMAT_OF_ROW: Record<string, string> = {
  'WebVTT, Microsoft Teams': 'webvtt-teams',
  'WebVTT, Zoom': 'webvtt-zoom',
  'SRT': 'srt',
  'call-centre log': 'call-log',
  'OpenAI transcription JSON': 'openai-json',
  'plain text': 'plain-text',
};

function readmeFormats(): string[] {
  const section = README.slice(README.indexOf('### What it reads'), README.indexOf('Encodings:'));
  return [...section.matchAll(/^\| ([^|]+?) \| `/gm)].map((m) => m[1]!.trim());
}

function formatOf(file: string): string {
  const bytes = readFileSync(path.join(ROOT, 'samples', file));
  const { format } = readTranscript(bytes, file);
  // Teams writes voice tags (<v Name>), Zoom writes "Name: text" in the cue.
  if (format === 'webvtt') return /<v [^>]+>/.test(bytes.toString('utf8')) ? 'webvtt-teams' : 'webvtt-zoom';
  return format;
}

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('samples/', () => {
  it('holds one file per format the README lists', () => {
    const listed = readmeFormats();
    expect(listed).toHaveLength(6);
    const byFormat = new Map(SAMPLES.map((f) => [formatOf(f), f]));
    expect(Object.fromEntries(listed.map((row) => [row, byFormat.get(FORMAT_OF_ROW[row]!)]))).toEqual(
      Object.fromEntries(listed.map((row) => [row, expect.any(String)])),
    );
    expect(SAMPLES).toHaveLength(listed.length);
  });

  it('says in the README which sample is in which format', () => {
    for (const file of SAMPLES) {
      const row = Object.entries(FORMAT_OF_ROW).find(([, kind]) => kind === formatOf(file))![0];
      expect(README).toMatch(new RegExp(`\\| \`samples/${file.replace('.', '\\.')}\` \\| ${row} \\|`));
    }
  });

  it('covers harassment, complaint and an ordinary call in Japanese and English, each judged as named', async () => {
    const { code, out } = await cli(['analyze', ...SAMPLES.map((f) => path.join(ROOT, 'samples', f)), '--json']);
    expect(code).toBe(0);
    const judged = out.map((l) => JSON.parse(l) as { file: string; language: string; verdict: string });
    const named = { harassment: 'kasuhara', complaint: 'complaint', normal: 'normal' } as Record<string, string>;
    for (const r of judged) {
      const [lang, kind] = path.basename(r.file).split(/[-.]/);
      expect({ file: path.basename(r.file), language: r.language, verdict: r.verdict }).toEqual({ file: path.basename(r.file), language: lang, verdict: named[kind!] });
    }
    expect(new Set(judged.map((r) => path.basename(r.file).replace(/\..*$/, '')))).toEqual(
      new Set(['ja', 'en'].flatMap((l) => ['harassment', 'complaint', 'normal'].map((k) => `${l}-${k}`))),
    );
  });
});

describe('the README Quick start', () => {
  const block = README.slice(README.indexOf('## Quick start'), README.indexOf('### What it reads'));
  const commands = [...block.matchAll(/^npx mamori (analyze .*?)(?:\s+#.*)?$/gm)].map((m) => m[1]!.trim().split(/\s+/));

  it('has commands to try', () => {
    expect(commands.length).toBeGreaterThanOrEqual(3);
  });

  for (const words of commands) {
    it(`runs: npx mamori ${words.join(' ')}`, async () => {
      // As a shell in the repository would: relative paths from its root, `samples/*` expanded.
      const args = words.flatMap((w, i) => {
        if (w.startsWith('-') || (i > 0 && /^--(lang|staff)$/.test(words[i - 1]!)) || i === 0) return [w];
        if (w === 'samples/*') return SAMPLES.map((f) => path.join(ROOT, 'samples', f));
        return [path.join(ROOT, w)];
      });
      const { code, err, out } = await cli(args);
      expect(err).toEqual([]);
      expect(code).toBe(0);
      expect(out.length).toBeGreaterThan(0);
    });
  }
});
