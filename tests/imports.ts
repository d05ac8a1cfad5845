import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * The import graph of Steady's own sources, for the house tests: a file's imports, and the
 * closure of a file (every file of ours it reaches, transitively, and every module from outside
 * that closure names). Imports are read as text: `import … from 'x'`, `export … from 'x'`,
 * `import 'x'` and `import('x')`.
 */

export const ROOT = process.cwd();

/** Every .ts/.tsx file under a folder, as paths from the repository's root. */
export function sources(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) out.push(relative(ROOT, path));
    }
  };
  walk(join(ROOT, folder));
  return out.sort();
}

export interface Import {
  from: string;
  /** `import type …` (or `export type … from`): erased from the build. */
  typeOnly: boolean;
}

/** The modules a file imports, with whether the import is for types only. */
export function imports(file: string): Import[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const found: Import[] = [];
  for (const match of text.matchAll(/^\s*(?:import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]/gm)) {
    found.push({ from: match[2] as string, typeOnly: Boolean(match[1]) });
  }
  for (const match of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm))
    found.push({ from: match[1] as string, typeOnly: false });
  for (const match of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g))
    found.push({ from: match[1] as string, typeOnly: false });
  return found;
}

/** The file of ours an import names (`@/…` or relative), or undefined for a module from outside. */
export function resolve(file: string, from: string): string | undefined {
  let base: string;
  if (from.startsWith('@/')) base = from.slice(2);
  else if (from.startsWith('./') || from.startsWith('../')) base = relative(ROOT, join(ROOT, dirname(file), from));
  else return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    const path = join(ROOT, candidate);
    if (existsSync(path) && statSync(path).isFile()) return candidate;
  }
  throw new Error(`${file} imports ${from}, which is not a file`);
}

export interface Closure {
  /** Our files reached, the start included. */
  files: Set<string>;
  /** Modules from outside, each with the file of ours that imports it. */
  external: Map<string, string>;
}

/** Every file a file reaches through its imports; `types` follows type-only imports too. */
export function closure(start: string, { types = false }: { types?: boolean } = {}): Closure {
  const files = new Set<string>();
  const external = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const { from, typeOnly } of imports(file)) {
      if (typeOnly && !types) continue;
      const next = resolve(file, from);
      if (next) visit(next);
      else if (!external.has(from)) external.set(from, file);
    }
  };
  visit(start);
  return { files, external };
}
