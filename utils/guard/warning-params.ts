import { WARNING_LEVELS, type WarningLevel } from '@/utils/db/schema';

/**
 * What the guard tells the warning page through its address, so the page can show its exits
 * at once, before the background answers: the page's address, whether the tab can go back,
 * the warning's token, and the level and pause the guard decided (absent when it could not read
 * its rules). Nothing of the person's words travels this way.
 */
export interface WarningParams {
  url: string;
  canGoBack: boolean;
  /** A fresh random token per warning: a choice acts only on the warning it came from. */
  token: string;
  level?: WarningLevel;
  pauseSeconds?: number;
  /** The check-in is for a search the person named a word for (its words say so, never the word). */
  search?: boolean;
}

/** The query string of the warning page's address. */
export function warningQuery(params: WarningParams): string {
  const query = new URLSearchParams({ u: params.url, b: params.canGoBack ? '1' : '0', t: params.token });
  if (params.level) query.set('l', params.level);
  if (params.pauseSeconds !== undefined) query.set('p', String(params.pauseSeconds));
  if (params.search) query.set('s', '1');
  return query.toString();
}

/** Reads the warning page's query; anything unknown is left out rather than guessed. */
export function readWarningQuery(search: string): WarningParams {
  const query = new URLSearchParams(search);
  const level = query.get('l');
  const pause = Number(query.get('p'));
  return {
    url: query.get('u') ?? '',
    canGoBack: query.get('b') === '1',
    token: query.get('t') ?? '',
    ...(WARNING_LEVELS.includes(level as WarningLevel) ? { level: level as WarningLevel } : {}),
    ...(Number.isInteger(pause) && pause >= 1 && pause <= 600 ? { pauseSeconds: pause } : {}),
    ...(query.get('s') === '1' ? { search: true } : {}),
  };
}
