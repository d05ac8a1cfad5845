import { findFirefox, firefoxTestBuild } from './firefox';
import { findChromium, GRANTED_TEST_HOSTS, testBuild } from './harness';

/** Fails the run at once, with a message that says what to do, if a browser or a build is missing. */
export default function setup() {
  findChromium();
  testBuild();
  findFirefox();
  firefoxTestBuild(GRANTED_TEST_HOSTS);
}
