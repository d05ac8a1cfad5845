// The end-to-end tests, in two lanes at once (the machine has two cores), each one file at a time:
// beside the rest run the files that mostly wait for the clock (a firm night's end, a quiet
// minute, a hard time's start: minutes of an idle browser), and two long ones that even the
// lanes out (by a clean run's times: about 16 minutes each). With file names (`npm run test:e2e -- x.e2e.ts`),
// just those files, in one lane. Fails if either lane fails.
import { spawn } from 'node:child_process';

/** The side lane: three files whose time is mostly waiting for a minute to pass (520 s), and two long ones (about 430 s). */
const SIDE = [
  'tests/e2e/both-firm.e2e.ts',
  'tests/e2e/both-friction.e2e.ts',
  'tests/e2e/hard-times.e2e.ts',
  'tests/e2e/both-forced-colors.e2e.ts',
  'tests/e2e/a11y.e2e.ts',
];
const VITEST = ['vitest', 'run', '--config', 'vitest.e2e.config.ts'];

/** Runs vitest with `args`, each line of its output marked with `lane` (if any); resolves to its exit code. */
function lane(name, args) {
  return new Promise((done) => {
    const child = spawn('npx', [...VITEST, ...args], { stdio: name ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    if (name) {
      for (const [from, to] of [
        [child.stdout, process.stdout],
        [child.stderr, process.stderr],
      ]) {
        let rest = '';
        from.on('data', (chunk) => {
          const lines = (rest + chunk).split('\n');
          rest = lines.pop() ?? '';
          for (const line of lines) to.write(`[${name}] ${line}\n`);
        });
        from.on('end', () => rest && to.write(`[${name}] ${rest}\n`));
      }
    }
    child.on('close', (code) => done(code ?? 1));
  });
}

const asked = process.argv.slice(2);
const codes = asked.length
  ? [await lane(undefined, asked)]
  : await Promise.all([
      lane('side', SIDE),
      lane(
        'main',
        SIDE.flatMap((file) => ['--exclude', file]),
      ),
    ]);
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
