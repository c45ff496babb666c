/**
 * Structured logs (pino). Tokens, transcript text and personal data never appear above debug:
 * the usual carriers are redacted whatever the level, and callers log ids, not contents.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

export const REDACTED_PATHS = [
  'token', '*.token', 'accessToken', '*.accessToken', 'botToken', '*.botToken',
  'password', '*.password', 'secret', '*.secret', 'authorization', '*.authorization',
  'headers.authorization', 'headers.cookie', 'databaseUrl', '*.databaseUrl', 'url', '*.url',
  'text', '*.text', 'transcript', '*.transcript', 'excerpts', '*.excerpts',
  'displayName', '*.displayName', 'userName', '*.userName', 'payload', '*.payload',
];

export function createLogger(level: string = 'info', destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, base: { app: 'mamori' } }, destination);
}

/** A logger that writes nothing, for tests. */
export const silentLogger: Logger = pino({ level: 'silent' });
