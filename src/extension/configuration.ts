import * as vscode from 'vscode';
import * as z from 'zod/mini';
import { ENTITY_TYPES, type EntityType } from '../core';

const SECTION = 'newsAnnotator';

/** How a mention is drawn: a subtle background and an underline, or one of the two. */
export const DECORATION_STYLES = ['backgroundAndUnderline', 'background', 'underline'] as const;
export type DecorationStyle = (typeof DECORATION_STYLES)[number];

const SETTINGS = {
  files: z.array(z.string()),
  exclude: z.array(z.string()),
  maxFileSize: z.number().check(z.nonnegative()),
  types: z.record(z.enum(ENTITY_TYPES), z.boolean()),
  'codeLens.enabled': z.boolean(),
  'decorations.style': z.enum(DECORATION_STYLES),
  debounceMs: z.number().check(z.gte(0), z.lte(5000)),
  'export.directory': z.string(),
} as const;

type SettingName = keyof typeof SETTINGS;
type SettingValue<K extends SettingName> = z.infer<(typeof SETTINGS)[K]>;

export interface Settings {
  files: string[];
  exclude: string[];
  maxFileSize: number;
  enabledTypes: ReadonlySet<EntityType>;
  codeLensEnabled: boolean;
  decorationStyle: DecorationStyle;
  debounceMs: number;
  exportDirectory: string;
}

const DEFAULTS: { [K in SettingName]: SettingValue<K> } = {
  files: ['**/*.txt', '**/*.news', '**/*.article'],
  exclude: ['**/LICENSE*', '**/requirements*.txt', '**/node_modules/**', '**/*.log', '**/CHANGELOG*', '**/README*'],
  maxFileSize: 5 * 1024 * 1024,
  types: Object.fromEntries(ENTITY_TYPES.map((t) => [t, true])) as Record<EntityType, boolean>,
  'codeLens.enabled': true,
  'decorations.style': 'backgroundAndUnderline',
  debounceMs: 300,
  'export.directory': '',
};

/**
 * The one place settings are read. Each value is checked against its schema; an invalid
 * one is replaced by its default and reported once, naming the setting.
 */
export class Configuration implements vscode.Disposable {
  private readonly warned = new Set<string>();
  /** Every warning shown, in order: what a user saw, for the extension-host tests. */
  readonly warnings: string[] = [];
  private readonly changed = new vscode.EventEmitter<Settings>();
  readonly onDidChange = this.changed.event;
  private current: Settings;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly warn: (message: string) => void = (m) => void vscode.window.showWarningMessage(m)) {
    this.current = this.read();
    this.subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(SECTION)) return;
      this.current = this.read();
      this.changed.fire(this.current);
    });
  }

  get settings(): Settings {
    return this.current;
  }

  private read(): Settings {
    const config = vscode.workspace.getConfiguration(SECTION);
    const get = <K extends SettingName>(name: K): SettingValue<K> => {
      const raw = config.get<unknown>(name);
      const result = z.safeParse(SETTINGS[name], raw);
      if (result.success) {
        this.warned.delete(name);
        return result.data as SettingValue<K>;
      }
      if (!this.warned.has(name)) {
        this.warned.add(name);
        this.warnings.push(name);
        this.warn(`News Annotator: the setting "${SECTION}.${name}" is invalid (${result.error.issues[0]?.message ?? 'wrong type'}); using its default.`);
      }
      return DEFAULTS[name];
    };
    const types = { ...DEFAULTS.types, ...get('types') };
    return {
      files: get('files'),
      exclude: get('exclude'),
      maxFileSize: get('maxFileSize'),
      enabledTypes: new Set(ENTITY_TYPES.filter((t) => types[t] !== false)),
      codeLensEnabled: get('codeLens.enabled'),
      decorationStyle: get('decorations.style'),
      debounceMs: get('debounceMs'),
      exportDirectory: get('export.directory'),
    };
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
