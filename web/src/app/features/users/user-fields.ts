import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { PARTICIPANT_KINDS, type Region, type Role } from '@di/contracts';
import { LocalisedPipe } from '../../core/i18n/localised.pipe';
import { FieldErrorPipe } from '../../shared/forms/form-errors';
import {
  ParticipantKindLabelPipe,
  RoleLabelPipe,
} from '../../shared/people/people-labels';
import type { OrganisationOptionGroup } from '../../shared/organisation-options';
import { USER_FIELD_LABELS } from './user-field-labels';
import { type UserFieldControls, chosenRoles, isOnlyAdmin } from './user-form';

/**
 * Name, organisation, participant kind, letter language and roles (with a coordinator's scope):
 * the part the invitation and the user page share. Lives inside the page's `[formGroup]` form, so
 * errors show after a submit.
 */
@Component({
  selector: 'app-user-fields',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatCheckboxModule,
    MatRadioModule,
    LocalisedPipe,
    FieldErrorPipe,
    RoleLabelPipe,
    ParticipantKindLabelPipe,
  ],
  templateUrl: './user-fields.html',
  styleUrl: './user-fields.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserFields {
  /** The page's form (an invitation or a user's), of which this shows the shared controls. */
  readonly group = input.required<{ readonly controls: UserFieldControls }>();
  readonly organisationGroups =
    input.required<readonly OrganisationOptionGroup[]>();
  readonly regions = input.required<readonly Region[]>();
  /** The roles this person may grant, as checkboxes. */
  readonly shownRoles = input.required<readonly Role[]>();
  /** Roles the person has that the signed-in person may not change, already labelled. */
  readonly keptRoleLabels = input<readonly string[]>([]);
  /** The roles behind `keptRoleLabels`. */
  readonly keptRoles = input<readonly Role[]>([]);
  /** Prefix for element ids, unique on the page. */
  readonly idPrefix = input('user');

  protected readonly labels = USER_FIELD_LABELS;
  protected readonly participantKinds = PARTICIPANT_KINDS;
  protected readonly languages = [
    { code: 'lv', name: 'Latviešu' },
    { code: 'en', name: 'English' },
  ] as const;

  /** Ids the error summary links to. */
  static ids(prefix: string) {
    return {
      fullName: `${prefix}-full-name`,
      organisation: `${prefix}-organisation`,
      participantKind: `${prefix}-participant-kind`,
      language: `${prefix}-language`,
      roles: `${prefix}-roles`,
      scopeRegion: `${prefix}-scope-region`,
      scopeOrganisation: `${prefix}-scope-organisation`,
    };
  }

  /** An admin and nothing else may be without an organisation. */
  protected organisationOptional(): boolean {
    return isOnlyAdmin(
      chosenRoles(this.group().controls.roles, this.keptRoles()),
    );
  }

  protected id(name: keyof ReturnType<typeof UserFields.ids>): string {
    return UserFields.ids(this.idPrefix())[name];
  }
}
