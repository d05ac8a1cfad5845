import { type AllRecords, STORE_NAMES } from '@/utils/db/schema';
import { isSealedBox, type SealedBox } from '@/utils/lock/seal';

/**
 * The export file: one versioned JSON object that holds every record of every store.
 *
 *   { "app": "steady", "format": 1, "dbVersion": 5, "exportedAt": 1767225600000,
 *     "stores": { "sites": [ … ], "times": [ … ], …, "settings": [ … ] } }
 *
 * `format` is the shape of this envelope (a later Steady that changes it says 2); `dbVersion`
 * is the database version the records were written at, so an import can upgrade them through
 * the same steps as the database (utils/db/upgrades.ts).
 */
export const BACKUP_APP = 'steady';
export const BACKUP_FORMAT = 1;

export interface BackupFile {
  app: typeof BACKUP_APP;
  format: typeof BACKUP_FORMAT;
  dbVersion: number;
  exportedAt: number;
  stores: AllRecords;
}

/**
 * The file's text: the envelope, then each store with one record a line, so a person (or a
 * diff) can read it and "entry 12 of the urges" is easy to find. The same data always gives the
 * same text.
 */
export function backupText(file: BackupFile): string {
  const stores = STORE_NAMES.map((store) => {
    const records = file.stores[store] as unknown[];
    const lines = records.map((record) => JSON.stringify(record)).join(',\n');
    return `${JSON.stringify(store)}:[${records.length > 0 ? `\n${lines}\n` : ''}]`;
  });
  const head = JSON.stringify({
    app: file.app,
    format: file.format,
    dbVersion: file.dbVersion,
    exportedAt: file.exportedAt,
  });
  return `${head.slice(0, -1)},"stores":{\n${stores.join(',\n')}\n}}\n`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The file's name, with the local date it was made: steady-backup-2026-01-31.json. */
export function backupFileName(exportedAt: number): string {
  const day = new Date(exportedAt);
  return `steady-backup-${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}.json`;
}

/**
 * A copy sealed with a passphrase the person chooses: the plain file's whole text, sealed
 * (utils/lock/seal.ts), in an envelope that says only that it is Steady's and sealed.
 *
 *   { "app": "steady", "sealed": { "v": 1, "kdf": { … }, "iv": "…", "data": "…" } }
 */
export const sealedBackupText = (box: SealedBox): string => `${JSON.stringify({ app: BACKUP_APP, sealed: box })}\n`;

/** A sealed copy's name: steady-backup-2026-01-31-sealed.json. */
export const sealedBackupFileName = (exportedAt: number): string =>
  backupFileName(exportedAt).replace(/\.json$/, '-sealed.json');

/**
 * Whether a file's text is a sealed copy: its box (checked for shape only), 'broken' for an
 * envelope that says sealed but holds no box, or undefined for any other text (a plain copy,
 * or not Steady's at all: the plain checks say which).
 */
export function sealedBox(text: string): SealedBox | 'broken' | undefined {
  if (!/^\s*\{\s*"app"\s*:\s*"steady"\s*,\s*"sealed"\s*:/.test(text.slice(0, 200))) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'broken';
  }
  const envelope = parsed as { app?: unknown; sealed?: unknown };
  if (Object.keys(envelope).length !== 2 || envelope.app !== BACKUP_APP) return 'broken';
  return isSealedBox(envelope.sealed) ? envelope.sealed : 'broken';
}
