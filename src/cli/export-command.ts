/**
 * `mamori export --org ID [--out DIR] [--examples DIR]`: every analysis, excerpt, alert, feedback and
 * stress record of the organisation as JSON Lines and CSV (one file pair per table, manifest.json
 * with row counts; see src/flows/insights/export.ts), and optionally its accepted feedback examples
 * in the corpus format. `mamori delete-org --org ID --confirm NAME`: deletes the organisation's data
 * (audited). `mamori orgs`: the organisations and their ids, to find the one to export.
 */
import type { Command } from 'commander';
import { ConfigError, loadConfig, type AppConfig } from '../config.js';
import { asc } from 'drizzle-orm';
import { DatabaseInUseError, openDatabase } from '../db/connection.js';
import { organisations } from '../db/schema/index.js';
import { deleteOrganisationData, exportOrganisation } from '../flows/insights/export.js';
import { exportLabelledExamples } from '../flows/insights/feedback-review.js';

export interface ExportCommandOptions {
  config?: () => AppConfig;
  out?: (line: string) => void;
  err?: (line: string) => void;
  setExitCode?: (code: number) => void;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An organisation id as the database stores it; anything else is refused before the database is opened. */
function orgId(id: string): string {
  if (!UUID.test(id)) throw new RangeError(`--org must be an organisation id (a UUID, see \`mamori orgs\`), not "${id}"`);
  return id.toLowerCase();
}

export function registerExportCommands(program: Command, options: ExportCommandOptions = {}): void {
  const config = options.config ?? (() => loadConfig());
  const out = options.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const err = options.err ?? ((line: string) => process.stderr.write(`${line}\n`));
  const fail = options.setExitCode ?? ((code: number) => (process.exitCode = code));
  const guarded = <A extends unknown[]>(action: (...args: A) => Promise<void>) => async (...args: A) => {
    try {
      await action(...args);
    } catch (e) {
      if (e instanceof ConfigError || e instanceof DatabaseInUseError || e instanceof RangeError) {
        err(`mamori: ${e.message}`);
        fail(1);
        return;
      }
      throw e;
    }
  };

  program.command('export')
    .description("write all of an organisation's data as JSON Lines and CSV")
    .requiredOption('--org <id>', 'organisation id')
    .option('--out <dir>', 'output folder (default: mamori-export-<id>)')
    .option('--examples <dir>', 'also write accepted feedback examples in the corpus format (conversations/ + labels.jsonl)')
    .action(guarded(async (opts: { org: string; out?: string; examples?: string }) => {
      const id = orgId(opts.org);
      const database = await openDatabase(config().database);
      try {
        await database.migrate();
        const dir = opts.out ?? `mamori-export-${id}`;
        const manifest = await exportOrganisation(database, id, dir);
        for (const [table, t] of Object.entries(manifest.tables)) out(`${table}: ${t.rows} rows → ${dir}/${t.jsonl}, ${dir}/${t.csv}`);
        if (opts.examples) {
          const { examples } = await exportLabelledExamples(database.db, id, opts.examples);
          out(`labelled examples: ${examples} → ${opts.examples}`);
        }
      } finally {
        await database.close();
      }
    }));

  program.command('delete-org')
    .description("delete all of an organisation's data (recorded in the audit log)")
    .requiredOption('--org <id>', 'organisation id')
    .requiredOption('--confirm <name>', "the organisation's name, to confirm")
    .action(guarded(async (opts: { org: string; confirm: string }) => {
      const id = orgId(opts.org);
      const database = await openDatabase(config().database);
      try {
        await database.migrate();
        const r = await deleteOrganisationData(database, { orgId: id, confirmName: opts.confirm, actor: 'admin-cli' });
        if (r.status === 'deleted') out(`deleted organisation ${id}: ${JSON.stringify(r.counts)}`);
        else {
          err(r.status === 'not_found' ? `mamori: organisation ${id} not found` : 'mamori: --confirm does not match the organisation name');
          fail(1);
        }
      } finally {
        await database.close();
      }
    }));

  program.command('orgs')
    .description('list the organisations: id, platform, workspace or tenant id, name')
    .action(guarded(async () => {
      const database = await openDatabase(config().database);
      try {
        await database.migrate();
        const rows = await database.db.select().from(organisations).orderBy(asc(organisations.createdAt), asc(organisations.id));
        for (const o of rows) out(`${o.id}  ${o.platform}  ${o.platformTeamId}  ${o.name}`);
      } finally {
        await database.close();
      }
    }));
}
