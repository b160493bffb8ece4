// Builds every bundle the project ships or tests with esbuild.
//   node scripts/build.mjs          production: minified, external source maps
//   node scripts/build.mjs --dev    unminified, inline source maps
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, statSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { execFileSync } from 'node:child_process';
import { generateCountryTable } from './generate-countries.mjs';

const dev = process.argv.includes('--dev');
const root = new URL('..', import.meta.url).pathname;
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function filesUnder(dir, suffix) {
  let out = [];
  let entries;
  try {
    entries = readdirSync(join(root, dir));
  } catch {
    return out;
  }
  for (const name of entries) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) out = out.concat(filesUnder(path, suffix));
    else if (name.endsWith(suffix)) out.push(path);
  }
  return out;
}

const common = {
  absWorkingDir: root,
  bundle: true,
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
  charset: 'utf8',
  define: { PACKAGE_VERSION: JSON.stringify(packageJson.version) },
};

generateCountryTable(root);

// The engine's data files, for hosts that load them at run time (the extension): copied
// to dist/data/ under the names RESOURCE_FILES gives, minified.
const DATA_FILES = {
  'countries.json': 'src/core/data/generated/countries.json',
  'leaders.json': 'src/core/data/leaders.json',
  'organizations.json': 'src/core/data/organizations.json',
  'places.json': 'src/core/data/places.json',
  'lang-id.json': 'src/core/lang/id/resources.json',
  'lang-en.json': 'src/core/lang/en/resources.json',
  'context-words.json': 'src/core/data/contextWords.json',
};
function copyData() {
  mkdirSync(join(root, 'dist/data'), { recursive: true });
  for (const [name, source] of Object.entries(DATA_FILES)) {
    writeFileSync(join(root, 'dist/data', name), JSON.stringify(JSON.parse(readFileSync(join(root, source), 'utf8'))));
  }
}
rmSync(join(root, 'dist'), { recursive: true, force: true });
rmSync(join(root, '.build'), { recursive: true, force: true });
mkdirSync(join(root, 'dist'), { recursive: true });
copyData();

const shipped = {
  ...common,
  minify: !dev,
  sourcemap: dev ? 'inline' : 'external',
};

const builds = [
  esbuild.build({
    ...shipped,
    entryPoints: { extension: 'src/extension/extension.ts', worker: 'src/node/annotationWorkerMain.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    metafile: true,
  }),
  esbuild.build({
    ...shipped,
    entryPoints: { cli: 'src/cli/main.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
  }),
  // The core alone, for browsers and workers: fails to build if it reaches for Node or vscode.
  esbuild.build({
    ...shipped,
    entryPoints: { 'news-annotator-core': 'src/core/index.ts' },
    outdir: 'dist/browser',
    outExtension: { '.js': '.mjs' },
    platform: 'browser',
    format: 'esm',
  }),
  // Development tools and tests: never shipped.
  esbuild.build({
    ...common,
    entryPoints: filesUnder('scripts', '.ts'),
    outdir: '.build/tools',
    outbase: 'scripts',
    platform: 'node',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['playwright-core'],
  }),
  // The extension-host suite as one test-only extension: mocha and the tests in one file.
  esbuild.build({
    ...common,
    entryPoints: { runner: 'test/integration/runner/index.ts' },
    outdir: '.build/test-extension',
    platform: 'node',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode'],
    logLevel: 'error',
  }),
  esbuild.build({
    ...common,
    entryPoints: filesUnder('test', '.ts').filter((f) => !f.startsWith('test/integration')),
    outdir: '.build/test',
    outbase: 'test',
    platform: 'node',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha', 'playwright-core'],
  }),
];

const [extension] = await Promise.all(builds);
execFileSync(process.execPath, [join(root, '.build/tools/generateSchema.js')], { stdio: 'inherit' });
const bytes = Object.values(extension.metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0;
console.log(`built dist/extension.js (${(bytes / 1024).toFixed(1)} KB${dev ? ', dev' : ''}) in ${relative(process.cwd(), root) || '.'}`);
