import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';

const root = path.resolve(import.meta.dirname, '../..');
const sample = (name: string) => path.join(root, 'samples', name);

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const dir = mkdtempSync(path.join(tmpdir(), 'mamori-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('mamori analyze', () => {
  it('prints one JSON result per file, in input order', async () => {
    const files = ['ja-harassment.vtt', 'ja-complaint.txt', 'en-normal.json'].map(sample);
    const { code, out } = await cli(['analyze', ...files, '--json']);
    expect(code).toBe(0);
    const results = out.map((l) => JSON.parse(l));
    expect(results.map((r) => r.file)).toEqual(files);
    expect(results.map((r) => r.verdict)).toEqual(['kasuhara', 'complaint', 'normal']);
    expect(results[0].schemaVersion).toBe(1);
    expect(results[0].excerpts[0].start).toBeTypeOf('number');
  });

  it('prints a readable summary with mm:ss times and advice by default', async () => {
    const { code, out } = await cli(['analyze', sample('ja-harassment.vtt')]);
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('判定: カスハラ');
    expect(text).toMatch(/01:07–01:13 {2}石田 浩: 会社の場所/);
    expect(text).toContain('[上長へ]');
  });

  it('answers in English with --lang en', async () => {
    const { out } = await cli(['analyze', sample('ja-harassment.vtt'), '--lang', 'en']);
    expect(out.join('\n')).toContain('Verdict: customer harassment');
  });

  it('treats the --staff speaker as staff, whoever sounds like it', async () => {
    const file = path.join(dir, 'two.txt');
    writeFileSync(file, 'A: 土下座しろよ、今すぐ。\nB: 申し訳ございません。\nA: ふざけんな！\n');
    const asCustomer = JSON.parse((await cli(['analyze', file, '--json', '--staff', 'B'])).out[0]!);
    expect(asCustomer.verdict).toBe('kasuhara');
    const asStaff = JSON.parse((await cli(['analyze', file, '--json', '--staff', 'A'])).out[0]!);
    expect(asStaff.verdict).not.toBe('kasuhara');
    expect(asStaff.speakers.find((s: { label: string }) => s.label === 'A').role).toBe('staff');
  });

  it('reports a bad file on stderr, still prints the others, and exits 2', async () => {
    const empty = path.join(dir, 'empty.vtt');
    writeFileSync(empty, '');
    const { code, out, err } = await cli(['analyze', empty, path.join(dir, 'missing.srt'), sample('en-normal.json'), '--json']);
    expect(code).toBe(2);
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0]!).verdict).toBe('normal');
    expect(err.join('\n')).toContain('empty.vtt');
    expect(err.join('\n')).toContain('missing.srt: ファイルが見つかりません / file not found');
  });

  it('refuses an unknown --lang with a usage error', async () => {
    const { code, err } = await cli(['analyze', sample('en-normal.json'), '--lang', 'fr']);
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/fr/);
  });

  it('runs as `npx mamori` through bin/mamori.js', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(root, 'bin/mamori.js'), 'analyze', sample('en-harassment.txt'), '--json'], { cwd: root });
    const result = JSON.parse(stdout.trim());
    expect(result.verdict).toBe('kasuhara');
    expect(result.categories).toContain('threat');
  });
});
