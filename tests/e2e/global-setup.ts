import { findChromium, testBuild } from './harness';

/** Fails the run at once, with a message that says what to do, if Chromium or the build is missing. */
export default function setup() {
  findChromium();
  testBuild();
}
