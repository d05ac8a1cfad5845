import { uiLocale } from './locale';

/**
 * Dates, times, names of days and months, and lists, in the person's language, from Intl (never
 * from hand-written tables). The language is the browser's interface language, the same one
 * the words come from.
 */

const cache = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/** A day of the week by number (0 = Sunday): "Friday", "viernes". */
export function weekdayName(day: number, locale = uiLocale()): string {
  // 2023-01-01 was a Sunday.
  return dateFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1 + day));
}

/** A month by number (1 = January): "March", "marzo". */
export function monthName(month: number, locale = uiLocale()): string {
  return dateFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2023, month - 1, 1));
}

/** A day of a month: "22 March", "March 22", "22 de marzo", as the language writes it. */
export function dayOfMonth(month: number, day: number, locale = uiLocale()): string {
  return dateFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2024, month - 1, day));
}

/** A calendar date with its weekday: "Friday, 16 January 2026". */
export function fullDate(year: number, month: number, day: number, locale = uiLocale()): string {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return dateFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(date);
}

/** A time of day, given in minutes after midnight, as the language writes it: "22:00", "10:00 PM". */
export function clock(minutes: number, locale = uiLocale()): string {
  return dateFormat(locale, { timeStyle: 'short', timeZone: 'UTC' }).format(
    Date.UTC(2023, 0, 1, Math.floor(minutes / 60) % 24, minutes % 60),
  );
}

/** An instant's time of day in a zone: "22:00". */
export function timeIn(epoch: number, zone: string, locale = uiLocale()): string {
  return dateFormat(locale, { timeStyle: 'short', timeZone: zone }).format(epoch);
}

/** An instant's weekday in a zone: "Friday". */
export function weekdayIn(epoch: number, zone: string, locale = uiLocale()): string {
  return dateFormat(locale, { weekday: 'long', timeZone: zone }).format(epoch);
}

/** "a", "a and b", "a, b and c" (or "a, b y c"). */
export function list(items: readonly string[], locale = uiLocale()): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** A duration in minutes and seconds: "1 min, 5 sec", "5 sec". */
export function duration(totalSeconds: number, locale = uiLocale()): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const unit = (value: number, name: 'minute' | 'second') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  return minutes > 0 ? list([unit(minutes, 'minute'), unit(seconds, 'second')], locale) : unit(seconds, 'second');
}

/** An instant as a short date and time in the person's language: "30 Nov 2026, 21:40". */
export function dateTime(epoch: number, locale = uiLocale()): string {
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(epoch);
}

/** An hour of the day as a short label: "9 PM", "21". */
export function hourName(hour: number, locale = uiLocale()): string {
  return dateFormat(locale, { hour: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1, hour));
}

/** A number as the language writes it, with at most `digits` decimals: "4.5", "4,5". */
export function decimal(value: number, digits = 1, locale = uiLocale()): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** A calendar date given as YYYY-MM-DD, short: "2 Nov 2026", "2 nov 2026". */
export function shortDate(key: string, locale = uiLocale()): string {
  const [year, month, day] = key.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year ?? 1970, (month ?? 1) - 1, day ?? 1);
  return dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
