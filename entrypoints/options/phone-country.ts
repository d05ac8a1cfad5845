import { createSignal } from 'solid-js';
import { saveCountry } from '@/utils/commands/help';
import type { Problem } from '@/utils/problems';
import { guessCountry } from '@/utils/reach-out/country-guess';
import { countryList } from '@/utils/words/countries';
import { phoneReadBackWords } from '@/utils/words/phone';

/**
 * What a page with a person form needs to read phone numbers with the right country: the country
 * guessed from the browser's languages (used until one is chosen, never saved by itself), the
 * read-back shown under each phone field, and the country picker beside a refused number.
 */
export function createPhoneCountry(chosen: () => string | undefined, onChosen: () => unknown) {
  const guess = guessCountry(typeof navigator === 'undefined' ? [] : navigator.languages);
  const countries = countryList();
  const [ask, setAsk] = createSignal(false);
  /** The country phone numbers are read with: the chosen one, else the guess. */
  const readWith = () => chosen() ?? guess;
  return {
    guess,
    readWith,
    readBack: (typed: string) => phoneReadBackWords(typed, readWith()),
    /**
     * After a save: the picker shows beside the phone error when the number needs a country, or
     * could not be valid (it may have been read against the wrong country).
     */
    saw(problems: Partial<Record<string, Problem>> | undefined) {
      setAsk(
        Object.values(problems ?? {}).some(
          (found) => found?.code === 'phone-needs-country' || found?.code === 'phone-invalid',
        ),
      );
    },
    picker: () => ({
      countries,
      value: chosen(),
      ask: ask(),
      onChange: (code: string | undefined) => void saveCountry(code).then(() => onChosen()),
    }),
  };
}
