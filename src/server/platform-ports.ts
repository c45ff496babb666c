/**
 * One Messenger and one FileSource for the pipeline, whichever platforms run: files go to the adapter of
 * the submission's source, messages to the adapter of the organisation's platform. An organisation's
 * platform never changes, so it is looked up once and remembered.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../db/connection.js';
import { organisations, type Platform } from '../db/schema/index.js';
import { PermanentDeliveryError, type FileRef, type FileSource, type Messenger, type OutgoingMessage } from '../flows/ports.js';

export interface PlatformAdapters {
  slack?: { messenger: Messenger; files: FileSource } | undefined;
  teams?: { messenger: Messenger; files: FileSource } | undefined;
}

const platformOfSource = (source: string): Platform | null =>
  source.startsWith('slack') ? 'slack' : source.startsWith('teams') ? 'teams' : null;

export function routedFileSource(adapters: PlatformAdapters): FileSource {
  return {
    fetch(ref: FileRef) {
      const platform = platformOfSource(ref.source);
      const adapter = platform ? adapters[platform] : undefined;
      // Thrown, not answered: another worker process that runs this platform can still take the job.
      if (!adapter) throw new Error(`no ${platform ?? ref.source} adapter in this process`);
      return adapter.files.fetch(ref);
    },
  };
}

export function routedMessenger(adapters: PlatformAdapters, database: Database): Messenger {
  const platforms = new Map<string, Platform>();
  async function adapterFor(message: OutgoingMessage): Promise<Messenger> {
    let platform = platforms.get(message.orgId);
    if (!platform) {
      const [org] = await database.db.select({ platform: organisations.platform }).from(organisations).where(eq(organisations.id, message.orgId));
      if (!org) throw new PermanentDeliveryError('organisation not found');
      platform = org.platform;
      platforms.set(message.orgId, platform);
    }
    const adapter = adapters[platform];
    if (!adapter) throw new Error(`no ${platform} adapter in this process`);
    return adapter.messenger;
  }
  return {
    async post(message) {
      return (await adapterFor(message)).post(message);
    },
    async findPosted(message) {
      const m = await adapterFor(message);
      return m.findPosted ? m.findPosted(message) : null;
    },
  };
}
