import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Chromium keeps what was typed into a form field in the profile's session files on disk (a
 * textarea's words were found in `Sessions/` seconds after typing) unless the field says
 * `autocomplete="off"` (or names what it is, as a password field does). Every field where a
 * person types words says so.
 */

/** Kinds of input that hold no typed words. */
const NO_WORDS = new Set(['checkbox', 'radio', 'file', 'range', 'hidden', 'submit', 'button', 'color']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.tsx') ? [path] : [];
  });
}

/** Each `<input …>` and `<textarea …>` of a file, as written (across lines, `{…}` and `=>` inside). */
function fields(text: string): string[] {
  return [...text.matchAll(/<(input|textarea)\b/g)].map((match) => {
    let depth = 0;
    for (let i = match.index; i < text.length; i++) {
      const char = text[i];
      if (char === '{') depth++;
      else if (char === '}') depth--;
      else if (char === '>' && depth === 0) return text.slice(match.index, i + 1);
    }
    return text.slice(match.index);
  });
}

const FILES = [...sources('components'), ...sources('entrypoints')];

describe('typed words never wait in the browser’s session files', () => {
  it.each(FILES)('%s: every field for words says autocomplete', (file) => {
    const missing = fields(readFileSync(file, 'utf8')).filter((tag) => {
      const type = /\btype="([^"]+)"/.exec(tag)?.[1] ?? 'text';
      return !NO_WORDS.has(type) && !/\bautocomplete=/.test(tag);
    });
    expect(missing).toEqual([]);
  });

  it('finds the fields it checks (the test reads the tags it means to)', () => {
    const all = FILES.flatMap((file) => fields(readFileSync(file, 'utf8')));
    expect(all.filter((tag) => tag.startsWith('<textarea')).length).toBeGreaterThan(5);
  });
});
