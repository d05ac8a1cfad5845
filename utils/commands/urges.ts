import type { Urge } from '@/utils/db/schema';
import { urgesRepo } from '@/utils/db/urges';
import { attempt, type Done } from './run';

/** Logs an urge now (the rest of its details are optional). */
export const logUrge = (
  details: Partial<Pick<Urge, 'intensity' | 'trigger' | 'siteId' | 'note'>> = {},
): Promise<Done<Urge>> => attempt(() => urgesRepo().put({ at: Date.now(), ...details }));
