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

/** The annotation columns of a CompactDocument, filled one annotation at a time. */
export type CompactColumns = Pick<CompactDocument, 'starts' | 'ends' | 'types' | 'entityIndexes' | 'values' | 'units' | 'roles' | 'strings'>;

export class CompactColumnWriter {
  private readonly columns: CompactColumns;
  private readonly stringIndex = new Map<string, number>();

  constructor(count: number) {
    this.columns = {
      starts: new Int32Array(count),
      ends: new Int32Array(count),
      types: new Uint8Array(count),
      entityIndexes: new Int32Array(count),
      values: new Float64Array(count),
      units: new Int32Array(count),
      roles: new Int32Array(count),
      strings: [],
    };
  }

  set(
    index: number,
    start: number,
    end: number,
    type: EntityType,
    entityIndex: number,
    value: number | undefined,
    unit: string | undefined,
    role: string | undefined,
  ): void {
    const columns = this.columns;
    columns.starts[index] = start;
    columns.ends[index] = end;
    columns.types[index] = TYPE_INDEX[type];
    columns.entityIndexes[index] = entityIndex;
    columns.values[index] = value ?? Number.NaN;
    columns.units[index] = this.intern(unit);
    columns.roles[index] = this.intern(role);
  }

  finish(): CompactColumns {
    return this.columns;
  }

  private intern(value: string | undefined): number {
    if (value === undefined) return -1;
    let index = this.stringIndex.get(value);
    if (index === undefined) {
      index = (this.columns.strings as string[]).push(value) - 1;
      this.stringIndex.set(value, index);
    }
    return index;
  }
}

const TYPE_INDEX = Object.fromEntries(ENTITY_TYPES.map((type, index) => [type, index])) as Record<EntityType, number>;

export function toCompactDocument(document: AnnotatedDocument): CompactDocument {
  const writer = new CompactColumnWriter(document.annotations.length);
  const entityIndex = new Map(document.entities.map((entity, index) => [entity.id, index]));
  document.annotations.forEach((annotation, index) => {
    if (annotation.id !== annotationId(index)) throw new Error(`annotation ${index} has the id ${annotation.id}`);
    const { start, end, type, value, unit, role } = annotation;
    writer.set(index, start, end, type, entityIndex.get(annotation.entityId)!, value, unit, role);
  });
  return { schemaVersion: document.schemaVersion, generator: document.generator, source: document.source, ...writer.finish(), entities: withoutMentions(document.entities) };
}

/** Entities as a compact document keeps them: the mention lists are rebuilt from the columns. */
export function withoutMentions(entities: readonly Entity[]): CompactDocument['entities'] {
  return entities.map(({ id, type, name, attributes }) => ({ id, type, name, attributes }));
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
