import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../fixtures/transcripts/', import.meta.url));

/** A fixture's bytes, as the bot receives an uploaded file. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(dir + name));
}
