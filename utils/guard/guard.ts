import { type GuardState, ruleToWarn } from '@/utils/guard-state';
import { type Cover, coverPage } from './mount';

export interface GuardDeps {
  /** The guard's copy of the rules (storage.local); may throw. */
  readState(): Promise<GuardState | undefined>;
  now(): number;
  /** The page's current address (location). */
  href(): string;
  /** The warning page's address for a page address. */
  frameUrl(url: string): string;
  doc?: Document;
}

export interface Guard {
  /** Reads the rules for the current address and shows, keeps or lifts the warning. */
  check(): Promise<void>;
  /** Lifts the warning (the person chose to continue). */
  dismiss(): void;
  /** The warning frame on the page, if one is showing. */
  readonly frame: HTMLIFrameElement | undefined;
  /** Whether anything of Steady's is on the page. */
  readonly covered: boolean;
}

/**
 * The guard on a flagged host. It covers the page the moment it starts, then reads the rules:
 * a page the person asked about gets the warning, any other page of the host is uncovered and
 * never loads the warning at all. If the rules cannot be read, the warning shows: the person
 * asked for it on this host, and it always offers a way on.
 */
export function startGuard(deps: GuardDeps): Guard {
  let cover: Cover | undefined = coverPage(deps.doc);
  let shownFor: string | undefined;
  /** The rules as last read, so a single-page move into a flagged path is covered at once. */
  let known: GuardState | undefined;

  const lift = () => {
    cover?.remove();
    cover = undefined;
    shownFor = undefined;
  };

  return {
    async check() {
      const url = deps.href();
      // Cover at once if the rules as last read say this address warns; the fresh read decides.
      if (!cover && ruleToWarn(known, url, deps.now())) cover = coverPage(deps.doc);
      let warns: boolean;
      try {
        known = await deps.readState();
        warns = ruleToWarn(known, url, deps.now()) !== undefined;
      } catch {
        warns = true;
      }
      if (url !== deps.href()) return; // moved on meanwhile: the newer check decides
      if (!warns) return lift();
      if (cover && shownFor === url) return;
      cover ??= coverPage(deps.doc);
      cover.warn(deps.frameUrl(url));
      shownFor = url;
    },
    dismiss() {
      lift();
      known = undefined; // read before the person chose to continue: the quiet time is not in it
    },
    get frame() {
      return cover?.frame;
    },
    get covered() {
      return cover !== undefined;
    },
  };
}
