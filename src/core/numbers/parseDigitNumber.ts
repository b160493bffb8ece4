import type { Language } from '../model/entityType';

/**
 * The value of a number written with digits and grouping or decimal marks. Indonesian
 * groups thousands with "." and marks decimals with ","; English the reverse. With both
 * marks present the last one is the decimal mark, whatever the language. With one mark
 * used once, it groups thousands only if it is the language's grouping mark and three
 * digits follow it ("2.000" is 2000 in Indonesian, "2,600" 2600 in English); otherwise it
 * is a decimal mark ("1,5", "10.07", "2.5"). A mark used more than once must group
 * exactly three digits each time ("1.200.000"), or the string is not a number.
 */
export function parseDigitNumber(raw: string, language: Language): number | undefined {
  const dots = count(raw, '.');
  const commas = count(raw, ',');
  if (dots === 0 && commas === 0) return toNumber(raw);
  if (dots > 0 && commas > 0) {
    const decimal = raw.lastIndexOf('.') > raw.lastIndexOf(',') ? '.' : ',';
    const grouping = decimal === '.' ? ',' : '.';
    if (count(raw, decimal) !== 1) return undefined;
    const [whole, fraction] = raw.split(decimal) as [string, string];
    if (!isGrouped(whole, grouping)) return undefined;
    return toNumber(`${whole.split(grouping).join('')}.${fraction}`);
  }
  const mark = dots > 0 ? '.' : ',';
  const groupingMark = language === 'id' ? '.' : ',';
  if (dots + commas > 1) return isGrouped(raw, mark) ? toNumber(raw.split(mark).join('')) : undefined;
  const [whole, fraction] = raw.split(mark) as [string, string];
  if (mark === groupingMark && fraction.length === 3 && whole.length <= 3) return toNumber(whole + fraction);
  return toNumber(`${whole}.${fraction}`);
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text[i] === char) n++;
  return n;
}

function isGrouped(text: string, mark: string): boolean {
  const groups = text.split(mark);
  if (groups[0]!.length === 0 || groups[0]!.length > 3) return false;
  for (let i = 1; i < groups.length; i++) if (groups[i]!.length !== 3) return false;
  return true;
}

function toNumber(text: string): number | undefined {
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}
