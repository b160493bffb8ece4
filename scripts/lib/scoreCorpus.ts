import type { AnnotatedDocument } from '../../src/core';
import type { GoldArticle } from './goldCorpus';
import { scoreArticle, SCORED_TYPES, type ScoredMention, type TypeScore } from './scoring';

export interface ArticleResult {
  readonly article: GoldArticle;
  readonly document: AnnotatedDocument;
  readonly missed: ScoredMention[];
  readonly spurious: ScoredMention[];
}

/** Annotates every article and sums the per-type scores against its gold mentions. */
export function scoreCorpus(
  articles: readonly GoldArticle[],
  annotate: (text: string) => AnnotatedDocument,
): { totals: Map<string, TypeScore>; results: ArticleResult[] } {
  const totals = new Map<string, TypeScore>(SCORED_TYPES.map((t) => [t, { truePositives: 0, falsePositives: 0, falseNegatives: 0, exactSpans: 0 }]));
  const results: ArticleResult[] = [];
  for (const article of articles) {
    const document = annotate(article.text);
    const system = document.annotations.filter((a) => (SCORED_TYPES as readonly string[]).includes(a.type));
    const { scores, missed, spurious } = scoreArticle(system, article.mentions);
    for (const [type, score] of scores) {
      const total = totals.get(type)!;
      total.truePositives += score.truePositives;
      total.falsePositives += score.falsePositives;
      total.falseNegatives += score.falseNegatives;
      total.exactSpans += score.exactSpans;
    }
    results.push({ article, document, missed, spurious });
  }
  return { totals, results };
}
