import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATTERN_REGISTRY } from '@/components/insights/patterns';
import { ROOT } from '../imports';

/**
 * One list for each kind of thing (issue #19), as Refined GitHub registers a feature: a pattern
 * of the insights is one file in components/insights/patterns/, registered in one line of its
 * index.ts. A file left out, or registered twice, fails here.
 */

const FOLDER = 'components/insights/patterns';
const FRAME = ['index.ts', 'pattern.tsx'];
const FILES = readdirSync(join(ROOT, FOLDER))
  .filter((name) => !FRAME.includes(name))
  .sort();

describe('the insight patterns', () => {
  const index = readFileSync(join(ROOT, FOLDER, 'index.ts'), 'utf8');
  it('has patterns to check', () => expect(FILES.length).toBeGreaterThan(0));
  it.each(FILES)('%s is registered once', (file) => {
    const module = file.replace(/\.tsx?$/, '');
    const imported = [...index.matchAll(/import \{ (\w+) \} from '\.\/([\w-]+)';/g)].filter((m) => m[2] === module);
    expect(imported, `${file}: import it in ${FOLDER}/index.ts and add it to PATTERN_REGISTRY`).toHaveLength(1);
    const name = imported[0]?.[1] as string;
    const registry = /PATTERN_REGISTRY = \[([^\]]*)\]/.exec(index)?.[1] ?? '';
    expect(
      registry
        .split(',')
        .map((entry) => entry.trim())
        .filter((entry) => entry === name),
    ).toHaveLength(1);
  });
  it('each has an id of its own and a heading', () => {
    const ids = PATTERN_REGISTRY.map((pattern) => pattern.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(PATTERN_REGISTRY).toHaveLength(FILES.length);
    for (const pattern of PATTERN_REGISTRY) expect(pattern.heading().length, pattern.id).toBeGreaterThan(0);
  });
});

describe('the options page’s sections', () => {
  const OPTIONS = 'entrypoints/options';
  const files = readdirSync(join(ROOT, OPTIONS))
    .filter((name) => /^\w+Section\.tsx$/.test(name) && name !== 'Section.tsx')
    .sort();
  const registry = readFileSync(join(ROOT, OPTIONS, 'sections.tsx'), 'utf8');
  it('has sections to check', () => expect(files.length).toBeGreaterThan(0));
  it.each(files)('%s is registered once, in sections.tsx (and nowhere else imported)', (file) => {
    const name = file.replace(/\.tsx$/, '');
    expect(registry.match(new RegExp(`import \\{ ${name} \\} from './${name}';`, 'g')), file).toHaveLength(1);
    expect(registry.match(new RegExp(`<${name}[\\s/>]`, 'g')), `${name} in SECTION_LIST`).toHaveLength(1);
    const app = readFileSync(join(ROOT, OPTIONS, 'App.tsx'), 'utf8');
    expect(app, 'the page reads the registry, never a section itself').not.toContain(`from './${name}'`);
  });
  it('each has an address of its own', () => {
    const ids = [...registry.matchAll(/\{\s*id: '([\w-]+)'/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(files.length);
  });
});
