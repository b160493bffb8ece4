import { firstStartingFrom } from '../model/spanOrder';
import type { Candidate } from '../pipeline/candidate';
import type { RecognitionContext } from '../pipeline/recognitionContext';

/** The leader mentions among `accepted` (in text order) before token `index`, nearest first, at most `maxTokensBack` tokens back. */
export function recentLeaders(context: RecognitionContext, accepted: readonly Candidate[], index: number, maxTokensBack: number): Candidate[] {
  const { tokens } = context;
  const limit = tokens.starts[Math.max(0, index - maxTokensBack)]!;
  const leaders: Candidate[] = [];
  for (let i = firstStartingFrom(accepted, tokens.starts[index]!) - 1; i >= 0 && accepted[i]!.start >= limit; i--) {
    if (accepted[i]!.type === 'leader') leaders.push(accepted[i]!);
  }
  return leaders;
}

/** Whether a mention's name holds `words` as whole words ("Irfan Yusuf" in "Mochamad Irfan Yusuf"). */
export function nameHolds(text: string, mention: Candidate, words: string): boolean {
  return ` ${text.slice(mention.start, mention.end)} `.includes(` ${words} `);
}
