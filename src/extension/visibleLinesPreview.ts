import * as vscode from 'vscode';
import { sequentialCopy, type Annotation, type Annotator } from '../core';

/** About this many characters above and below the visible lines are annotated with them. */
const MARGIN_CHARACTERS = 8_000;
/** How many lines past the margin a cut may look for a paragraph break before it settles for a line break. */
const PARAGRAPH_SEARCH_LINES = 30;
/**
 * A preview never annotates more than this many characters (about 15–30 ms of engine on
 * the main thread): a window of very long lines is cut at a space instead.
 */
const MAX_PREVIEW_CHARACTERS = 48_000;

/** Annotations of a stretch of one document version, offsets relative to the whole document. */
export interface Preview {
  readonly version: number;
  /** The text annotated, as offsets (end exclusive) and as lines (inclusive). */
  readonly from: number;
  readonly to: number;
  readonly firstLine: number;
  readonly lastLine: number;
  readonly annotations: readonly Annotation[];
}

/**
 * While a large article's full annotation runs in the worker thread, the lines around the
 * screen are annotated at once on the main thread with the same engine, so highlights
 * appear right away. Only decorations use a preview: the engine sees just the cut, so a
 * surname linked through a full name outside it, for instance, can be missing until the
 * full result replaces the preview. Hovers, lenses, references and exports wait for that.
 */
export class VisibleLinesPreview {
  private readonly previews = new Map<string, Preview>();

  constructor(private readonly annotator: () => Annotator) {}

  /** A preview covering the editor's visible lines: the last one if it still does, else a new one. */
  around(editor: vscode.TextEditor): Preview {
    const document = editor.document;
    const key = document.uri.toString();
    const visible = visibleRange(editor);
    const last = this.previews.get(key);
    if (last && last.version === document.version && last.from <= document.offsetAt(visible.start) && last.to >= document.offsetAt(visible.end)) return last;
    const preview = this.annotate(document, visible);
    this.previews.set(key, preview);
    return preview;
  }

  forget(document: vscode.TextDocument): void {
    this.previews.delete(document.uri.toString());
  }

  private annotate(document: vscode.TextDocument, visible: vscode.Range): Preview {
    const firstLine = cutAbove(document, visible.start.line);
    const lastLine = cutBelow(document, visible.end.line);
    let from = document.offsetAt(new vscode.Position(firstLine, 0));
    let to = document.offsetAt(document.lineAt(lastLine).range.end);
    let text = document.getText(new vscode.Range(firstLine, 0, lastLine, document.lineAt(lastLine).range.end.character));
    if (text.length > MAX_PREVIEW_CHARACTERS) {
      // Very long lines: keep a slice around the top of the screen, cut at spaces.
      const anchor = document.offsetAt(visible.start) - from;
      const sliceStart = spaceAfter(text, Math.max(0, anchor - MAX_PREVIEW_CHARACTERS / 4));
      const sliceEnd = spaceBefore(text, Math.min(text.length, sliceStart + MAX_PREVIEW_CHARACTERS), sliceStart);
      text = text.slice(sliceStart, sliceEnd);
      from += sliceStart;
      to = from + text.length;
    }
    // getText of one line and slice() give V8 slices, which would slow the engine for good.
    const annotations = this.annotator()
      .annotate(sequentialCopy(text))
      .annotations.map((annotation) => ({ ...annotation, start: annotation.start + from, end: annotation.end + from }));
    return { version: document.version, from, to, firstLine: document.positionAt(from).line, lastLine: document.positionAt(to).line, annotations };
  }
}

function visibleRange(editor: vscode.TextEditor): vscode.Range {
  const ranges = editor.visibleRanges;
  // Before the editor is laid out it reports no visible range: it shows the top.
  if (ranges.length === 0) return new vscode.Range(0, 0, 0, 0);
  return new vscode.Range(ranges[0]!.start, ranges[ranges.length - 1]!.end);
}

/** The first line to annotate: the margin's worth of characters above, up to a paragraph break if one is near. */
function cutAbove(document: vscode.TextDocument, firstVisible: number): number {
  let line = firstVisible;
  let characters = 0;
  while (line > 0 && characters < MARGIN_CHARACTERS) characters += document.lineAt(--line).text.length + 1;
  for (let i = line; i > 0 && i > line - PARAGRAPH_SEARCH_LINES; i--) if (document.lineAt(i).isEmptyOrWhitespace) return i;
  return line;
}

/** The last line to annotate: the margin's worth of characters below, down to a paragraph break if one is near. */
function cutBelow(document: vscode.TextDocument, lastVisible: number): number {
  const lastLine = document.lineCount - 1;
  let line = lastVisible;
  let characters = 0;
  while (line < lastLine && characters < MARGIN_CHARACTERS) characters += document.lineAt(++line).text.length + 1;
  for (let i = line; i < lastLine && i < line + PARAGRAPH_SEARCH_LINES; i++) if (document.lineAt(i).isEmptyOrWhitespace) return i;
  return line;
}

function spaceAfter(text: string, index: number): number {
  const space = text.slice(index).search(/\s/);
  return space < 0 ? index : index + space + 1;
}

function spaceBefore(text: string, index: number, notBefore: number): number {
  if (index >= text.length) return text.length;
  const space = text.lastIndexOf(' ', index);
  return space <= notBefore ? index : space;
}
