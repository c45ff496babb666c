// `node --import ./tests/helpers/record-imports.mjs …`: appends every module URL the process resolves to the file
// named by MAMORI_IMPORT_LOG, one a line, so a test can tell which libraries a command loaded.
import { register } from 'node:module';

register('./record-imports-hooks.mjs', import.meta.url, { data: { log: process.env.MAMORI_IMPORT_LOG } });
