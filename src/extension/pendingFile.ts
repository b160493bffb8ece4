import * as vscode from 'vscode';

/**
 * A file written beside its target under a temporary name and renamed over the target
 * only once complete, through vscode.workspace.fs: a failed or cancelled write leaves
 * neither half a file nor the temporary one, and an existing target stays as it was.
 */
export class PendingFile {
  readonly temporary: vscode.Uri;

  constructor(readonly target: vscode.Uri) {
    this.temporary = target.with({ path: `${target.path}.${process.pid}.${Date.now()}.tmp` });
  }

  async write(content: Uint8Array): Promise<void> {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(this.target, '..'));
    await vscode.workspace.fs.writeFile(this.temporary, content);
  }

  commit(): Thenable<void> {
    return vscode.workspace.fs.rename(this.temporary, this.target, { overwrite: true });
  }

  /** Removes the temporary file, if it was written; never throws. */
  async discard(): Promise<void> {
    await vscode.workspace.fs.delete(this.temporary).then(undefined, () => undefined);
  }
}

export async function writeAtomically(target: vscode.Uri, content: Uint8Array): Promise<void> {
  const pending = new PendingFile(target);
  try {
    await pending.write(content);
    await pending.commit();
  } catch (error) {
    await pending.discard();
    throw error;
  }
}
