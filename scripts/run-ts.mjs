// Runs a TypeScript script (`node scripts/run-ts.mjs scripts/preview.ts [args]`): bundles it with esbuild into
// dist/<name>.cjs, next to the build it may use, then runs it with the repository root as its first argument.
// Packages stay in node_modules.
import { spawn } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [script, ...args] = process.argv.slice(2);
const out = join(root, 'dist', `${basename(script, '.ts')}.cjs`);
await esbuild.build({
  entryPoints: [join(root, script)],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  outfile: out,
  logLevel: 'warning',
});
const child = spawn(process.execPath, [out, root, ...args], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
