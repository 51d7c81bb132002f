import { groupByRegion } from './organisation-groups';
import {
  ALL_ORGANISATIONS,
  KALKUNI,
  LATGALE,
  PROVIDER,
  RIGA,
  TEST_REGIONS,
  organisation,
} from '../../testing/organisations.testing';

describe('groupByRegion', () => {
  it('follows the region order and names regions in the active locale, falling back to Latvian', () => {
    const groups = groupByRegion(
      ALL_ORGANISATIONS,
      new Map(),
      TEST_REGIONS,
      'en',
    );
    expect(groups.map((group) => [group.name, group.count])).toEqual([
      ['Latgale Planning Region', 5],
      ['Rīgas plānošanas reģions', 2],
    ]);
  });

  it('orders names in Latvian, as the dropdowns do (Alojas before Ādažu)', () => {
    const names = ['Ādažu novads', 'Alojas novads', 'Cēsu novads', 'Čēsu tests'];
    const [group] = groupByRegion(
      [...names].reverse().map((name, i) =>
        organisation(`o${i}`, name, 'municipality', 'RPR'),
      ),
      new Map(),
      TEST_REGIONS,
      'lv',
    );
    expect(group.nodes.map((node) => node.organisation.name)).toEqual([
      'Alojas novads',
      'Ādažu novads',
      'Cēsu novads',
      'Čēsu tests',
    ]);
  });

  it('leaves out regions without results', () => {
    const groups = groupByRegion(
      [RIGA, PROVIDER],
      new Map(),
      TEST_REGIONS,
      'lv',
    );
    expect(groups.map((group) => group.code)).toEqual(['RPR']);
  });

  it('names the parent of a branch found without it', () => {
    const [group] = groupByRegion(
      [KALKUNI],
      new Map([[LATGALE.id, LATGALE]]),
      TEST_REGIONS,
      'lv',
    );
    expect(group.nodes).toEqual([
      { organisation: KALKUNI, parentName: 'Latgale', branches: [] },
    ]);
  });

  it('still lists organisations of a region the region list does not know', () => {
    const stray = organisation('x', 'Kuldīgas novads', 'municipality', 'KPR');
    const groups = groupByRegion([stray], new Map(), TEST_REGIONS, 'lv');
    expect(groups.map((group) => [group.code, group.name])).toEqual([
      ['KPR', 'KPR'],
    ]);
  });
});
