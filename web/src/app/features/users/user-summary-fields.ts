import type { SummaryField } from '../../shared/forms/form-errors';
import { USER_FIELD_LABELS } from './user-field-labels';
import type { EditUserForm, InviteForm } from './user-form';
import { UserFields } from './user-fields';

/** The shared user fields in page order, for the error summary. */
export function userSummaryFields(
  form: InviteForm | EditUserForm,
  idPrefix: string,
): SummaryField[] {
  const ids = UserFields.ids(idPrefix);
  const { controls } = form;
  const roles = controls.roles.controls;
  return [
    {
      control: controls.fullName,
      id: ids.fullName,
      label: USER_FIELD_LABELS.fullName,
    },
    {
      control: controls.organisationId,
      id: ids.organisation,
      label: USER_FIELD_LABELS.organisation,
    },
    {
      control: controls.participantKind,
      id: ids.participantKind,
      label: USER_FIELD_LABELS.participantKind,
    },
    { control: controls.roles, id: ids.roles, label: USER_FIELD_LABELS.roles },
    {
      control: roles.regionCode,
      id: ids.scopeRegion,
      label: USER_FIELD_LABELS.scopeRegion,
    },
    {
      control: roles.scopeOrganisationId,
      id: ids.scopeOrganisation,
      label: USER_FIELD_LABELS.scopeOrganisation,
    },
  ];
}

/** API field names (`roles[0].scope` …) to form controls. */
export const USER_FIELD_MAP: Readonly<Record<string, string>> = {
  fullName: 'fullName',
  organisationId: 'organisationId',
  participantKind: 'participantKind',
  language: 'language',
  roles: 'roles',
  email: 'email',
  password: 'password',
  active: 'active',
};
