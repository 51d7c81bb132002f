import { computed, inject } from '@angular/core';
import { AuthSession } from '../../core/auth/auth-session';
import { ACTIVE_LOCALE } from '../../core/i18n/active-locale';
import { ReferenceData } from '../../core/reference/reference-data';
import { groupOrganisations, organisationsInScope } from '../../shared/organisation-options';

/**
 * The organisations the signed-in coordinator (or admin) works with, by region, for the staff
 * picker and the reservations' `<select>`s. Call in an injection context.
 */
export function organisationChoices() {
  const reference = inject(ReferenceData);
  const session = inject(AuthSession);
  const locale = inject(ACTIVE_LOCALE);
  return computed(() =>
    groupOrganisations(
      organisationsInScope(reference.organisations(), session.isAdmin() ? 'all' : session.coordinatorScopes()),
      reference.regions(),
      locale,
    ),
  );
}
