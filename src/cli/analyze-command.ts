/**
 * `mamori analyze FILE... [--json] [--lang ja|en] [--staff NAME]`: the main job, offline. Each file is
 * read and analysed on its own, so one bad file is reported on stderr and the others still print, in
 * input order. Exit 0 when every file was analysed, 2 when any could not be.
 */
import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import type { Command } from 'commander';
import { Option } from 'commander';
import { analyzeFile, TranscriptError, type AnalysisResult, type AnalyzeOptions } from '../analysis/index.js';
import { MAX_TRANSCRIPT_BYTES, megabytes } from '../analysis/limits.js';
import { formatSummary, printable } from './summary.js';

export interface AnalyzeCliOptions {
  json?: boolean;
  lang?: 'ja' | 'en';
  staff?: string[];
  explain?: boolean;
}

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

export async function analyzeFiles(files: string[], opts: AnalyzeCliOptions, io: Output): Promise<number> {
  const options: AnalyzeOptions = { language: opts.lang, staff: opts.staff };
  let failed = 0;
  for (const file of files) {
    const result = await analyzeOne(file, options);
    if ('error' in result) {
      failed++;
      io.err(printable(`mamori: ${result.error}`));
      continue;
    }
    io.out(opts.json ? JSON.stringify(result) : `${formatSummary(result, { explain: opts.explain })}\n`);
  }
  return failed > 0 ? 2 : 0;
}

const NOT_REGULAR = '通常のファイルではありません (FIFO・デバイスなど) / not a regular file (a FIFO, device or socket)';

function tooLarge(file: string, bytes: number): { error: string } {
  const limit = megabytes(MAX_TRANSCRIPT_BYTES);
  return { error: `${file}: ファイルが大きすぎます (${megabytes(bytes)} MB、上限 ${limit} MB) / the file is too large (${megabytes(bytes)} MB, limit ${limit} MB)` };
}

/**
 * The file's bytes, or why not. What it is and how large is asked before anything is opened: a FIFO
 * would block the open until a writer came, /dev/zero would never end. The opened file is checked
 * again (it may have been swapped) and read no further than the limit.
 */
async function readTranscriptFile(file: string): Promise<Uint8Array | { error: string }> {
  let handle: FileHandle | null = null;
  try {
    const before = await stat(file);
    if (before.isDirectory()) return { error: `${file}: フォルダです / is a directory` };
    if (!before.isFile()) return { error: `${file}: ${NOT_REGULAR}` };
    if (before.size > MAX_TRANSCRIPT_BYTES) return tooLarge(file, before.size);
    // Non-blocking: if a FIFO took the file's place since stat, the open still returns at once.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const opened = await handle.stat();
    if (!opened.isFile()) return { error: `${file}: ${NOT_REGULAR}` };
    // One byte more than the limit is enough to know a file that grew since is too large.
    let buffer = new Uint8Array(Math.min(MAX_TRANSCRIPT_BYTES + 1, opened.size + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > MAX_TRANSCRIPT_BYTES) break;
        const grown = new Uint8Array(Math.min(MAX_TRANSCRIPT_BYTES + 1, length * 2));
        grown.set(buffer);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > MAX_TRANSCRIPT_BYTES) return tooLarge(file, Math.max(length, opened.size));
    return buffer.subarray(0, length);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'ファイルが見つかりません / file not found' : code === 'EISDIR' ? 'フォルダです / is a directory' : `読めません / cannot read (${code ?? 'error'})`;
    return { error: `${file}: ${why}` };
  } finally {
    await handle?.close();
  }
}

async function analyzeOne(file: string, options: AnalyzeOptions): Promise<AnalysisResult | { error: string }> {
  const data = await readTranscriptFile(file);
  if (!(data instanceof Uint8Array)) return data;
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
    .option('--explain', 'under each moment, why: the rules that fired and the trained model\'s strongest evidence')
    .action(async (files: string[], opts: AnalyzeCliOptions) => setExit(await analyzeFiles(files, opts, io)));
}
