import { type Problem, problem } from '@/utils/problems';
import { createRepo, type RepoOptions } from './repo';
import type { HelpLine } from './schema';
import { isInt, isOptionalText, isText } from './validate';

/**
 * A line's number as a link can dial it: digits and a leading plus, from what the person wrote
 * (spaces, dashes, dots and brackets are dropped). Short codes (988, 112, 116 123) are numbers
 * too. Undefined for anything else.
 */
export function dialable(number: string): string | undefined {
  if (typeof number !== 'string' || number.length > 40) return undefined;
  const digits = number.trim().replace(/[\s().-]/g, '');
  return /^\+?\d{2,15}$/.test(digits) ? digits : undefined;
}

export function checkLine(line: HelpLine): Problem | undefined {
  if (!isText(line.name, 100) || line.name.trim() === '') return problem('line-name');
  if (dialable(line.number) === undefined) return problem('line-number');
  if (!isOptionalText(line.about, 200)) return problem('line-about');
  if (!isInt(line.order, 0, 10_000)) return problem('line-order');
  return undefined;
}

/** The crisis and support lines the person entered, in their order. */
export function linesRepo(options: RepoOptions = {}) {
  const repo = createRepo('lines', checkLine, options);
  return {
    ...repo,
    async list(): Promise<HelpLine[]> {
      return (await repo.list()).sort((a, b) => a.order - b.order);
    },
  };
}
