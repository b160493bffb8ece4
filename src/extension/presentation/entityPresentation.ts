// Pure presentation of entities for hovers, lenses and views: no vscode import, unit-tested.
import { formatAmountEnglish, formatAmountIndonesian, type AnnotatedDocument, type Annotation, type Entity, type EntityType } from '../../core';

export const TYPE_LABELS: Record<EntityType, { singular: string; plural: string; icon: string }> = {
  leader: { singular: 'leader', plural: 'leaders', icon: 'person' },
  country: { singular: 'country', plural: 'countries', icon: 'globe' },
  amount: { singular: 'amount', plural: 'amounts', icon: 'symbol-number' },
  organization: { singular: 'organisation', plural: 'organisations', icon: 'organization' },
  place: { singular: 'place', plural: 'places', icon: 'location' },
  date: { singular: 'date', plural: 'dates', icon: 'calendar' },
};

export const SUMMARY_TYPES: readonly EntityType[] = ['leader', 'country', 'amount'];

/** 🇮🇩 from "ID": regional indicator symbols. */
export function flagEmoji(countryCode: string | undefined): string {
  if (!countryCode || !/^[A-Z]{2}$/.test(countryCode)) return '';
  return String.fromCodePoint(...[...countryCode].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

export function countLabel(count: number, type: EntityType): string {
  const label = TYPE_LABELS[type];
  return `${count} ${count === 1 ? label.singular : label.plural}`;
}

/** "5 leaders · 9 countries · 4 amounts" */
export function summaryTitle(document: AnnotatedDocument, types: readonly EntityType[] = SUMMARY_TYPES): string {
  return types.map((type) => countLabel(document.entities.filter((e) => e.type === type).length, type)).join(' · ');
}

export function mentionsLabel(entity: Entity): string {
  return `${entity.mentions.length} ${entity.mentions.length === 1 ? 'mention' : 'mentions'}`;
}

export interface HoverCommandLinks {
  findAll: string;
  next: string;
}

/** The hover's Markdown for one mention. Plain Markdown, no HTML; command links given by the caller. */
export function hoverMarkdown(document: AnnotatedDocument, annotation: Annotation, links: HoverCommandLinks, countryName: (code: string) => string | undefined): string {
  const entity = document.entities.find((e) => e.id === annotation.entityId);
  if (!entity) return '';
  const type = TYPE_LABELS[entity.type];
  const attributes = entity.attributes;
  const lines: string[] = [`$(${type.icon}) **${escapeMarkdown(entity.name)}** — ${type.singular}`, ''];
  switch (entity.type) {
    case 'leader': {
      const role = annotation.role ?? attributes.role;
      const country = attributes.countryCode;
      const parts = [role ? escapeMarkdown(role) : undefined, country ? `${flagEmoji(country)} ${escapeMarkdown(countryName(country) ?? country)}` : undefined].filter(Boolean);
      if (parts.length > 0) lines.push(parts.join(' · '), '');
      if (annotation.role && attributes.role && annotation.role !== attributes.role) lines.push(`Office: ${escapeMarkdown(attributes.role)}`, '');
      break;
    }
    case 'country':
      lines.push(`${flagEmoji(attributes.iso3166)} ISO 3166: \`${attributes.iso3166 ?? '?'}\``, '');
      if (attributes.nameId || attributes.nameEn) lines.push(`Indonesian: ${escapeMarkdown(attributes.nameId ?? '')} · English: ${escapeMarkdown(attributes.nameEn ?? '')}`, '');
      if (attributes.capital) lines.push(`Capital: ${escapeMarkdown(attributes.capital)}`, '');
      break;
    case 'amount':
      if (annotation.value !== undefined && annotation.unit !== undefined) {
        lines.push(`${escapeMarkdown(formatAmountIndonesian(annotation.value, annotation.unit))} · ${escapeMarkdown(formatAmountEnglish(annotation.value, annotation.unit))}`, '');
      }
      break;
    case 'place':
    case 'organization':
      if (attributes.countryCode) lines.push(`${flagEmoji(attributes.countryCode)} ${escapeMarkdown(countryName(attributes.countryCode) ?? attributes.countryCode)}`, '');
      break;
    case 'date':
      break;
  }
  if (attributes.wikidata) lines.push(`Wikidata: [${attributes.wikidata}](https://www.wikidata.org/wiki/${attributes.wikidata})`, '');
  lines.push(`${mentionsLabel(entity)} in this document · [Find all](${links.findAll}) · [Next](${links.next})`);
  return lines.join('\n');
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-!|<>]/g, (c) => `\\${c}`);
}

/** The annotation covering a UTF-16 offset, by binary search over annotations sorted by start. */
export function annotationAt(document: AnnotatedDocument, offset: number): Annotation | undefined {
  const list = document.annotations;
  let low = 0;
  let high = list.length - 1;
  let candidate = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (list[mid]!.start <= offset) {
      candidate = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  // Nested mentions ("AS" inside "dolar AS"): prefer the innermost one covering the offset.
  let best: Annotation | undefined;
  for (let i = candidate; i >= 0 && i > candidate - 8; i--) {
    const annotation = list[i]!;
    if (annotation.start <= offset && offset < annotation.end && (!best || annotation.end - annotation.start < best.end - best.start)) best = annotation;
  }
  return best;
}

export function mentionsOf(document: AnnotatedDocument, entityId: string): Annotation[] {
  return document.annotations.filter((a) => a.entityId === entityId);
}
