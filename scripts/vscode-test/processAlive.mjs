// Whether a process id still names a running process: tells a stale lock or run folder
// left by a killed run from one a colleague's run is using right now.
export function isProcessAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}
