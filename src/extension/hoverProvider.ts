import * as vscode from 'vscode';
import type { Annotator } from '../core';
import type { AnnotationStore } from './annotationStore';
import { annotationAt, hoverMarkdown } from './presentation/entityPresentation';

/** Explains the mention under the cursor; nothing on whitespace or plain words. */
export class HoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly store: AnnotationStore,
    private readonly annotator: () => Annotator,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const annotated = this.store.get(document);
    if (!annotated) return undefined;
    const offset = document.offsetAt(position);
    // A multi-word mention ("Amerika Serikat") covers its inner spaces, but a hover there would pop up between words.
    if (/\s/.test(document.lineAt(position.line).text.charAt(position.character))) return undefined;
    const annotation = annotationAt(annotated, offset);
    if (!annotation) return undefined;
    const args = encodeURIComponent(JSON.stringify([document.uri.toString(), annotation.start]));
    const countries = this.annotator().lexicon.countriesByCode;
    const markdown = new vscode.MarkdownString(
      hoverMarkdown(
        annotated,
        annotation,
        { findAll: `command:newsAnnotator.findAllMentions?${args}`, next: `command:newsAnnotator.nextMention?${args}` },
        (code) => {
          const country = countries.get(code);
          return country ? (annotated.source.language === 'id' ? country.nameId : country.nameEn) : undefined;
        },
      ),
      true,
    );
    markdown.isTrusted = { enabledCommands: ['newsAnnotator.findAllMentions', 'newsAnnotator.nextMention'] };
    return new vscode.Hover(markdown, new vscode.Range(document.positionAt(annotation.start), document.positionAt(annotation.end)));
  }
}
