/**
 * `npx mamori <command>`: the command-line entry point. Each command registers itself from its own file, and
 * only the file of the command asked for is loaded: `analyze` needs the engine alone, not the server's Slack,
 * Teams, database and job-queue libraries, which would take most of its start-up (tests/cli/lean-start.test.ts).
 */
import { Command, CommanderError } from 'commander';
import type { Output } from './analyze-command.js';

interface CommandIo extends Output {
  setExitCode: (code: number) => void;
}

/** A command's first word → the file that registers it (with the other commands of that file). */
const COMMAND_FILES: Record<string, (program: Command, io: CommandIo) => Promise<void>> = {
  analyze: async (program, io) => (await import('./analyze-command.js')).registerAnalyzeCommand(program, io, io.setExitCode),
  db: async (program, io) => (await import('./db-commands.js')).registerDbCommands(program, io),
  export: async (program, io) => (await import('./export-command.js')).registerExportCommands(program, io),
  practice: async (program, io) => (await import('./practice-command.js')).registerPracticeCommands(program, io, io.setExitCode),
  samples: async (program, io) => (await import('./sample-documents.js')).registerSamplesCommands(program, io),
  slack: async (program, io) => (await import('./slack-manifest.js')).registerSlackCommands(program, io),
  teams: async (program, io) => (await import('./teams-package.js')).registerTeamsCommands(program, io),
};
const FILE_OF: Record<string, keyof typeof COMMAND_FILES> = { worker: 'db', 'delete-org': 'export', orgs: 'export' };

export async function run(argv: string[], io: Output): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name('mamori')
    .description('守り mamori — customer-harassment (カスハラ) protection for frontline staff')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  const commandIo: CommandIo = { ...io, setExitCode: (code) => (exitCode = code) };
  // The first word names the command; anything else (no command, --help, a typo) gets them all, so that help
  // lists every command and commander can suggest the nearest one.
  const first = argv[0] ?? '';
  const file = COMMAND_FILES[first] ? first : FILE_OF[first];
  const files = file ? [file] : Object.keys(COMMAND_FILES);
  for (const f of files) await COMMAND_FILES[f]!(program, commandIo);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return exitCode;
}

const isEntry = process.argv[1] !== undefined && /(?:mamori(?:\.js)?|cli[/\\]main\.[jt]s)$/.test(process.argv[1]);
if (isEntry) {
  const code = await run(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
  process.exitCode = code;
}
