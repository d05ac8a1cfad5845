import {
  BACKUP_APP,
  BACKUP_FORMAT,
  backupFileName,
  backupText,
  sealedBackupFileName,
  sealedBackupText,
  sealedBox,
} from '@/utils/backup/format';
import { checkImport, type ImportWhere, MAX_IMPORT_LENGTH } from '@/utils/backup/validate';
import { type ImportCounts, type ImportMode, readAllRecords, writeAllRecords } from '@/utils/db/backup';
import { DB_VERSION, db } from '@/utils/db/open';
import { STORE_NAMES } from '@/utils/db/schema';
import { openAll, readKeyring } from '@/utils/db/sealing';
import { openText, sealText } from '@/utils/lock/seal';
import { type Problem, problem } from '@/utils/problems';
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
  const database = await db();
  const [all, ring] = await Promise.all([readAllRecords(), readKeyring(database)]);
  // The copy holds the words open (it is made only while Steady is open); the lock's keys never.
  const opened = Object.fromEntries(
    await Promise.all(STORE_NAMES.map(async (store) => [store, await openAll(ring, store, all[store] as object[])])),
  ) as typeof all;
  // Never the passcode's verifier: a short passcode would fall to guesses made against the file.
  const stores = { ...opened, settings: opened.settings.map(({ lock: _, ...settings }) => settings) };
  const exportedAt = now();
  return {
    name: backupFileName(exportedAt),
    text: backupText({ app: BACKUP_APP, format: BACKUP_FORMAT, dbVersion: DB_VERSION, exportedAt, stores }),
  };
}

/** The shortest passphrase for a sealed copy: a file can be copied and guessed at without limit. */
export const MIN_PASSPHRASE = 8;

/**
 * The same copy, sealed with a passphrase the person chooses (AES-GCM under a PBKDF2 key of its
 * own salt): without the passphrase the file cannot be read. `iterations` is for tests.
 */
export async function exportSealed(
  passphrase: string,
  again: string,
  now: () => number = Date.now,
  iterations?: number,
): Promise<{ ok: true; value: ExportFile } | { ok: false; problem: Problem }> {
  if (passphrase.length < MIN_PASSPHRASE)
    return { ok: false, problem: problem('export-passphrase-short', MIN_PASSPHRASE) };
  if (passphrase !== again) return { ok: false, problem: problem('export-passphrase-mismatch') };
  const plain = await exportData(now);
  const box = await sealText(plain.text, passphrase, iterations);
  return { ok: true, value: { name: sealedBackupFileName(now()), text: sealedBackupText(box) } };
}

/**
 * A file's plain text: a sealed copy opened with `passphrase` (refused without it, or with one
 * that does not open it, or when it was changed), any other text as it is.
 */
async function plainText(
  text: string,
  passphrase: string | undefined,
): Promise<{ ok: true; text: string } | { ok: false; problem: Problem }> {
  // Sealed, a file is about a third larger than the plain file it holds.
  if (text.length > Math.ceil((MAX_IMPORT_LENGTH * 4) / 3) + 1024) return { ok: true, text };
  const box = sealedBox(text);
  if (box === undefined) return { ok: true, text };
  if (box === 'broken') return { ok: false, problem: problem('import-not-steady') };
  if (!passphrase) return { ok: false, problem: problem('import-sealed') };
  const opened = await openText(box, passphrase);
  return opened.ok ? opened : { ok: false, problem: problem('import-passphrase') };
}

/** What an import did (per store: added, and kept as on the device), or why nothing was imported and where. */
export type Imported = { ok: true; value: ImportCounts } | { ok: false; problem: Problem; where?: ImportWhere };

/**
 * Imports a file (a sealed copy is opened with `passphrase` first): checks all of it first (nothing is written if any of it is refused), then
 * writes it in one transaction, replacing everything or adding what is new (see
 * writeAllRecords), and tells the background once, since sites, times, lines and settings may
 * have changed.
 */
export async function importData(text: string, mode: ImportMode, passphrase?: string): Promise<Imported> {
  const plain = await plainText(text, passphrase);
  if (!plain.ok) return plain;
  const checked = checkImport(plain.text);
  if (!checked.ok) return checked;
  return attempt(async () => {
    const counts = await writeAllRecords(checked.data.stores, mode);
    await tellBackground();
    return counts;
  });
}
