import * as vscode from 'vscode';

export interface ShownMessage {
  readonly severity: 'error' | 'warning' | 'information';
  readonly text: string;
}

/**
 * Notifications from commands that report an outcome. Each is also kept, in order, so the
 * extension-host tests read what a user saw without answering or mocking the UI.
 */
export class UserMessages {
  readonly shown: ShownMessage[] = [];

  error(text: string): void {
    this.shown.push({ severity: 'error', text });
    void vscode.window.showErrorMessage(text);
  }

  warning(text: string): void {
    this.shown.push({ severity: 'warning', text });
    void vscode.window.showWarningMessage(text);
  }

  information<Action extends string>(text: string, ...actions: Action[]): Thenable<Action | undefined> {
    this.shown.push({ severity: 'information', text });
    return vscode.window.showInformationMessage(text, ...actions);
  }

  /** A modal question with one action besides Cancel; true when the user chose it. */
  async confirm(text: string, action: string): Promise<boolean> {
    this.shown.push({ severity: 'warning', text });
    return (await vscode.window.showWarningMessage(text, { modal: true }, action)) === action;
  }
}
