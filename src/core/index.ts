export { annotate, Annotator, GENERATOR, type AnnotateOptions, type AnnotatorOptions } from './annotator';
export { bundledResources } from './lexicon/bundledResources';
export { extendResources, type EngineResources, type ResourceExtension } from './lexicon/engineResources';
export * from './model/annotatedDocument';
export * from './model/entityType';
export { sha256Hex } from './text/sha256';
export { parseResourceExtension, ResourceExtensionSchema } from './lexicon/resourceExtension';
export { formatAmountEnglish, formatAmountIndonesian, isMoneyUnit } from './format/formatAmount';
export { toJson } from './export/toJson';
