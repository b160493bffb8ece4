/**
 * The entity key of a gazetteer record, built once per record rather than once per
 * mention: a 10 MB text has hundreds of thousands of mentions of a few hundred records,
 * and each fresh key string would be allocated, flattened and hashed again.
 */
const keys = new WeakMap<object, string>();

export function recordKey(record: object, make: () => string): string {
  let key = keys.get(record);
  if (key === undefined) {
    key = make();
    keys.set(record, key);
  }
  return key;
}

/** The entity key of an amount: the same value in the same unit is one entity. */
export function amountKey(unit: string, value: number): string {
  return `amount:${unit.toLowerCase()}:${value}`;
}
