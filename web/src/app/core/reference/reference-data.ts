import { Injectable, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { Organisation, Region, RegionCode } from '@di/contracts';
import { ACTIVE_LOCALE, localised } from '../i18n/active-locale';
import { OrganisationsApi } from './organisations-api';

/**
 * The planning regions and every organisation (a few hundred at most), which most pages need for
 * choices and names. Loaded once, when a page first asks, and kept for the rest of the visit;
 * after a failure `reload()` tries again.
 */
@Injectable({ providedIn: 'root' })
export class ReferenceData {
  private readonly api = inject(OrganisationsApi);
  private readonly locale = inject(ACTIVE_LOCALE);

  private readonly regionsResource = rxResource({
    stream: () => this.api.regions(),
  });
  private readonly organisationsResource = rxResource({
    stream: () => this.api.all({}),
  });

  readonly regions = computed<readonly Region[]>(() =>
    this.regionsResource.hasValue() ? this.regionsResource.value() : [],
  );
  /** In the API's order: by region, then name. */
  readonly organisations = computed<readonly Organisation[]>(() =>
    this.organisationsResource.hasValue()
      ? this.organisationsResource.value()
      : [],
  );
  readonly organisationsById = computed<ReadonlyMap<string, Organisation>>(
    () => new Map(this.organisations().map((o) => [o.id, o])),
  );
  /** Both lists are here. */
  readonly loaded = computed(
    () =>
      this.regionsResource.hasValue() && this.organisationsResource.hasValue(),
  );
  readonly loading = computed(
    () =>
      this.regionsResource.isLoading() ||
      this.organisationsResource.isLoading(),
  );
  readonly error = computed(
    () => this.regionsResource.error() ?? this.organisationsResource.error(),
  );

  /** The region's name in the interface language; its code until the regions are here. */
  regionName(code: RegionCode): string {
    const region = this.regions().find((candidate) => candidate.code === code);
    return region ? localised(region.name, this.locale) : code;
  }

  /** The organisation's name; "…" while the list loads (or for one it does not have). */
  organisationName(id: string): string {
    return this.organisationsById().get(id)?.name ?? '…';
  }

  /** Loads again whatever failed. */
  reload(): void {
    if (this.regionsResource.error()) this.regionsResource.reload();
    if (this.organisationsResource.error()) this.organisationsResource.reload();
  }
}
