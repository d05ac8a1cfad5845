/**
 * Why something was refused, as a code (and the values its words need). Pure and data code
 * returns these, never sentences; pages turn them into words in the person's language
 * (utils/words/problems.ts). One list, so every code has its words (the compiler checks it).
 */
export const PROBLEM_CODES = [
  // What a person typed as a site (utils/triggers/site-pattern.ts).
  'site-empty',
  'site-not-web',
  'site-spaces',
  'site-every-site',
  'site-every-site-ending',
  'site-star',
  'site-not-address',
  'site-ending',
  'site-no-ending',
  // A trigger-site record.
  'site-host',
  'site-full-name',
  'site-scope',
  'site-path',
  'site-level',
  'site-when',
  'site-quiet',
  'site-duplicate',
  // A named search word, as typed and as stored (its level, when and quiet use the site codes).
  'search-empty',
  'search-long',
  'search-duplicate',
  'search-entry',
  // A hard time, as typed and as stored.
  'time-no-label',
  'time-source',
  'time-times',
  'time-differ',
  'time-weekday',
  'time-day-of-month',
  'time-date',
  'time-day-of-year',
  'time-kind',
  'time-not-on-calendar',
  'time-month-too-short',
  // Settings and the plan.
  'settings-one',
  'settings-quiet',
  'settings-pause',
  'settings-safe-page',
  'settings-start',
  'settings-flag',
  'plan-section',
  'plan-lines',
  'plan-line-long',
  // Other records.
  // A support person, as typed and as stored.
  'contact-name',
  'contact-relation',
  'contact-phone',
  'contact-email',
  'contact-telegram',
  'contact-preferred',
  'contact-hours',
  'contact-message',
  'contact-note',
  'contact-order',
  'phone-empty',
  'phone-not-a-number',
  'phone-needs-country',
  'phone-too-short',
  'phone-too-long',
  'phone-extension',
  'phone-invalid',
  'email-invalid',
  'telegram-invalid',
  // A crisis line the person entered; a reach out; the country and the message.
  'line-name',
  'line-number',
  'line-about',
  'line-order',
  'line-last',
  'reach-who',
  'reach-channel',
  'reach-place',
  'reach-time',
  'settings-country',
  'settings-message',
  'settings-lock',
  'settings-dismissed',
  'settings-firm-until',
  // "Keep my sites firm until" (utils/triggers/firm-until.ts).
  'firm-time',
  // The lock.
  'lock-short',
  'lock-mismatch',
  'lock-wrong',
  'event-time',
  'event-site',
  'event-choice',
  'event-path',
  'urge-time',
  'urge-intensity',
  'urge-trigger',
  'urge-note',
  'urge-site',
  'urge-outcome',
  'lapse-time',
  'lapse-note',
  'lapse-trigger',
  'lapse-urge',
  'checkin-day',
  'checkin-mood',
  'checkin-note',
  // The history's filter: the dates a person chose.
  'history-date',
  'history-dates-order',
  'record-shape',
  'record-id',
  'record-times',
  'record-gone',
  // A file to import (utils/backup/validate.ts): nothing of it was written.
  'import-too-big',
  'import-sealed',
  'import-passphrase',
  'export-passphrase-short',
  'export-passphrase-mismatch',
  'import-not-json',
  'import-not-steady',
  'import-newer',
  'import-unsafe-key',
  'import-too-deep',
  'import-too-long',
  'import-store',
  'import-store-missing',
  'import-store-list',
  'import-record',
  'import-field',
  'import-duplicate-id',
  // Anything else that went wrong: nothing was changed.
  'unknown',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** A refusal: its code, and the values its words need (a site's ending, a month and its days). */
export interface Problem {
  code: ProblemCode;
  values?: ReadonlyArray<string | number>;
}

/** A problem with the values its words need. */
export const problem = (code: ProblemCode, ...values: Array<string | number>): Problem =>
  values.length > 0 ? { code, values } : { code };
