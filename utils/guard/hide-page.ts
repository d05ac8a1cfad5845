/**
 * While the cover is up, the page underneath is not rendered: the browser skips its style, layout
 * and paint, so the warning is not kept waiting behind a page nobody can see (README, "While the
 * cover is up"). The guard sets this on the page's own <html> and <body>, inline, and puts back
 * exactly what was there when the cover lifts. There is no stylesheet: a page that forges the
 * cover's element can trigger nothing, and a page of a flagged host that does not warn, or after
 * Continue, reads the same styles, sizes and attributes as it would without Steady.
 */

/** A property set while covered: name, value (always `!important`, so the page's own rules cannot undo it). */
type Declaration = readonly [property: string, value: string];

/** No scroll bar beside the warning (the body below is kept tall, and scroll bars would show for it). */
export const COVERED_ROOT: readonly Declaration[] = [['overflow', 'hidden']];

export const COVERED_BODY: readonly Declaration[] = [
  ['content-visibility', 'hidden'],
  /*
   * Unrendered, the body would be as tall as nothing, and the browser, finding nowhere to put
   * back the place a reload or going back left the page at, would give up on it. A tall empty
   * body keeps that place, and the page's own height takes over once it renders.
   */
  ['contain-intrinsic-block-size', '1000000px'],
];

/** One element hidden: how to put it back as it was. */
interface Hidden {
  element: HTMLElement;
  declarations: readonly Declaration[];
  /** Its style attribute before (null: it had none). */
  before: string | null;
  /** Each property as it was (value and priority), for when the page changed the style meanwhile. */
  previous: ReadonlyArray<readonly [property: string, value: string, priority: string]>;
  /** The style attribute as Steady last left it. */
  ours: string | null;
}

function hide(element: HTMLElement, declarations: readonly Declaration[], earlier?: Hidden): Hidden {
  const style = element.style;
  const before = earlier?.before ?? element.getAttribute('style');
  const previous =
    earlier?.previous ??
    declarations.map(
      ([property]) => [property, style.getPropertyValue(property), style.getPropertyPriority(property)] as const,
    );
  for (const [property, value] of declarations) style.setProperty(property, value, 'important');
  return { element, declarations, before, previous, ours: element.getAttribute('style') };
}

function unhide(hidden: Hidden): void {
  const { element } = hidden;
  if (element.getAttribute('style') === hidden.ours) {
    // Untouched by the page meanwhile: put back the very attribute it had, to the letter.
    if (hidden.before === null) element.removeAttribute('style');
    else element.setAttribute('style', hidden.before);
    return;
  }
  // The page changed the style meanwhile: keep its changes, and take back only Steady's.
  for (const [property, value, priority] of hidden.previous) {
    if (value === '') element.style.removeProperty(property);
    else element.style.setProperty(property, value, priority);
  }
  if (hidden.before === null && element.getAttribute('style') === '') element.removeAttribute('style');
}

const isHidden = (hidden: Hidden) =>
  hidden.declarations.every(
    ([property, value]) =>
      hidden.element.style.getPropertyValue(property) === value &&
      hidden.element.style.getPropertyPriority(property) === 'important',
  );

/** The page under the cover, kept unrendered until `show` is called. */
export interface HiddenPage {
  /**
   * Looks again after the page changed its tree or the styles: a new <body> (or <html>) is
   * hidden too, and what the page took off is put back.
   */
  update(): void;
  /** The page renders as it would have: every element as it was. */
  show(): void;
}

/** Hides the page of `doc` now (its <html>; its <body> as soon as there is one). */
export function hidePage(doc: Document): HiddenPage {
  const hidden = new Map<HTMLElement, Hidden>();
  const keep = (element: HTMLElement | null, declarations: readonly Declaration[]) => {
    if (!element) return;
    const earlier = hidden.get(element);
    if (earlier && isHidden(earlier)) return;
    hidden.set(element, hide(element, declarations, earlier));
  };
  const update = () => {
    const { documentElement: root, body } = doc;
    // An element the page replaced or took out renders nowhere: give it back as it was.
    for (const [element, entry] of hidden) {
      if (element !== root && element !== body) {
        unhide(entry);
        hidden.delete(element);
      }
    }
    keep(root, COVERED_ROOT);
    keep(body, COVERED_BODY);
  };
  update();
  return {
    update,
    show() {
      for (const entry of hidden.values()) unhide(entry);
      hidden.clear();
    },
  };
}
