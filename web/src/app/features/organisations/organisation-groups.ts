import type { Locale, Organisation, Region, RegionCode } from '@di/contracts';
import { localised } from '../../core/i18n/active-locale';
import { byLatvianName } from '../../core/i18n/latvian-order';

export interface OrganisationNode {
  organisation: Organisation;
  /** Set when the organisation has a parent that is not listed above it, e.g. a branch found alone. */
  parentName?: string;
  branches: Organisation[];
}

export interface RegionGroup {
  code: RegionCode;
  name: string;
  /** All organisations in the group, branches included. */
  count: number;
  nodes: OrganisationNode[];
}

/**
 * Groups organisations by planning region (in the order of `regions`), with each branch under its
 * parent when the parent is in the same group. Names are in Latvian order (as in the dropdowns),
 * whatever order the API sent.
 */
export function groupByRegion(
  organisations: readonly Organisation[],
  parents: ReadonlyMap<string, Organisation>,
  regions: readonly Region[],
  locale: Locale,
): RegionGroup[] {
  const byId = new Map(
    organisations.map((organisation) => [organisation.id, organisation]),
  );
  const parentName = (id: string | null): string | undefined =>
    id === null ? undefined : (byId.get(id) ?? parents.get(id))?.name;

  const members = new Map<RegionCode, Organisation[]>();
  for (const organisation of [...organisations].sort(byLatvianName)) {
    const list = members.get(organisation.regionCode) ?? [];
    list.push(organisation);
    members.set(organisation.regionCode, list);
  }

  const regionNames = new Map(
    regions.map((region) => [region.code, localised(region.name, locale)]),
  );
  const order = [
    ...regions.map((region) => region.code),
    ...[...members.keys()].filter((code) => !regionNames.has(code)),
  ];

  return order
    .filter((code) => members.has(code))
    .map((code) => {
      const list = members.get(code) ?? [];
      return {
        code,
        name: regionNames.get(code) ?? code,
        count: list.length,
        nodes: nest(list, parentName),
      };
    });
}

function nest(
  list: readonly Organisation[],
  parentName: (id: string | null) => string | undefined,
): OrganisationNode[] {
  const inGroup = new Set(list.map((organisation) => organisation.id));
  const isTop = (organisation: Organisation) =>
    organisation.parentId === null || !inGroup.has(organisation.parentId);

  const nodes: OrganisationNode[] = [];
  const placed = new Set<string>();
  for (const organisation of list.filter(isTop)) {
    const branches = list.filter(
      (candidate) => candidate.parentId === organisation.id,
    );
    branches.forEach((branch) => placed.add(branch.id));
    nodes.push({
      organisation,
      parentName: parentName(organisation.parentId),
      branches,
    });
  }
  // Deeper levels (a branch of a branch) are not nested further, but still name their parent.
  for (const organisation of list) {
    if (!isTop(organisation) && !placed.has(organisation.id)) {
      nodes.push({
        organisation,
        parentName: parentName(organisation.parentId),
        branches: [],
      });
    }
  }
  return nodes;
}
