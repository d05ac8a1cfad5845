/** Web pages the end-to-end tests serve on their test hosts, shared by the files that use them. */

/** A single-page site: `go(path)` changes the address without loading a page. */
export const SPA = `<!doctype html><html><head><title>Forum</title></head><body><h1>Forum home</h1>
<script>window.go = (path) => history.pushState({}, '', path);</script></body></html>`;

/** A long page with a heading far down (#later), and the same `go(path)`. */
export const LONG = `<!doctype html><html><head><title>Long</title></head><body>${'<p>Text</p>'.repeat(300)}
<h2 id="later">Later on</h2>${'<p>More</p>'.repeat(300)}
<script>window.go = (path) => history.pushState({}, '', path);</script></body></html>`;
