import { strict as assert } from 'node:assert';
import type { Candidate } from '../../../../src/core/pipeline/candidate';
import { resolveOverlaps } from '../../../../src/core/refiners/resolveOverlaps';
import type { EntityType } from '../../../../src/core/model/entityType';

function candidate(key: string, type: EntityType, start: number, end: number, priority = 0): Candidate {
  return { type, start, end, tokenStart: start, tokenEnd: end, priority, key };
}

const keys = (candidates: readonly Candidate[]) => candidates.map((c) => c.key);

describe('overlap resolution', () => {
  it('puts the runs recognisers emit (each in text order) back into one text order', () => {
    const countries = [candidate('c1', 'country', 0, 2), candidate('c2', 'country', 10, 12), candidate('c3', 'country', 30, 31)];
    const leaders = [candidate('l1', 'leader', 4, 6), candidate('l2', 'leader', 20, 22)];
    const places = [candidate('p1', 'place', 7, 8), candidate('p2', 'place', 25, 26), candidate('p3', 'place', 40, 41)];
    const amounts = [candidate('a1', 'amount', 3, 4), candidate('a2', 'amount', 35, 36)];
    const dates = [candidate('d1', 'date', 1, 3)];
    const resolved = resolveOverlaps([...countries, ...leaders, ...places, ...amounts, ...dates]);
    assert.deepEqual(keys(resolved), ['c1', 'd1', 'a1', 'l1', 'p1', 'c2', 'l2', 'p2', 'c3', 'a2', 'p3']);
  });

  it('keeps the earlier recogniser first on equal spans, and lets the longer or stronger win an overlap', () => {
    const first = [candidate('first', 'country', 5, 9, 35), candidate('long', 'leader', 20, 30, 10)];
    const second = [candidate('second', 'place', 5, 9, 35), candidate('inner', 'organization', 22, 25, 60)];
    const third = [candidate('weak', 'place', 0, 3, 1), candidate('strong', 'leader', 1, 3, 50)];
    // Equal span and priority: the first emitted wins. A longer span beats a higher priority inside it.
    assert.deepEqual(keys(resolveOverlaps([...first, ...second, ...third])), ['weak', 'first', 'long']);
    assert.deepEqual(keys(resolveOverlaps([...third, ...second, ...first])), ['weak', 'second', 'long']);
  });

  it('lets names and quantities overlap each other, not themselves', () => {
    const amount = candidate('amount', 'amount', 0, 10);
    const date = candidate('date', 'date', 5, 12);
    const country = candidate('country', 'country', 7, 9);
    assert.deepEqual(keys(resolveOverlaps([country, date, amount])), ['amount', 'country']);
  });
});
