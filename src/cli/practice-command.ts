/**
 * `mamori practice scenarios [--json]`: the built-in practice scenarios, one a line (with --json one JSON
 * object a line: id, lang, medium, categories, difficulty, and kind, setting, title).
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
