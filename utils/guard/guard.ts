import { isSearchRule } from '@/utils/search/match';
import { levelNow } from '@/utils/triggers/decide';
import { type Cover, coverPage } from './cover';
import { addQuiet, decideFromState, type GuardState, type QuietTimes, withQuiet } from './state';
import type { WarningParams } from './warning-params';

/**
 * 128 random bits as hex. (crypto.randomUUID exists only on secure pages; a flagged site may be
 * plain http, and getRandomValues works everywhere.)
 */
export function randomToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export interface GuardDeps {
  /** The guard's copy of the rules (storage.local); may throw. */
  readState(): Promise<GuardState | undefined>;
  now(): number;
  /** The page's current address (location). */
  href(): string;
  /** Whether the tab has somewhere to go back to. */
  canGoBack(): boolean;
  /** The warning page's address for these parameters. */
  frameUrl(params: WarningParams): string;
  /** A fresh, unguessable token for each warning. */
  token(): string;
  /** Keeps the quiet times the person gave on "continue" for the site's next pages (storage.local). */
  keepQuiet?(ids: readonly string[], until: number): void;
  doc?: Document;
}

export interface Guard {
  /** Reads the rules for the current address and shows, keeps or lifts the warning. */
  check(): Promise<void>;
  /**
   * The person chose "continue" on the warning with this token: the rules that warned here are
   * quieted on this page at once (the background stores the same quiet time), and the warning
   * lifts. A token of any other warning (an earlier one, before a single-page move) does nothing.
   * Returns whether it lifted.
   */
  continueFrom(token: string): boolean;
  /** The warning with this token found no rule: read the rules again and decide, as on any check. */
  recheck(token: string): Promise<void>;
  /** The warning frame on the page, if one is showing. */
  readonly frame: HTMLIFrameElement | undefined;
  /** Whether anything of Steady's is on the page. */
  readonly covered: boolean;
}

/** How many tokens of one warning shown again in place stay good (the latest). */
const MAX_TOKENS = 8;

/** Whether two decisions are the same warning: the same rule at the same level (or both unknown). */
function sameWarning(a: { level?: string; rule?: string }, b: { level?: string; rule?: string }): boolean {
  return a.level === b.level && a.rule === b.rule;
}

/**
 * The guard on a flagged host. It covers the page the moment it starts, then reads the rules:
 * a page the person asked about gets the warning, any other page of the host is uncovered and
 * never loads the warning at all. If the rules cannot be read, the warning shows (the person
 * asked for it on this host) and asks the background for its level; it always offers a way on.
 */
export function startGuard(deps: GuardDeps): Guard {
  /** The warning shown: its level and pause, and the rule it is for (absent when the rules could not be read). */
  type Shown = Pick<WarningParams, 'level' | 'pauseSeconds' | 'search'> & { rule?: string };
  // The page navigated the warning frame away: show a fresh warning in its place.
  const onFrameMoved = () => show(shownFor ?? deps.href(), shownLevel);
  let cover: Cover | undefined = coverPage(deps.doc, onFrameMoved);
  let shownFor: string | undefined;
  let shownLevel: Shown = {};
  let token: string | undefined;
  /**
   * Every token of the warning now on the page, for as long as the cover stays up with the same
   * decision: a warning the guard shows again in place (its frame moved by the page) is the same
   * warning, so a Continue pressed in it a moment before is still the person's choice.
   */
  let tokens = new Set<string>();
  /** The rules as last read, so a single-page move into a flagged path is covered at once. */
  let known: GuardState | undefined;
  /** Quiet times this page has given itself on "continue", until the stored copy has them too. */
  let quietHere: QuietTimes = {};
  const decide = (url: string) => decideFromState(withQuiet(known, quietHere, deps.now()), url, deps.now());

  const lift = () => {
    cover?.remove();
    cover = undefined;
    shownFor = undefined;
    token = undefined;
    tokens = new Set();
  };

  function show(url: string, level: Shown) {
    cover ??= coverPage(deps.doc, onFrameMoved);
    token = deps.token();
    if (!sameWarning(shownLevel, level)) tokens = new Set();
    tokens.add(token);
    // A page that keeps moving the frame makes the guard show it again and again: keep the latest few.
    for (const old of tokens) if (tokens.size > MAX_TOKENS) tokens.delete(old);
    shownFor = url;
    shownLevel = level;
    const { rule: _rule, ...params } = level;
    cover.warn(deps.frameUrl({ url, canGoBack: deps.canGoBack(), token, ...params }));
  }

  async function check() {
    const url = deps.href();
    // Cover at once if the rules as last read say this address warns; the fresh read decides.
    if (!cover && decide(url)) cover = coverPage(deps.doc, onFrameMoved);
    let level: Shown | undefined;
    try {
      known = await deps.readState();
      const decision = decide(url);
      if (decision) {
        level = { level: decision.level, pauseSeconds: known?.pauseSeconds ?? 10, rule: decision.rule.id };
        if (isSearchRule(decision.rule)) level.search = true;
      }
    } catch {
      level = {}; // unknown: the warning page asks the background
    }
    if (url !== deps.href()) return; // moved on meanwhile: the newer check decides
    if (!level) return lift();
    // The same decision as the warning on screen (an address change within the page: a hash, a
    // query, pushState): it stays, with whatever the person is doing in it, and is not shown or
    // recorded again.
    if (cover?.frame && shownFor !== undefined && sameWarning(shownLevel, level)) return;
    show(url, level);
  }

  return {
    check,
    continueFrom(given) {
      if (!token || !tokens.has(given) || !shownFor) return false;
      const decision = decide(shownFor);
      if (decision?.level === 'firm') return false;
      const until = deps.now() + (known?.quietMinutes ?? 15) * 60_000;
      // Never a firm rule into the quiet times (the decision is not firm, so none covers here now).
      const hardTime = known?.hardTime ?? { on: false, firmer: false };
      const ids = (decision?.covering ?? [])
        .filter((rule) => levelNow(rule.level, hardTime, deps.now()) !== 'firm')
        .map((rule) => rule.id);
      quietHere = addQuiet(quietHere, ids, until, deps.now());
      lift();
      if (ids.length > 0) deps.keepQuiet?.(ids, until);
      return true;
    },
    async recheck(given) {
      if (!token || given !== token) return;
      shownFor = undefined;
      await check();
    },
    get frame() {
      return cover?.frame;
    },
    get covered() {
      return cover !== undefined;
    },
  };
}
