import { annotationId, type AnnotatedDocument, type Annotation, type Entity } from './annotatedDocument';
import { ENTITY_TYPES, type EntityType } from './entityType';

/**
 * An annotated document as columns of typed arrays, for sending between threads: a
 * structured clone of a megabyte's tens of thousands of annotation objects blocks the
 * receiving thread for close to 100 ms, while typed arrays move without copying.
 * Annotation ids ("a1"…) and texts are rebuilt from positions and the text itself.
 */
export interface CompactDocument {
  readonly schemaVersion: AnnotatedDocument['schemaVersion'];
  readonly generator: AnnotatedDocument['generator'];
  readonly source: AnnotatedDocument['source'];
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Index into ENTITY_TYPES. */
  readonly types: Uint8Array;
  /** Index into `entities`. */
  readonly entityIndexes: Int32Array;
  /** NaN where an annotation has no value. */
  readonly values: Float64Array;
  /** Index into `strings`, or -1. */
  readonly units: Int32Array;
  readonly roles: Int32Array;
  readonly strings: readonly string[];
  readonly entities: ReadonlyArray<Omit<Entity, 'mentions'>>;
}

export function toCompactDocument(document: AnnotatedDocument): CompactDocument {
  const count = document.annotations.length;
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const types = new Uint8Array(count);
  const entityIndexes = new Int32Array(count);
  const values = new Float64Array(count);
  const units = new Int32Array(count);
  const roles = new Int32Array(count);
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const intern = (value: string | undefined): number => {
    if (value === undefined) return -1;
    let index = stringIndex.get(value);
    if (index === undefined) {
      index = strings.push(value) - 1;
      stringIndex.set(value, index);
    }
    return index;
  };
  const entityIndex = new Map(document.entities.map((entity, index) => [entity.id, index]));
  document.annotations.forEach((annotation, index) => {
    if (annotation.id !== annotationId(index)) throw new Error(`annotation ${index} has the id ${annotation.id}`);
    starts[index] = annotation.start;
    ends[index] = annotation.end;
    types[index] = ENTITY_TYPES.indexOf(annotation.type);
    entityIndexes[index] = entityIndex.get(annotation.entityId)!;
    values[index] = annotation.value ?? Number.NaN;
    units[index] = intern(annotation.unit);
    roles[index] = intern(annotation.role);
  });
  const entities = document.entities.map(({ id, type, name, attributes }) => ({ id, type, name, attributes }));
  return { schemaVersion: document.schemaVersion, generator: document.generator, source: document.source, starts, ends, types, entityIndexes, values, units, roles, strings, entities };
}

/** The buffers to transfer rather than copy. */
export function compactDocumentBuffers(compact: CompactDocument): ArrayBuffer[] {
  return [compact.starts, compact.ends, compact.types, compact.entityIndexes, compact.values, compact.units, compact.roles].map(
    (array) => array.buffer as ArrayBuffer,
  );
}

/** The document again, equal to the one compacted (same keys in the same order), given the text it was annotated from. */
export function fromCompactDocument(compact: CompactDocument, text: string): AnnotatedDocument {
  const entities: Entity[] = compact.entities.map((entity) => ({ ...entity, mentions: [] }));
  const annotations: Annotation[] = new Array(compact.starts.length);
  for (let index = 0; index < annotations.length; index++) {
    const start = compact.starts[index]!;
    const end = compact.ends[index]!;
    const entity = entities[compact.entityIndexes[index]!]!;
    const id = annotationId(index);
    const annotation: Annotation = { id, type: ENTITY_TYPES[compact.types[index]!] as EntityType, start, end, text: text.slice(start, end), entityId: entity.id };
    const value = compact.values[index]!;
    if (!Number.isNaN(value)) annotation.value = value;
    if (compact.units[index]! >= 0) annotation.unit = compact.strings[compact.units[index]!]!;
    if (compact.roles[index]! >= 0) annotation.role = compact.strings[compact.roles[index]!]!;
    annotations[index] = annotation;
    entity.mentions.push(id);
  }
  return { schemaVersion: compact.schemaVersion, generator: compact.generator, source: compact.source, annotations, entities };
}
