// The user settings every real-VS-Code test run starts from, for code-server and desktop VS Code.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'editor.wordWrap': 'on',
  'git.openRepositoryInParentFolders': 'never',
  // The chat view's plain-text input box would otherwise activate every
  // onLanguage:plaintext extension at start-up, before any article is open.
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
};

/** Writes a fresh profile into `userDataDir` (which should be empty or new). */
export function writeTestProfile(userDataDir) {
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User/settings.json'), JSON.stringify(QUIET_SETTINGS, null, 2));
}
