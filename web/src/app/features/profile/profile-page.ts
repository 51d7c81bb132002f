import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { AuthSession } from '../../core/auth/auth-session';
import { ReferenceData } from '../../core/reference/reference-data';
import { grantLabel } from '../../shared/people/grant-label';
import { PasswordChangeForm } from './password-change-form';
import { ProfileDetailsForm } from './profile-details-form';

/** The signed-in person's own page: who they are, their name and language, their password. */
@Component({
  selector: 'app-profile-page',
  imports: [ProfileDetailsForm, PasswordChangeForm],
  template: `
    <h1 i18n="@@profile.heading">Mans profils</h1>
    @if (session.me(); as me) {
      <dl class="facts">
        <div>
          <dt i18n="@@profile.email">E-pasta adrese</dt>
          <dd class="facts__email">{{ me.email }}</dd>
        </div>
        @if (me.organisationId) {
          <div>
            <dt i18n="@@profile.organisation">Organizācija</dt>
            <dd>{{ organisation() }}</dd>
          </div>
        }
        <div>
          <dt i18n="@@profile.roles">Lomas</dt>
          <dd>{{ roles() }}</dd>
        </div>
      </dl>
      <p class="page-intro" i18n="@@profile.factsHint">
        E-pasta adresi, organizāciju un lomas maina jūsu reģiona koordinators
        vai administrators.
      </p>

      @if (session.can('profile.update')) {
        <section class="section" aria-labelledby="profile-details-heading">
          <h2 id="profile-details-heading" i18n="@@profile.details.heading">
            Vārds un valoda
          </h2>
          <app-profile-details-form [me]="me" />
        </section>

        <section class="section" aria-labelledby="profile-password-heading">
          <h2 id="profile-password-heading" i18n="@@profile.password.heading">
            Paroles maiņa
          </h2>
          <app-password-change-form [email]="me.email" />
        </section>
      }
    }
  `,
  styles: `
    .facts {
      display: grid;
      gap: 0.5rem;
      margin: 0 0 0.75rem;
      div {
        display: flex;
        flex-wrap: wrap;
        gap: 0 0.5rem;
      }
      dt {
        font-weight: 600;
        &::after {
          content: ':';
        }
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
    }
    .section {
      margin-top: 2rem;
      padding-top: 0.5rem;
      border-top: 1px solid var(--app-border);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ProfilePage {
  protected readonly session = inject(AuthSession);
  private readonly reference = inject(ReferenceData);

  protected readonly organisation = computed(() => {
    const me = this.session.me();
    return me?.organisationId
      ? this.reference.organisationName(me.organisationId)
      : '';
  });
  protected readonly roles = computed(() =>
    (this.session.me()?.roles ?? [])
      .map((grant) => grantLabel(grant, this.reference))
      .join(', '),
  );
}
