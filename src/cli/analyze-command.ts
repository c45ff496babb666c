/**
 * `mamori analyze FILE... [--json] [--lang ja|en] [--staff NAME]`: the main job, offline. Each file is
 * read and analysed on its own, so one bad file is reported on stderr and the others still print, in
 * input order. Exit 0 when every file was analysed, 2 when any could not be.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { Option } from 'commander';
import { analyzeFile, TranscriptError, type AnalysisResult, type AnalyzeOptions } from '../analysis/index.js';
import { formatSummary } from './summary.js';

export interface AnalyzeCliOptions {
  json?: boolean;
  lang?: 'ja' | 'en';
  staff?: string[];
}

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Largest file read into memory; transcripts are small, a recording sent here by mistake is not. */
const MAX_FILE_BYTES = 100 * 1024 * 1024;

export async function analyzeFiles(files: string[], opts: AnalyzeCliOptions, io: Output): Promise<number> {
  const options: AnalyzeOptions = { language: opts.lang, staff: opts.staff };
  let failed = 0;
  for (const file of files) {
    const result = await analyzeOne(file, options);
    if ('error' in result) {
      failed++;
      io.err(`mamori: ${result.error}`);
      continue;
    }
    io.out(opts.json ? JSON.stringify(result) : `${formatSummary(result)}\n`);
  }
  return failed > 0 ? 2 : 0;
}

async function analyzeOne(file: string, options: AnalyzeOptions): Promise<AnalysisResult | { error: string }> {
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'ファイルが見つかりません / file not found' : code === 'EISDIR' ? 'フォルダです / is a directory' : `読めません / cannot read (${code ?? 'error'})`;
    return { error: `${file}: ${why}` };
  }
  if (data.length > MAX_FILE_BYTES) return { error: `${file}: 大きすぎます / too large (${Math.round(data.length / 1048576)} MB)` };
  try {
    return analyzeFile(data, file, options);
  } catch (e) {
    if (e instanceof TranscriptError) return { error: e.message };
    // A bug of ours, not the user's: say so, keep going with the other files.
    return { error: `${file}: 解析中に内部エラー / internal error: ${(e as Error).message}` };
  }
}

export function registerAnalyzeCommand(program: Command, io: Output, setExit: (code: number) => void): void {
  program
    .command('analyze')
    .description('transcript を解析して、カスハラの発言・危険度・アドバイスを表示 / analyse transcripts for customer harassment')
    .argument('<files...>', 'WebVTT, SRT, call-log TXT, OpenAI JSON or plain text transcripts')
    .option('--json', 'one JSON result per line (schemaVersion 1), in input order')
    .addOption(new Option('--lang <lang>', 'language of the result and advice').choices(['ja', 'en']))
    .option('--staff <name>', 'speaker label that is staff (repeatable); all others are customers', (v: string, prev: string[] = []) => [...prev, v])
    .action(async (files: string[], opts: AnalyzeCliOptions) => setExit(await analyzeFiles(files, opts, io)));
}
