import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { RegionGroup } from './organisation-groups';
import { OrganisationTypePipe } from './organisation-type-label';

/** Organisations by planning region, branches nested under their VSAC. */
@Component({
  selector: 'app-organisation-list',
  imports: [OrganisationTypePipe],
  templateUrl: './organisation-list.html',
  styleUrl: './organisation-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationList {
  readonly groups = input.required<readonly RegionGroup[]>();

  protected branchesLabel(parentName: string): string {
    return $localize`:@@org.branches.label:Filiāles: ${parentName}:parentName:`;
  }
}
