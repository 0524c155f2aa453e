// Runs scripts/preview.ts: bundles it (and the in-memory Workspace it uses) with esbuild into dist/preview.cjs,
// next to the build it previews, then runs it. Packages stay in node_modules.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/preview.cjs');
await esbuild.build({
  entryPoints: [join(root, 'scripts/preview.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  outfile: out,
  logLevel: 'warning',
});
const child = spawn(process.execPath, [out, root], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
