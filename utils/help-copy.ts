import type { HelpLine, Settings } from '@/utils/db/schema';
import { STORAGE } from '@/utils/storage-keys';

/**
 * The small derived copy of the person's crisis lines and country, written by the background to
 * storage.local whenever it re-derives, so the warning page can show the right lines at once,
 * before the background answers (framed in a web page, it may not open IndexedDB). It holds
 * public service numbers only, never the person's own people.
 */
export interface HelpCopy {
  v: typeof STORAGE.help.version;
  country?: string;
  lines: Array<Pick<HelpLine, 'id' | 'name' | 'number' | 'about'>>;
}

export function deriveHelpCopy(lines: readonly HelpLine[], settings: Pick<Settings, 'country'>): HelpCopy {
  return {
    v: STORAGE.help.version,
    ...(settings.country ? { country: settings.country } : {}),
    lines: lines.map(({ id, name, number, about }) => ({ id, name, number, ...(about ? { about } : {}) })),
  };
}

/** The copy as read from storage, or undefined when it is missing or of another shape. */
export function asHelpCopy(value: unknown): HelpCopy | undefined {
  const copy = value as HelpCopy | undefined;
  return copy?.v === STORAGE.help.version && Array.isArray(copy.lines) ? copy : undefined;
}

/**
 * Reads the copy from storage (given, so this stays free of the browser), never failing: with no
 * copy, or none readable, there are no lines of the person's and no country, and the pages show
 * the United States lines, marked as such.
 */
export async function readHelpCopy(get: (key: string) => Promise<Record<string, unknown>>): Promise<HelpCopy> {
  try {
    return asHelpCopy((await get(STORAGE.help.key))[STORAGE.help.key]) ?? { v: STORAGE.help.version, lines: [] };
  } catch {
    return { v: STORAGE.help.version, lines: [] };
  }
}
