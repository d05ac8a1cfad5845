import { isSupportedCountry } from 'libphonenumber-js/max';

/**
 * The country the browser's languages suggest (`navigator.languages`, given by the page): the
 * region of the first tag that names one (`en-US` → US, `zh-Hant-TW` → TW), if Steady can read
 * phone numbers there. A tag without a region (`en`, `es`) suggests nothing: a region is never
 * invented from the language alone (Intl.Locale's maximize would make `es` Spain), and a
 * region that is not a country (`es-419`, Latin America) suggests nothing either.
 *
 * A guess is only a guess: it preselects the country in the first steps and reads phone numbers
 * until the person chooses, and never makes any line local. Options page only (it loads
 * libphonenumber's list of countries).
 */
export function guessCountry(languages: readonly string[]): string | undefined {
  for (const tag of languages) {
    let region: string | undefined;
    try {
      region = new Intl.Locale(tag).region;
    } catch {
      continue;
    }
    if (region !== undefined && /^[A-Z]{2}$/.test(region) && isSupportedCountry(region)) return region;
  }
  return undefined;
}
