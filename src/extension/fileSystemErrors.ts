import * as vscode from 'vscode';

/**
 * Why a read or write through vscode.workspace.fs failed, in words for a message that
 * already names the file (FileSystemError messages repeat the path and the error class).
 */
export function describeFileSystemError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/ENOSPC/.test(message)) return 'the disk is full';
  if (/EROFS/.test(message)) return 'the file system is read-only';
  if (error instanceof vscode.FileSystemError) {
    switch (error.code) {
      case 'FileNotFound':
        return 'it does not exist (deleted or moved)';
      case 'NoPermissions':
        return 'permission denied';
      case 'FileNotADirectory':
        return 'a file stands where a folder is needed';
      case 'FileIsADirectory':
        return 'it is a folder';
      case 'Unavailable':
        return 'the file system is unavailable';
    }
  }
  if (/EACCES|EPERM/.test(message)) return 'permission denied';
  if (/ENOTDIR/.test(message)) return 'a file stands where a folder is needed';
  if (/EEXIST/.test(message)) return 'a file stands where a folder is needed';
  return message.replace(/\s*\((?:\w+ )?\(?FileSystemError\)?\)?\s*$/, '');
}
