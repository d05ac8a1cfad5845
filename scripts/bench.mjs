/**
 * `npm run bench` runs every benchmark; `npm run bench -- matcher cover` runs the named
 * ones. A benchmark is tests/bench/<name>.bench.ts: it is bundled with Vite for Node into a
 * temporary folder and run as a child process. Its result lines (one JSON object a line,
 * with `name`, `value` and `unit`) pass through to stdout, which carries nothing else;
 * progress, diagnostics and any other output go to stderr.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, 'tests', 'bench');
const SUFFIX = '.bench.ts';

const log = (message) => process.stderr.write(`${message}\n`);

/** The benchmark names, from the files in tests/bench. */
async function available() {
  const files = await readdir(benchDir).catch(() => []);
  return files
    .filter((file) => file.endsWith(SUFFIX))
    .map((file) => file.slice(0, -SUFFIX.length))
    .sort();
}

/** Bundles one benchmark (app code inlined, packages left to Node) to `<outDir>/<name>.mjs`. */
async function bundle(name, outDir) {
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    mode: 'production',
    publicDir: false,
    resolve: { alias: { '@': root } },
    build: {
      ssr: path.join(benchDir, `${name}${SUFFIX}`),
      target: 'node20',
      outDir,
      emptyOutDir: false,
      write: true,
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: `${name}.mjs` } },
    },
  });
  return path.join(outDir, `${name}.mjs`);
}

/** True for a line that is one result: a JSON object with a string name, a number value and a unit. */
function isResult(line) {
  try {
    const value = JSON.parse(line);
    return (
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      typeof value.name === 'string' &&
      typeof value.value === 'number' &&
      typeof value.unit === 'string'
    );
  } catch {
    return false;
  }
}

/** Runs a bundled benchmark; resolves with its exit code. */
function run(name, file) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [file], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      if (isResult(line)) process.stdout.write(`${line.trim()}\n`);
      else if (line.trim() !== '') log(`[${name}] ${line}`);
    });
    child.on('error', (error) => {
      log(`bench ${name}: could not start node: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main() {
  const names = await available();
  const asked = process.argv.slice(2).filter((arg) => arg !== '--');
  const unknown = asked.filter((name) => !names.includes(name));
  if (unknown.length > 0) {
    log(
      `Unknown benchmark: ${unknown.join(', ')}. Available: ${names.join(', ') || 'none'} (files tests/bench/<name>${SUFFIX}).`,
    );
    return 1;
  }
  const chosen = asked.length > 0 ? [...new Set(asked)] : names;
  if (chosen.length === 0) {
    log(`No benchmarks found in ${path.relative(root, benchDir)}.`);
    return 1;
  }
  const outDir = await mkdtemp(path.join(tmpdir(), 'steady-bench-'));
  // Bundles keep packages as imports; this lets Node find them from the temporary folder.
  await symlink(path.join(root, 'node_modules'), path.join(outDir, 'node_modules'), 'dir');
  let failed = 0;
  try {
    for (const name of chosen) {
      log(`bench ${name}: bundling`);
      let file;
      try {
        file = await bundle(name, outDir);
      } catch (error) {
        log(`bench ${name}: could not bundle: ${error instanceof Error ? error.message : String(error)}`);
        failed++;
        continue;
      }
      log(`bench ${name}: running`);
      const code = await run(name, file);
      if (code !== 0) {
        log(`bench ${name}: exited with code ${code}`);
        failed++;
      }
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main().catch((error) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return 1;
});
