/**
 * `mamori practice scenarios [--json]`: the built-in practice scenarios, one a line (with --json one JSON
 * object a line: id, lang, medium, categories, difficulty, and kind, setting, title).
 * `mamori practice play ID REPLY...`: a session played offline with the given replies (src/cli/practice-play.ts).
 * `mamori practice validate FILE...`: checks admins' scenario files; every problem on stderr with its file,
 * scenario, path and what is wrong; exit 1 when any file has one. Loads the scenario code only (lean, like
 * `analyze`: tests/cli/lean-start.test.ts).
 */
import type { Command } from 'commander';
import { builtInScenarios } from '../practice/library.js';
import { formatProblem, readScenarioFile } from '../practice/scenario-file.js';
import type { Output } from './analyze-command.js';

export function registerPracticeCommands(program: Command, io: Output, setExitCode: (code: number) => void): void {
  const practice = program.command('practice').description('role-play practice: the scenario library and admins\' scenario files');
  practice
    .command('scenarios')
    .description('list the built-in practice scenarios')
    .option('--json', 'one JSON object a line: id, lang, medium, categories, difficulty, kind, setting, title')
    .action((opts: { json?: boolean }) => {
      for (const s of builtInScenarios()) {
        const row = { id: s.id, lang: s.lang, medium: s.medium, categories: s.categories, difficulty: s.difficulty, kind: s.kind, setting: s.setting, title: s.title };
        io.out(opts.json ? JSON.stringify(row) : `${s.id}\t${s.lang}\t${s.medium}\t${'★'.repeat(s.difficulty)}\t${s.kind === 'complaint' ? 'complaint' : s.categories.join(',')}\t${s.title}`);
      }
    });
  practice
    .command('play')
    .description('play a scenario offline with the given replies, one a turn, and print the feedback and summary')
    .argument('<id>', 'scenario id (`mamori practice scenarios`)')
    .argument('[replies...]', 'what the trainee says, one argument a turn')
    .option('--file <file>', 'a scenario file of your own instead of the built-in library')
    .option('--rules', 'judge with the habit signals alone, without the trained reply model')
    .option('--json', 'print the session and its summary as one JSON object')
    .action(async (id: string, replies: string[], opts: { file?: string; rules?: boolean; json?: boolean }) => {
      const source = opts.file ? readScenarioFile(opts.file) : { scenarios: builtInScenarios(), problems: [] };
      for (const p of source.problems) io.err(formatProblem(p));
      if (source.problems.length > 0) return setExitCode(1);
      const scenario = source.scenarios.find((s) => s.id === id);
      if (!scenario) {
        io.err(`mamori: no scenario ${id}${opts.file ? ` in ${opts.file}` : ''} (mamori practice scenarios lists them)`);
        return setExitCode(2);
      }
      // The engine and the reply model are loaded for this subcommand only.
      (await import('./practice-play.js')).playScenario(scenario, replies, opts, io);
    });
  practice
    .command('validate')
    .description('check scenario files (the format in the README, "Role-play practice"); exit 1 on any problem')
    .argument('<files...>', 'scenario files (JSON)')
    .action((files: string[]) => {
      let bad = 0;
      for (const file of files) {
        const { scenarios, problems } = readScenarioFile(file);
        for (const p of problems) io.err(formatProblem(p));
        if (problems.length > 0) bad++;
        else io.out(`${file}: ok, ${scenarios.length} scenario${scenarios.length === 1 ? '' : 's'} (${scenarios.map((s) => s.id).join(', ')})`);
      }
      setExitCode(bad > 0 ? 1 : 0);
    });
}
