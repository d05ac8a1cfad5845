import { HOST_STYLE } from '@/utils/guard/cover';

/**
 * A page long enough to scroll, with a heading: what a probe measures on it does not depend on
 * the host it is served from.
 */
export const FORGE_PAGE = `<!doctype html><html><head><title>forge</title></head><body>
<h1>Forum</h1>${'<p>A line of the forum, long enough to wrap on a narrow window.</p>'.repeat(60)}</body></html>`;

/**
 * What a hostile page can learn by imitating Steady's cover (DESIGN.md: "nothing it can trigger
 * by forging"): it puts an element with the cover's own style on its <html>, and reads its own
 * computed styles, sizes and attributes, and what its observers report, before, while and after.
 * Run where no cover is up (a page of a flagged host that does not warn, or after Continue), the
 * answer must be the same as on a page of a host Steady does not know.
 */
export const FORGE_PROBE = `(async () => {
  const html = document.documentElement;
  const body = document.body;
  const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const read = () => {
    const root = getComputedStyle(html);
    const page = getComputedStyle(body);
    return {
      contentVisibility: page.getPropertyValue('content-visibility'),
      intrinsicBlockSize: page.getPropertyValue('contain-intrinsic-block-size'),
      rootOverflow: root.getPropertyValue('overflow'),
      bodyHeight: Math.round(body.getBoundingClientRect().height),
      scrollHeight: html.scrollHeight,
      headingShown: document.querySelector('h1').checkVisibility(),
      styleAttributes: [html.getAttribute('style'), body.getAttribute('style')],
    };
  };
  const before = read();
  const mutations = [];
  const watch = new MutationObserver((records) => {
    for (const record of records) mutations.push(record.type + ':' + (record.attributeName || record.target.nodeName));
  });
  watch.observe(html, { attributes: true, childList: true });
  watch.observe(body, { attributes: true });
  const sizes = [];
  const resize = new ResizeObserver((entries) => {
    for (const entry of entries) sizes.push(Math.round(entry.contentRect.height));
  });
  resize.observe(body);
  const forged = document.createElement('div');
  forged.setAttribute('style', ${JSON.stringify(HOST_STYLE)});
  html.append(forged);
  await frames();
  await new Promise((done) => setTimeout(done, 100));
  const during = read();
  forged.remove();
  await frames();
  const after = read();
  watch.disconnect();
  resize.disconnect();
  return { before, during, after, mutations, sizes };
})()`;
