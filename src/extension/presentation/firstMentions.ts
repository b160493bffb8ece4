import type { AnnotatedDocument, Annotation } from '../../core';

const cache = new WeakMap<AnnotatedDocument, ReadonlyMap<string, Annotation>>();

/**
 * Each entity's first mention, by entity id. Lenses, the Outline, breadcrumbs and the
 * Entities view all ask after every re-annotation; a dense 1 MB article has some 40 000
 * mentions but only dozens of entities, so this is one shared pass and no map of every mention.
 */
export function firstMentions(document: AnnotatedDocument): ReadonlyMap<string, Annotation> {
  const cached = cache.get(document);
  if (cached) return cached;
  const entityOfFirstMention = new Map(document.entities.map((entity) => [entity.mentions[0]!, entity.id]));
  const firsts = new Map<string, Annotation>();
  for (const annotation of document.annotations) {
    const entityId = entityOfFirstMention.get(annotation.id);
    if (entityId !== undefined) firsts.set(entityId, annotation);
  }
  cache.set(document, firsts);
  return firsts;
}
