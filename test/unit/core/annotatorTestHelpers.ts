import { annotate } from '../../../src/core';
import type { AnnotatedDocument, Annotation } from '../../../src/core';

export function mentions(text: string, type?: Annotation['type']): Annotation[] {
  return annotate(text).annotations.filter((a) => !type || a.type === type);
}

export function texts(text: string, type: Annotation['type']): string[] {
  return mentions(text, type).map((a) => a.text);
}

export function amounts(text: string): Array<[string, number | undefined, string | undefined]> {
  return mentions(text, 'amount').map((a) => [a.text, a.value, a.unit]);
}

export function entityOf(document: AnnotatedDocument, mentionText: string) {
  const annotation = document.annotations.find((a) => a.text === mentionText);
  if (!annotation) throw new Error(`no mention "${mentionText}" in ${JSON.stringify(document.annotations.map((a) => a.text))}`);
  return document.entities.find((e) => e.id === annotation.entityId)!;
}
