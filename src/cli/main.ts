/**
 * `npx mamori <command>`: the command-line entry point. Each command registers itself from its own file.
 */
import { Command, CommanderError } from 'commander';
import { registerAnalyzeCommand, type Output } from './analyze-command.js';
import { registerDbCommands } from './db-commands.js';
import { registerExportCommands } from './export-command.js';
import { registerSamplesCommands } from './sample-documents.js';
import { registerSlackCommands } from './slack-manifest.js';
import { registerTeamsCommands } from './teams-package.js';

export async function run(argv: string[], io: Output): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name('mamori')
    .description('守り mamori — customer-harassment (カスハラ) protection for frontline staff')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  registerAnalyzeCommand(program, io, (code) => (exitCode = code));
  registerDbCommands(program, { out: io.out, err: io.err, setExitCode: (code) => (exitCode = code) });
  registerExportCommands(program, { out: io.out, err: io.err, setExitCode: (code) => (exitCode = code) });
  registerSamplesCommands(program, { out: io.out, err: io.err, setExitCode: (code) => (exitCode = code) });
  registerSlackCommands(program, { out: io.out, err: io.err, setExitCode: (code) => (exitCode = code) });
  registerTeamsCommands(program, { out: io.out, err: io.err, setExitCode: (code) => (exitCode = code) });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return exitCode;
}

const isEntry = process.argv[1] !== undefined && /(?:mamori(?:\.js)?|main\.ts)$/.test(process.argv[1]);
if (isEntry) {
  const code = await run(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
  process.exitCode = code;
}
