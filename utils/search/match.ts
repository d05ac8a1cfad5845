import type { Ruling } from '@/utils/triggers/decide';
import { type EngineId, searchQuery } from './engines';
import { entryForms, foldedWords } from './fold';
import { hashPhrase, phraseHasher } from './keyed-hash';

/**
 * A named search word as a rule: how firm, when and how quiet (as a site), and the keyed hashes of
 * its folded forms under its salt, never the word.
 */
export interface SearchRule extends Ruling {
  salt: string;
  /** The keyed hashes (16 hex digits) of the entry's folded forms (utils/search/fold.ts entryForms). */
  keys: string[];
}

/** What the guard needs to check searches: the engines turned on, the rules, and the most words of a rule. */
export interface SearchCopy {
  engines: EngineId[];
  rules: SearchRule[];
  /** The most words any rule's forms have: how long a run of the query's words is hashed. */
  longest: number;
}

/** Whether a rule the decision chose is a search rule (it has keys; a site has a host). */
export const isSearchRule = (rule: object): rule is SearchRule => 'keys' in rule;

/** The keys of an entry's forms under `salt`, and how many words its longest form has. */
export function entryKeys(entry: string, plurals: boolean, salt: string): { keys: string[]; words: number } {
  const forms = entryForms(entry, plurals);
  return {
    keys: forms.map((form) => hashPhrase(salt, form)),
    words: Math.max(0, ...forms.map((form) => form.split(' ').length)),
  };
}

/**
 * Whether a stored entry names the same word as `word` once both are folded (case, accents, width),
 * compared under the entry's own salt: an entry from another install's copy has another salt.
 */
export const sameWord = (entry: { salt: string; keys: readonly string[] }, word: string): boolean =>
  entry.keys[0] === entryKeys(word, false, entry.salt).keys[0];

/** The most words of a query that are read (a bound on the guard's work; far above a real search). */
export const MAX_QUERY_WORDS = 64;

/** Finds the search rules whose words a search address holds; made by `createSearchMatcher`. */
export interface SearchMatcher<S extends SearchRule = SearchRule> {
  matchAll(url: string): S[];
}

/**
 * A matcher over search rules. A lookup reads the query of an engine's result address, folds it
 * into words, and hashes every run of one to `longest` consecutive words under each salt the rules
 * use (one, unless a copy brought back from another install added its own), probing a table of the
 * rules' keys: its cost grows with the query's length, not with the number of words named.
 */
export function createSearchMatcher<S extends SearchRule>(copy: {
  engines: readonly EngineId[];
  rules: readonly S[];
  longest: number;
}): SearchMatcher<S> {
  const bySalt = new Map<string, Map<string, S[]>>();
  const hashers = new Map<string, (phrase: string) => string>();
  for (const rule of copy.rules) {
    let table = bySalt.get(rule.salt);
    if (!table) {
      table = new Map();
      bySalt.set(rule.salt, table);
      hashers.set(rule.salt, phraseHasher(rule.salt));
    }
    for (const key of rule.keys) {
      const list = table.get(key);
      if (list) list.push(rule);
      else table.set(key, [rule]);
    }
  }
  return {
    matchAll(url) {
      if (bySalt.size === 0) return [];
      const found = searchQuery(url, copy.engines);
      if (!found) return [];
      const words = foldedWords(found.query).slice(0, MAX_QUERY_WORDS);
      const hits = new Set<S>();
      for (const [salt, table] of bySalt) {
        const hash = hashers.get(salt) as (phrase: string) => string;
        for (let start = 0; start < words.length; start++) {
          for (let n = 1; n <= copy.longest && start + n <= words.length; n++) {
            const rules = table.get(hash(words.slice(start, start + n).join(' ')));
            if (rules) for (const rule of rules) hits.add(rule);
          }
        }
      }
      // In the order the rules were given, so two calls agree.
      return copy.rules.filter((rule) => hits.has(rule));
    },
  };
}
