import { hidePage } from './hide-page';

/**
 * The guard's only DOM work: one unnamed element on the page's <html> (a plain div, nothing in
 * its name or attributes says what it is), holding a closed shadow root with an opaque cover
 * and, once the rules say this page warns, the warning (an extension page in an iframe).
 * Nothing of the person's is put here: the frame is cross-origin to the page, and the page's
 * scripts cannot reach into a closed shadow root.
 *
 * While it is up, the page underneath is not rendered (./hide-page.ts), inline on the page's own
 * <html> and <body> and put back exactly when it lifts: no stylesheet a page could trigger.
 *
 * A page that works against the cover is answered, not fought (README, "When a page works
 * against the cover"): if it takes the element off, changes its style, or replaces its <html> or
 * <body>, the cover is put back at once; if it navigates the warning frame elsewhere, a fresh
 * warning replaces it.
 */
export interface Cover {
  /** Shows the warning at `frameUrl` on the cover (replacing any earlier one) and moves focus into it. */
  warn(frameUrl: string): void;
  /** The warning frame, once `warn` was called. */
  readonly frame: HTMLIFrameElement | undefined;
  /** Takes the cover and the warning off the page, stops watching, and gives focus back. */
  remove(): void;
}

/** The cover's style: above everything the page can put there (but its top layer). */
export const HOST_STYLE =
  'all:initial!important;position:fixed!important;inset:0!important;z-index:2147483647!important;display:block!important;';

const SHADOW_STYLE = `
:host { all: initial; }
.cover { position: fixed; inset: 0; background: #f6f4ef; }
iframe { position: fixed; inset: 0; width: 100%; height: 100%; border: 0; background: transparent; color-scheme: normal; }
@media (prefers-color-scheme: dark) { .cover { background: #1d1f21; } }
`;

/**
 * Covers the page at once (called at document_start, before the body exists), so that not one
 * frame of it shows while the rules are read. `onFrameMoved` is called when the page navigates
 * the warning frame away from the warning; the guard then shows a fresh one.
 */
export function coverPage(doc: Document = document, onFrameMoved: () => void = () => undefined): Cover {
  const host = doc.createElement('div');
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_STYLE;
  const cover = doc.createElement('div');
  cover.className = 'cover';
  root.append(style, cover);
  doc.documentElement.append(host);
  const page = hidePage(doc);

  let frame: HTMLIFrameElement | undefined;
  /** Loads of the frame since it was put in (or back): the first is the warning itself. */
  let loads = 0;
  // Once a warning shows, focus goes into it and stays there until a choice is made.
  const keepFocus = (event: FocusEvent) => {
    if (frame && event.target !== host) frame.focus();
  };
  // Put back what the page takes away: the element itself, its style, the page kept unrendered
  // (a new <html> or <body> too).
  const watched = new Set<Node>();
  const watch = new MutationObserver(() => {
    const html = doc.documentElement;
    if (html && host.parentNode !== html) {
      // A frame put back into a document loads its warning afresh: that load is its own.
      html.append(host);
      loads = 0;
    }
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
    for (const name of host.getAttributeNames()) if (name !== 'style') host.removeAttribute(name);
    page.update();
    watchPage();
  });
  const watchPage = () => {
    const { documentElement: html, body } = doc;
    if (html && !watched.has(html)) {
      watch.observe(html, { childList: true, attributes: true, attributeFilter: ['style'] });
      watched.add(html);
    }
    if (body && !watched.has(body)) {
      watch.observe(body, { attributes: true, attributeFilter: ['style'] });
      watched.add(body);
    }
  };
  watch.observe(doc, { childList: true });
  watch.observe(host, { attributes: true });
  watchPage();

  return {
    get frame() {
      return frame;
    },
    warn(frameUrl) {
      frame?.remove();
      const next = doc.createElement('iframe');
      next.src = frameUrl;
      next.title = 'Steady';
      next.setAttribute('allow', '');
      loads = 0;
      // The warning page never navigates itself: a second load means the page moved the frame.
      next.addEventListener('load', () => {
        if (frame !== next) return;
        loads++;
        if (loads === 1) next.focus();
        else onFrameMoved();
      });
      root.append(next);
      if (!frame) doc.addEventListener('focusin', keepFocus, true);
      frame = next;
    },
    remove() {
      watch.disconnect();
      doc.removeEventListener('focusin', keepFocus, true);
      host.remove();
      page.show();
      frame = undefined;
      showFragment(doc);
    },
  };
}

/**
 * The page was not laid out while covered, so the browser could not scroll to the part its
 * address names (`#section`) and has given up by now: do it, as the browser would have, unless
 * the page has scrolled itself meanwhile.
 */
export function showFragment(doc: Document): void {
  const view = doc.defaultView;
  const hash = view?.location.hash ?? '';
  if (!view || hash.length < 2 || view.scrollX !== 0 || view.scrollY !== 0) return;
  let id = hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // Not percent-encoded text: the id as written.
  }
  const target = doc.getElementById(id) ?? [...doc.getElementsByName(id)].find((el) => el.localName === 'a');
  target?.scrollIntoView();
}
