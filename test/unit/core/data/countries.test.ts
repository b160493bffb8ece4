import { strict as assert } from 'node:assert';
import countryJson from '../../../../src/core/data/generated/countries.json';
import { CountryTableSchema } from '../../../../src/core/data/schemas';
import { annotate } from '../../../../src/core';

const countries = CountryTableSchema.parse(countryJson).countries;

describe('country table', () => {
  it('gives each name and demonym to one state only', () => {
    // A withdrawn code borrows its successor's name from Intl.DisplayNames ("SU" is "Russia"):
    // shared, the name linked every mention of Russia to the Soviet Union.
    const owners = new Map<string, string[]>();
    for (const country of countries) {
      for (const name of [...country.names, ...country.demonyms]) {
        const key = name === name.toUpperCase() && name.length <= 5 ? name : name.toLowerCase();
        owners.set(key, [...(owners.get(key) ?? []), country.code]);
      }
    }
    assert.deepEqual([...owners].filter(([, codes]) => new Set(codes).size > 1), []);
  });

  it('links Russia to RU and the Soviet Union and Yugoslavia to their own codes', () => {
    const document = annotate('Rusia dan Uni Soviet; Russia, the Soviet Union and former Yugoslav states.');
    const codes = document.entities.filter((e) => e.type === 'country').map((e) => [e.name, e.attributes.iso3166]);
    assert.deepEqual(codes, [
      ['Russia', 'RU'],
      ['Soviet Union', 'SU'],
      ['Yugoslavia', 'YU'],
    ]);
  });
});
