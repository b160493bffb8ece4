// Starts code-server on 127.0.0.1 with throwaway profile folders, and always stops it:
// the whole process group is killed on stop, on exit and on SIGINT/SIGTERM.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { openSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeTestProfile } from './testProfile.mjs';

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

async function waitForHttp(url, timeoutMs, exitCode) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode() !== undefined) throw new Error(`code-server exited (${exitCode()}) before answering at ${url}`);
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
  writeTestProfile(userDataDir);
  const logFile = join(runDir, 'code-server.log');
  const out = openSync(logFile, 'w');
  const child = spawn(
    binary,
    ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'],
    { detached: true, stdio: ['ignore', out, out], env: { ...process.env, ...env, PATH: `${nodeBin}:${process.env.PATH}` } },
  );
  let exitCode;
  child.on('exit', (code, signal) => (exitCode = code ?? signal));
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
  for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]]) {
    process.on(signal, () => {
      stop();
      process.exit(128 + number);
    });
  }
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitForHttp(url, 60_000, () => exitCode);
  } catch (error) {
    stop();
    throw new Error(`${error.message}; see ${logFile}`, { cause: error });
  }
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
