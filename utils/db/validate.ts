import { type Problem, problem } from '@/utils/problems';
import { MAX_TEXT } from './schema';

/**
 * Checks for records before they are written. Each check returns the first problem (a code,
 * never words), or undefined when the value is fine.
 */
export type Check<T> = (value: T) => Problem | undefined;

/** Thrown when a record is refused; nothing was written. */
export class InvalidRecordError extends Error {
  constructor(
    readonly store: string,
    readonly problem: Problem,
  ) {
    super(`${store}: ${problem.code}`);
    this.name = 'InvalidRecordError';
  }
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

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
export function checkStamps(record: unknown): Problem | undefined {
  if (!isObject(record)) return problem('record-shape');
  if (!isId(record.id)) return problem('record-id');
  if (!isTime(record.createdAt) || !isTime(record.updatedAt)) return problem('record-times');
  return undefined;
}
