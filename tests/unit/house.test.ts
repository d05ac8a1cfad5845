import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The house's own rules, checked file by file (in the manner of Refined GitHub's
 * build/features.test.ts). A new file that breaks one fails here, with the rule and the reason.
 */

const ROOT = process.cwd();

/** Every .ts/.tsx file under a folder, as paths from the repository's root. */
function sources(folder: string): string[] {
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

/** The modules a file imports (import … from 'x', import 'x', import('x')), with whether the import is for types only. */
function imports(file: string): Array<{ from: string; typeOnly: boolean }> {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const found: Array<{ from: string; typeOnly: boolean }> = [];
  for (const match of text.matchAll(/^\s*import\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
    found.push({ from: match[2] as string, typeOnly: Boolean(match[1]) });
  }
  for (const match of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm))
    found.push({ from: match[1] as string, typeOnly: false });
  for (const match of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g))
    found.push({ from: match[1] as string, typeOnly: false });
  return found;
}

interface Rule {
  files: string[];
  forbidden: RegExp;
  /** Type-only imports are fine (a component may name a record's type). */
  allowTypes?: boolean;
  why: string;
}

const COMPONENTS = sources('components');
const PURE = [...sources('utils/triggers'), ...sources('utils/db')];
const PAGES = sources('entrypoints').filter((file) => /entrypoints\/(popup|options|warning)\//.test(file));

const RULES: Record<string, Rule> = {
  'components use no browser API, repository, command or message': {
    files: COMPONENTS,
    forbidden:
      /^(wxt\/browser|@wxt-dev\/browser|@\/utils\/db\/(?!schema$)|@\/utils\/commands\/|@\/utils\/messages$|@\/utils\/permissions$)/,
    allowTypes: true,
    why: 'components are presentational: they get data and callbacks from their page, so they can be rendered and tested alone',
  },
  'pure and data code imports no words and no browser API': {
    files: PURE,
    forbidden: /^(#i18n|@\/utils\/words\/|wxt\/browser|@wxt-dev\/browser|@\/components\/)/,
    why: 'utils/triggers and utils/db return problem codes, never sentences, and run anywhere (tests, the background, the guard)',
  },
  'pages change and read data through commands, never a repository': {
    files: PAGES,
    forbidden: /^@\/utils\/db\/(?!schema$)/,
    allowTypes: true,
    why: 'a command validates, writes in one transaction and tells the background once; a page that writes a repository itself skips that',
  },
};

describe.each(Object.entries(RULES))('%s', (_rule, { files, forbidden, allowTypes, why }) => {
  it('has files to check', () => expect(files.length).toBeGreaterThan(0));
  it.each(files)('%s', (file) => {
    const broken = imports(file)
      .filter((i) => forbidden.test(i.from) && !(allowTypes && i.typeOnly))
      .map((i) => i.from);
    expect(broken, `${file} imports ${broken.join(', ')}: ${why}`).toEqual([]);
  });
});

/**
 * Words a person reads, written straight into markup: JSX text with a letter in it, or a
 * literal aria-label, title, placeholder or alt. Everything a person reads comes from a locale.
 * (The file is parsed with TypeScript, so generics and comparisons are never mistaken for text.)
 */
function literalWords(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(join(ROOT, file), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(node.text.trim());
    if (
      ts.isJsxAttribute(node) &&
      ['aria-label', 'title', 'placeholder', 'alt'].includes(node.name.getText(source)) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      /\p{L}/u.test(node.initializer.text)
    ) {
      found.push(`${node.name.getText(source)}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('every word a person reads comes from a locale', () => {
  it.each([...COMPONENTS.filter((f) => f.endsWith('.tsx')), ...PAGES.filter((f) => f.endsWith('.tsx'))])(
    '%s shows no literal words',
    (file) => {
      expect(literalWords(file), `${file}: move these words into locales/en.yml and locales/es.yml`).toEqual([]);
    },
  );

  it('the check catches literal words', () => {
    expect(literalWords('tests/unit/house-fixture.tsx.txt')).toEqual(['Save my plan', 'aria-label="Close"']);
  });
});
