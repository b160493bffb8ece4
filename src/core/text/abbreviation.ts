import { lowerCode } from './characterClass';

/**
 * Whether text[nameFrom, nameTo) could be what text[from, to) abbreviates: it opens with the
 * abbreviation's first letter and holds the rest in order, whatever their case (Schwartz and
 * Hearst's test: "Timor Leste (TL)", "Rapat Terbatas (Ratas)", not "Singapura (STI)").
 */
export function spellsInOrder(text: string, from: number, to: number, nameFrom: number, nameTo: number): boolean {
  if (lowerCode(text.charCodeAt(from)) !== lowerCode(text.charCodeAt(nameFrom))) return false;
  let name = nameFrom + 1;
  for (let at = from + 1; at < to; at++) {
    const letter = lowerCode(text.charCodeAt(at));
    while (name < nameTo && lowerCode(text.charCodeAt(name)) !== letter) name++;
    if (name === nameTo) return false;
    name++;
  }
  return true;
}
