import { FIREFOX_BUILD, findFirefox } from './firefox';
import { findChromium, requireBuilt } from './harness';

/** Fails the run at once, with a message that says what to do, if a browser or a build is missing. */
export default function setup() {
  findChromium();
  requireBuilt();
  findFirefox();
  requireBuilt(FIREFOX_BUILD.dir, FIREFOX_BUILD.command);
}
