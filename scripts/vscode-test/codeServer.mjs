// Starts code-server on 127.0.0.1 with throwaway profile folders, and always stops it:
// the whole process group is killed on stop, on exit and on SIGINT/SIGTERM.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer at ${url} within ${timeoutMs} ms`);
}

export async function startCodeServer({ binary, nodeBin, runDir, extensionsDir, env = {} }) {
  const port = await freePort();
  const userDataDir = join(runDir, 'user-data');
  rmSync(userDataDir, { recursive: true, force: true });
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  // A quiet profile: no welcome page, no git prompt, and no chat view, whose plain-text
  // input box would otherwise activate every onLanguage:plaintext extension at start-up.
  writeFileSync(
    join(userDataDir, 'User/settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'editor.wordWrap': 'on',
      'git.openRepositoryInParentFolders': 'never',
      'chat.disableAIFeatures': true,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'telemetry.telemetryLevel': 'off',
      'extensions.autoCheckUpdates': false,
      'update.mode': 'none',
    }, null, 2),
  );
  const logFile = join(runDir, 'code-server.log');
  const out = openSync(logFile, 'w');
  const child = spawn(
    binary,
    ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'],
    { detached: true, stdio: ['ignore', out, out], env: { ...process.env, ...env, PATH: `${nodeBin}:${process.env.PATH}` } },
  );
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stop();
      process.exit(130);
    });
  }
  const url = `http://127.0.0.1:${port}/`;
  await waitForHttp(url, 60_000);
  return { url, stop, logFile, userDataDir };
}

export function installExtension({ binary, nodeBin, extensionsDir, runDir, vsix }) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['--extensions-dir', extensionsDir, '--user-data-dir', join(runDir, 'install-data'), '--install-extension', vsix, '--force'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PATH: `${nodeBin}:${process.env.PATH}` },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`installing ${vsix} failed:\n${output}`))));
  });
}
