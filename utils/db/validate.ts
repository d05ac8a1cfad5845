/**
 * Checks for records before they are written. Each check returns the first problem in
 * plain words, or undefined when the value is fine.
 */
export type Check<T> = (value: T) => string | undefined;

/** Thrown when a record is refused; nothing was written. */
export class InvalidRecordError extends Error {
  constructor(
    readonly store: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidRecordError';
  }
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The longest free text a record holds, unless a field says otherwise. */
export const MAX_TEXT = 2000;

export const isText = (value: unknown, max = MAX_TEXT): value is string =>
  typeof value === 'string' && value.length <= max;

export const isOptionalText = (value: unknown, max = MAX_TEXT): boolean => value === undefined || isText(value, max);

export const isInt = (value: unknown, min: number, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** A plausible epoch-millisecond time: after 2000-01-01 and before 2200. */
export const isTime = (value: unknown): value is number => isInt(value, 946_684_800_000, 7_258_118_400_000);

export const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= 100;

/** The first problem in the fields every record carries. */
export function checkStamps(record: unknown): string | undefined {
  if (!isObject(record)) return 'The record is not an object.';
  if (!isId(record.id)) return 'The record has no id.';
  if (!isTime(record.createdAt) || !isTime(record.updatedAt)) return 'The record has no valid times.';
  return undefined;
}
