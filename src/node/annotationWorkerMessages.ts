import type { CompactDocument } from '../core/model/compactDocument';

/** Annotate a document the editor holds (a large one, off the main thread). */
export interface AnnotateRequest {
  readonly id: number;
  readonly kind?: 'annotate';
  readonly text: string;
  readonly uri: string;
}

/**
 * Decode, annotate and render one article of a workspace export: the file's bytes go in,
 * the text to write comes out, so the extension host's main thread only reads and writes.
 */
export interface ExportRequest {
  readonly id: number;
  readonly kind: 'export';
  readonly bytes: Uint8Array;
  readonly uri: string;
  /** Relative to the workspace folder: the document's `source.path`. */
  readonly path: string;
  /** `jsonLine`: one line of a JSON Lines file; `json`: a pretty-printed `.annotations.json`. */
  readonly rendering: 'jsonLine' | 'json';
  /** Longer texts (in characters) are skipped, as newsAnnotator.maxFileSize says. */
  readonly maxFileSize: number;
}

export type WorkerRequest = AnnotateRequest | ExportRequest;

export interface RenderedExport {
  /** The file's content as UTF-8, moved to the main thread rather than copied. */
  readonly content: Uint8Array;
  readonly entities: number;
}

export type WorkerReply =
  /** Columns the main thread turns back into the document without a costly structured clone. */
  | { readonly id: number; readonly compact: CompactDocument }
  | { readonly id: number; readonly rendered: RenderedExport }
  /** The article is not exported, for a reason the summary gives (binary, not UTF-8, too long). */
  | { readonly id: number; readonly skipped: string }
  | { readonly id: number; readonly error: string };
