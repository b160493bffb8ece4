import { detectLanguage } from './lang/detectLanguage';
import type { EngineResources } from './lexicon/engineResources';
import { Lexicon } from './lexicon/lexicon';
import { SCHEMA_VERSION, type AnnotatedDocument, type Source } from './model/annotatedDocument';
import type { CompactDocument } from './model/compactDocument';
import type { Language } from './model/entityType';
import type { Candidate } from './pipeline/candidate';
import { PhraseMatchTable, type RecognitionContext, type Recognizer } from './pipeline/recognitionContext';
import { recognizeAmounts } from './recognizers/amount/amountRecognizer';
import { recognizeVoteTallies } from './recognizers/amount/voteTallyRecognizer';
import { recognizeCountries } from './recognizers/country/countryRecognizer';
import { recognizeDates } from './recognizers/date/dateRecognizer';
import { recognizeGazetteerLeaders } from './recognizers/leader/gazetteerLeaderRecognizer';
import { recognizeAppositiveLeaders } from './recognizers/leader/appositiveLeaderRecognizer';
import { recognizeOrganizationHeads } from './recognizers/leader/organizationHeadRecognizer';
import { recognizeListedLeaders } from './recognizers/leader/listedLeaderRecognizer';
import { recognizeTitledLeaders } from './recognizers/leader/titledLeaderRecognizer';
import { recognizeOrganizations } from './recognizers/organization/organizationRecognizer';
import { recognizePlaces } from './recognizers/place/placeRecognizer';
import { buildCompactColumns, buildEntities } from './refiners/buildEntities';
import { linkLeaders } from './refiners/linkLeaders';
import { resolveSharedCurrencies } from './refiners/sharedCurrencies';
import { findNicknames } from './refiners/nicknames';
import { findRepeatedNames } from './refiners/repeatedNames';
import { mergeGapFillers, nameLayerCoverage, resolveOverlaps } from './refiners/resolveOverlaps';
import { sha256Hex } from './text/sha256';
import { tokenize } from './text/tokenize';

export interface AnnotateOptions {
  uri?: string;
  path?: string;
  /** Overrides language detection. */
  language?: Language;
}

export const GENERATOR = 'news-annotator';

const RECOGNIZERS: readonly Recognizer[] = [
  recognizeCountries,
  recognizePlaces,
  recognizeOrganizations,
  recognizeGazetteerLeaders,
  recognizeTitledLeaders,
  recognizeAppositiveLeaders,
  recognizeOrganizationHeads,
  recognizeListedLeaders,
  recognizeAmounts,
  recognizeVoteTallies,
  recognizeDates,
];

/**
 * The engine: recognisers propose candidates, refiners resolve overlaps, find repeated
 * names and link mentions into entities. Build one per set of resources and reuse it.
 */
export interface AnnotatorOptions {
  resources: EngineResources;
  /**
   * SHA-256 of the text as lowercase hex. Defaults to a portable implementation; Node
   * hosts pass their native one (node:crypto is about ten times faster on big files).
   */
  hashText?: (text: string) => string;
}

export class Annotator {
  readonly lexicon: Lexicon;
  private readonly hashText: (text: string) => string;

  constructor(options: AnnotatorOptions) {
    this.lexicon = new Lexicon(options.resources);
    this.hashText = options.hashText ?? sha256Hex;
  }


  annotate(text: string, options: AnnotateOptions = {}): AnnotatedDocument {
    const { accepted, language } = this.recognize(text, options);
    const { annotations, entities } = buildEntities(text, accepted, language, this.lexicon);
    return { schemaVersion: SCHEMA_VERSION, generator: GENERATOR, source: this.source(text, language, options), annotations, entities };
  }

  /**
   * The same annotations as columns of typed arrays, built without an object per
   * annotation: fromCompactDocument(annotateCompact(text), text) equals annotate(text).
   * For workers, whose result moves to the editor without copying.
   */
  annotateCompact(text: string, options: AnnotateOptions = {}): CompactDocument {
    const { accepted, language } = this.recognize(text, options);
    const columns = buildCompactColumns(text, accepted, language, this.lexicon);
    return { schemaVersion: SCHEMA_VERSION, generator: GENERATOR, source: this.source(text, language, options), ...columns };
  }

  /** The surviving candidates in text order, linked, with the document's language. */
  private recognize(text: string, options: AnnotateOptions): { accepted: Candidate[]; language: Language } {
    const tokens = tokenize(text, this.lexicon.vocabulary);
    const language = options.language ?? detectLanguage(tokens, this.lexicon);
    const context: RecognitionContext = {
      text,
      tokens,
      lexicon: this.lexicon,
      language,
      matches: new PhraseMatchTable(tokens, this.lexicon),
    };
    const candidates: Candidate[] = [];
    for (const recognize of RECOGNIZERS) recognize(context, candidates);
    let accepted = findNicknames(context, resolveOverlaps(candidates));
    const repeated = findRepeatedNames(context, accepted, nameLayerCoverage(accepted, tokens.count));
    if (repeated.replaced.size > 0) accepted = accepted.filter((candidate) => !repeated.replaced.has(candidate));
    if (repeated.found.length > 0) accepted = mergeGapFillers(accepted, repeated.found);
    linkLeaders(accepted, text);
    resolveSharedCurrencies(accepted, context);
    return { accepted, language };
  }

  private source(text: string, language: Language, options: AnnotateOptions): Source {
    return {
      ...(options.uri !== undefined ? { uri: options.uri } : {}),
      ...(options.path !== undefined ? { path: options.path } : {}),
      language,
      length: text.length,
      sha256: this.hashText(text),
    };
  }
}
