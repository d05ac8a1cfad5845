import { BACKUP_APP, BACKUP_FORMAT, backupFileName, backupText } from '@/utils/backup/format';
import { checkImport, type ImportWhere } from '@/utils/backup/validate';
import { type ImportCounts, type ImportMode, readAllRecords, writeAllRecords } from '@/utils/db/backup';
import { DB_VERSION } from '@/utils/db/open';
import type { Problem } from '@/utils/problems';
import { attempt, tellBackground } from './run';

/** The file to save: its name (with today's local date) and its text. */
export interface ExportFile {
  name: string;
  text: string;
}

/**
 * Everything Steady keeps, as one file (utils/backup/format.ts), but the lock: a copy never
 * carries the passcode's verifier. `now` is the clock, for tests.
 */
export async function exportData(now: () => number = Date.now): Promise<ExportFile> {
  const all = await readAllRecords();
  // Never the passcode's verifier: a short passcode would fall to guesses made against the file.
  const stores = { ...all, settings: all.settings.map(({ lock: _, ...settings }) => settings) };
  const exportedAt = now();
  return {
    name: backupFileName(exportedAt),
    text: backupText({ app: BACKUP_APP, format: BACKUP_FORMAT, dbVersion: DB_VERSION, exportedAt, stores }),
  };
}

/** What an import did (per store: added, and kept as on the device), or why nothing was imported and where. */
export type Imported = { ok: true; value: ImportCounts } | { ok: false; problem: Problem; where?: ImportWhere };

/**
 * Imports a file: checks all of it first (nothing is written if any of it is refused), then
 * writes it in one transaction, replacing everything or adding what is new (see
 * writeAllRecords), and tells the background once, since sites, times, lines and settings may
 * have changed.
 */
export async function importData(text: string, mode: ImportMode): Promise<Imported> {
  const checked = checkImport(text);
  if (!checked.ok) return checked;
  return attempt(async () => {
    const counts = await writeAllRecords(checked.data.stores, mode);
    await tellBackground();
    return counts;
  });
}
