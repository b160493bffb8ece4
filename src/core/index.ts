export { annotate, type AnnotateOptions } from './annotate';
export * from './model/annotatedDocument';
export * from './model/entityType';
export { sha256Hex } from './text/sha256';
