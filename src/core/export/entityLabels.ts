import type { EntityType } from '../model/entityType';

/** Labels the annotation tools expect: brat types are capitalised words, IOB tags upper case. */
export const BRAT_TYPES: Record<EntityType, string> = {
  leader: 'Leader',
  country: 'Country',
  amount: 'Amount',
  organization: 'Organization',
  place: 'Place',
  date: 'Date',
};

export function upperLabel(type: EntityType): string {
  return type.toUpperCase();
}
