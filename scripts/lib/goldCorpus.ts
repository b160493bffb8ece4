import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface GoldMention {
  type: 'leader' | 'country' | 'amount';
  text: string;
  start: number;
  end: number;
  value?: number;
  unit?: string;
}

export interface GoldArticle {
  name: string;
  text: string;
  mentions: GoldMention[];
}

interface RawMention {
  type: GoldMention['type'];
  text: string;
  at?: number;
  value?: number;
  unit?: string;
}

/**
 * Reads a corpus folder laid out as ../shared/corpus/README.md says: articles/NAME.txt and
 * gold/NAME.json, each mention found by searching for its text from the end of the previous
 * one unless `at` gives its offset. Returns undefined when the folder is absent.
 */
export function readGoldCorpus(dir: string): GoldArticle[] | undefined {
  const articlesDir = join(dir, 'articles');
  const goldDir = join(dir, 'gold');
  if (!existsSync(articlesDir) || !existsSync(goldDir)) return undefined;
  const articles: GoldArticle[] = [];
  for (const file of readdirSync(articlesDir).filter((f) => f.endsWith('.txt')).sort()) {
    const name = basename(file, '.txt');
    const goldPath = join(goldDir, `${name}.json`);
    if (!existsSync(goldPath)) continue;
    const text = readFileSync(join(articlesDir, file), 'utf8').replace(/^\uFEFF/, '');
    const raw = (JSON.parse(readFileSync(goldPath, 'utf8')) as { mentions: RawMention[] }).mentions;
    const mentions: GoldMention[] = [];
    let cursor = 0;
    for (const mention of raw) {
      const start = mention.at ?? text.indexOf(mention.text, cursor);
      if (start < 0 || text.slice(start, start + mention.text.length) !== mention.text) {
        throw new Error(`${name}: gold mention "${mention.text}" not found after offset ${cursor}`);
      }
      const end = start + mention.text.length;
      mentions.push({
        type: mention.type,
        text: mention.text,
        start,
        end,
        ...(mention.value !== undefined ? { value: mention.value } : {}),
        ...(mention.unit !== undefined ? { unit: mention.unit } : {}),
      });
      cursor = end;
    }
    articles.push({ name, text, mentions });
  }
  return articles;
}
