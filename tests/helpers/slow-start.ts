/**
 * A process that starts slowly the way `npm start` does (signals held during the start, then the drain
 * installed): prints `starting`, waits for the file named by argv[2] to exist, then prints `started`
 * and runs until signalled; its stop prints `stopped`.
 */
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { silentLogger } from '../../src/logger.js';
import { exitOnSignal, holdSignalsDuringStart } from '../../src/server/shutdown.js';

const gate = process.argv[2]!;
const starting = holdSignalsDuringStart();
process.stdout.write('starting\n');
while (!existsSync(gate)) await sleep(20);
process.stdout.write('started\n');
const alive = setInterval(() => {}, 1000);
exitOnSignal(async () => {
  clearInterval(alive);
  process.stdout.write('stopped\n');
}, silentLogger, 5000, starting.release());
