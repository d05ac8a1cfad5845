/**
 * Folding for the words a person names and the searches Steady reads: the same steps on both
 * sides, so "Café", "CAFE" and "ｃａｆｅ" are one word. Pure; imports nothing.
 *
 * 1. NFKD: compatibility forms (full-width and other width forms, ligatures) become their plain
 *    letters, and accented letters split into a letter and its marks.
 * 2. The marks go (accents, the dot of Turkish İ, the breve of й): in any script.
 * 3. Lower case, locale-free, with the letters whose case differs by language made one: Turkish
 *    dotless ı is i (so İstanbul, ISTANBUL and ıstanbul agree), German ß is ss, Greek final ς is σ.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/ς/g, 'σ');
}

/** The most words one named entry may have ("elm street" is two). */
export const MAX_ENTRY_WORDS = 6;

/**
 * The folded words of a text, in order: runs of letters and digits of any script; anything else
 * (spaces, punctuation, `+` in a query) separates them. Scripts written without spaces between
 * words (Chinese, Japanese, Thai) give a run per stretch between spaces or punctuation.
 */
export function foldedWords(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The plural forms of a folded English or Spanish word, generated (the person asked for "and its
 * plurals"): -s and -es (car → cars, box → boxes, camión → camiones after folding), consonant +
 * y → -ies (party → parties), -z → -ces (luz → luces), -f and -fe → -ves (leaf → leaves, knife →
 * knives). A form that is no real word costs nothing: no search holds it.
 */
export function pluralsOf(word: string): string[] {
  const forms = [`${word}s`, `${word}es`];
  if (/[^aeiou]y$/.test(word)) forms.push(`${word.slice(0, -1)}ies`);
  if (word.endsWith('z')) forms.push(`${word.slice(0, -1)}ces`);
  if (word.endsWith('fe')) forms.push(`${word.slice(0, -2)}ves`);
  else if (word.endsWith('f')) forms.push(`${word.slice(0, -1)}ves`);
  return forms;
}

/**
 * The folded phrases an entry matches: its words joined by one space, and with plurals the same
 * with its last word in each plural form. Empty when the entry has no word.
 */
export function entryForms(entry: string, plurals: boolean): string[] {
  const words = foldedWords(entry);
  const last = words.at(-1);
  if (last === undefined) return [];
  const head = words.slice(0, -1);
  const lasts = plurals ? [last, ...pluralsOf(last)] : [last];
  return [...new Set(lasts.map((form) => [...head, form].join(' ')))];
}
