import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, symlinkSync } from 'node:fs';
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

  it('--explain prints why each moment was flagged, and which model and corpus decided', async () => {
    const { code, out } = await cli(['analyze', sample('ja-harassment.vtt'), '--explain']);
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/根拠: .*規則: 脅迫 \(ja\.threat\./);
    expect(text).toMatch(/engine: lr-[\w.-]+ \(corpus [0-9a-f]{12}\)/);
    const plain = (await cli(['analyze', sample('ja-harassment.vtt')])).out.join('\n');
    expect(plain).not.toMatch(/根拠:|engine:/);
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
    // A's words are staff's now, so none of them is judged (B only apologises).
    expect(asStaff.excerpts.filter((e: { speaker: string }) => e.speaker === 'A')).toEqual([]);
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

  it('refuses a FIFO and a link to /dev/zero at once, without reading them, and goes on', async () => {
    const fifo = path.join(dir, 'call.fifo.txt');
    execFileSync('mkfifo', [fifo]);
    const zero = path.join(dir, 'zero.vtt');
    symlinkSync('/dev/zero', zero);
    const { code, out, err } = await cli(['analyze', fifo, zero, sample('en-normal.json'), '--json']);
    expect(code).toBe(2);
    expect(err).toEqual([
      `mamori: ${fifo}: 通常のファイルではありません (FIFO・デバイスなど) / not a regular file (a FIFO, device or socket)`,
      `mamori: ${zero}: 通常のファイルではありません (FIFO・デバイスなど) / not a regular file (a FIFO, device or socket)`,
    ]);
    expect(JSON.parse(out[0]!).verdict).toBe('normal');
  }, 10_000);

  it('refuses a file over the transcript size limit without analysing it', async () => {
    const big = path.join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(6 * 1024 * 1024, 'a'));
    const { code, err } = await cli(['analyze', big]);
    expect(code).toBe(2);
    expect(err).toEqual([`mamori: ${big}: ファイルが大きすぎます (6 MB、上限 5 MB) / the file is too large (6 MB, limit 5 MB)`]);
  });

  it('refuses files with no readable speech: zero-width characters only, or 4 KB of 0x80', async () => {
    const zw = path.join(dir, 'zero-width.txt');
    writeFileSync(zw, '\u200b\u200c\u200d\u2060\n'.repeat(50));
    const x80 = path.join(dir, 'x80.txt');
    writeFileSync(x80, Buffer.alloc(4096, 0x80));
    const { code, out, err } = await cli(['analyze', zw, x80]);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err[0]).toBe(`mamori: ${zw}: 読み取れる発話がありません / no readable speech in the file`);
    expect(err[1]).toMatch(/x80\.txt: .*(?:no readable speech|not a transcript \(binary data\))/);
  });

  it('reads a short Japanese UTF-16BE file without a BOM, as the README promises', async () => {
    const file = path.join(dir, 'utf16be.txt');
    writeFileSync(file, Buffer.from('ふざけるな。お前じゃ話にならねえんだよ。殺すぞ。\n', 'utf16le').swap16());
    const { code, out, err } = await cli(['analyze', file, '--json']);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const result = JSON.parse(out[0]!);
    expect(result.warnings).toContain('UTF-16BE から変換しました / decoded from UTF-16BE');
    expect(result.verdict).toBe('kasuhara');
  });

  it('strips terminal control sequences from customer text in the readable summary, not from the JSON', async () => {
    const file = path.join(dir, 'escapes.txt');
    // A few control characters pass for a transcript (more are refused as binary data).
    const evil = '\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202e';
    writeFileSync(file, `客\u009b1m\u202e: お前ふざけんなよ、殺すぞ。${evil}\n係: 申し訳ございません。\n`);
    const { code, out } = await cli(['analyze', file]);
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('殺すぞ');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    const json = (await cli(['analyze', file, '--json'])).out[0]!;
    expect(JSON.parse(json).excerpts[0].text).toContain('\u001b[2J');
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
