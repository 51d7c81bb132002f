import { Pipe, PipeTransform } from '@angular/core';
import type { OrganisationType } from '@di/contracts';

export function organisationTypeLabel(type: OrganisationType): string {
  // A Record, so a new organisation type without a label fails to compile.
  const labels: Record<OrganisationType, string> = {
    vsac: $localize`:@@org.type.vsac:VSAC (valsts sociālās aprūpes centrs)`,
    vsac_branch: $localize`:@@org.type.vsacBranch:VSAC filiāle`,
    municipality: $localize`:@@org.type.municipality:Pašvaldība`,
    childcare_institution: $localize`:@@org.type.childcareInstitution:Bērnu aprūpes iestāde`,
    provider: $localize`:@@org.type.provider:Apmācību sniedzējs`,
    planning_region_office: $localize`:@@org.type.planningRegionOffice:Plānošanas reģiona birojs`,
  };
  return labels[type];
}

/** `{{ organisation.type | organisationType }}`: the type's name in the active locale. */
@Pipe({ name: 'organisationType' })
export class OrganisationTypePipe implements PipeTransform {
  transform(type: OrganisationType): string {
    return organisationTypeLabel(type);
  }
}
