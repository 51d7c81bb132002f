import { DestroyRef } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  type FormControl,
  type FormGroup,
  type NonNullableFormBuilder,
  type ValidationErrors,
  type ValidatorFn,
  Validators,
} from '@angular/forms';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  ROLES,
  type CreateUserRequest,
  type Locale,
  type ParticipantKind,
  type RegionCode,
  type Role,
  type RoleGrant,
  type UpdateUserRequest,
  type User,
} from '@di/contracts';
import { merge } from 'rxjs';
import { notBlank } from '../../shared/forms/form-errors';
import {
  EMAIL_MAX_LENGTH,
  FULL_NAME_MAX_LENGTH,
} from '../../shared/people/person-limits';

export type ScopeKind = 'region' | 'organisation';

export type RolesForm = FormGroup<{
  admin: FormControl<boolean>;
  coordinator: FormControl<boolean>;
  trainer: FormControl<boolean>;
  participant: FormControl<boolean>;
  scopeKind: FormControl<ScopeKind>;
  regionCode: FormControl<RegionCode | ''>;
  scopeOrganisationId: FormControl<string>;
}>;

/** The fields an invitation and the user page share. */
export interface UserFieldControls {
  fullName: FormControl<string>;
  organisationId: FormControl<string>;
  participantKind: FormControl<ParticipantKind | ''>;
  language: FormControl<Locale>;
  roles: RolesForm;
}

export type InviteForm = FormGroup<
  UserFieldControls & {
    email: FormControl<string>;
    /** Admin only: an active account with this password instead of an invitation. */
    withPassword: FormControl<boolean>;
    password: FormControl<string>;
  }
>;

export type EditUserForm = FormGroup<
  UserFieldControls & { active: FormControl<boolean> }
>;

/** A role group needs at least one role the person will have (`keptRoles`: ones not shown). */
function atLeastOneRole(keptRoles: () => readonly Role[]) {
  return (group: AbstractControl): ValidationErrors | null => {
    const value = (group as RolesForm).getRawValue();
    const any = ROLES.some((role) => value[role]) || keptRoles().length > 0;
    return any ? null : { noRole: true };
  };
}

/** The roles a person will have, from the form and those kept. */
export function chosenRoles(
  roles: RolesForm,
  keptRoles: readonly Role[] = [],
): Role[] {
  const value = roles.getRawValue();
  return [...ROLES.filter((role) => value[role]), ...keptRoles];
}

/** Only platform admins may belong to no organisation. */
export function isOnlyAdmin(roles: readonly Role[]): boolean {
  return roles.length > 0 && roles.every((role) => role === 'admin');
}

function organisationRequiredUnlessOnlyAdmin(
  keptRoles: () => readonly Role[],
): ValidatorFn {
  return (control) => {
    const roles = control.parent?.get('roles') as RolesForm | null | undefined;
    if (!roles || control.value) {
      return null;
    }
    return isOnlyAdmin(chosenRoles(roles, keptRoles()))
      ? null
      : { required: true };
  };
}

export function createRolesForm(
  fb: NonNullableFormBuilder,
  keptRoles: () => readonly Role[] = () => [],
): RolesForm {
  return fb.group(
    {
      admin: [false],
      coordinator: [false],
      trainer: [false],
      participant: [false],
      scopeKind: fb.control<ScopeKind>('region'),
      regionCode: fb.control<RegionCode | ''>(
        { value: '', disabled: true },
        Validators.required,
      ),
      scopeOrganisationId: fb.control(
        { value: '', disabled: true },
        Validators.required,
      ),
    },
    { validators: atLeastOneRole(keptRoles) },
  );
}

function userFieldControls(
  fb: NonNullableFormBuilder,
  keptRoles: () => readonly Role[] = () => [],
): UserFieldControls {
  return {
    fullName: fb.control('', [
      Validators.required,
      notBlank,
      Validators.maxLength(FULL_NAME_MAX_LENGTH),
    ]),
    organisationId: fb.control(
      '',
      organisationRequiredUnlessOnlyAdmin(keptRoles),
    ),
    participantKind: fb.control<ParticipantKind | ''>('', Validators.required),
    language: fb.control<Locale>('lv'),
    roles: createRolesForm(fb, keptRoles),
  };
}

export function createInviteForm(fb: NonNullableFormBuilder): InviteForm {
  const form: InviteForm = fb.group({
    email: fb.control('', [
      Validators.required,
      Validators.email,
      Validators.maxLength(EMAIL_MAX_LENGTH),
    ]),
    ...userFieldControls(fb),
    withPassword: fb.control(false),
    password: fb.control({ value: '', disabled: true }, [
      Validators.required,
      Validators.minLength(PASSWORD_MIN_LENGTH),
      Validators.maxLength(PASSWORD_MAX_LENGTH),
    ]),
  });
  form.controls.roles.controls.participant.setValue(true);
  return form;
}

export function createEditUserForm(
  fb: NonNullableFormBuilder,
  keptRoles: () => readonly Role[],
): EditUserForm {
  return fb.group({
    ...userFieldControls(fb, keptRoles),
    active: fb.control(true),
  });
}

/**
 * Keeps dependent controls enabled only while they matter (disabled controls are neither
 * validated nor sent): the coordinator's scope fields, and the invitation's password.
 */
export function syncDependentControls(
  form: InviteForm | EditUserForm,
  destroyRef: DestroyRef,
): void {
  const roles = form.controls.roles;
  const { coordinator, scopeKind, regionCode, scopeOrganisationId } =
    roles.controls;
  const sync = () => {
    if (form.disabled) {
      return; // read-only: nothing to enable
    }
    const isCoordinator = coordinator.value;
    setEnabled(regionCode, isCoordinator && scopeKind.value === 'region');
    setEnabled(
      scopeOrganisationId,
      isCoordinator && scopeKind.value === 'organisation',
    );
    if ('withPassword' in form.controls) {
      const invite = form as InviteForm;
      setEnabled(invite.controls.password, invite.controls.withPassword.value);
    }
  };
  // Whether an organisation is needed depends on the roles.
  roles.valueChanges
    .pipe(takeUntilDestroyed(destroyRef))
    .subscribe(() => form.controls.organisationId.updateValueAndValidity());
  form.controls.organisationId.updateValueAndValidity();
  const changes = [coordinator.valueChanges, scopeKind.valueChanges];
  if ('withPassword' in form.controls) {
    changes.push((form as InviteForm).controls.withPassword.valueChanges);
  }
  merge(...changes)
    .pipe(takeUntilDestroyed(destroyRef))
    .subscribe(sync);
  sync();
}

function setEnabled(control: AbstractControl, enabled: boolean): void {
  if (enabled && control.disabled) {
    control.enable({ emitEvent: false });
  } else if (!enabled && control.enabled) {
    control.disable({ emitEvent: false });
  }
}

/** The roles the form shows as checkboxes, as grants; `kept` are added unchanged. */
export function toRoleGrants(
  roles: RolesForm,
  shown: readonly Role[],
  kept: readonly RoleGrant[] = [],
): RoleGrant[] {
  const value = roles.getRawValue();
  const fromForm: RoleGrant[] = shown
    .filter((role) => value[role])
    .map((role) =>
      role === 'coordinator'
        ? {
            role,
            scope:
              value.scopeKind === 'region'
                ? { regionCode: value.regionCode as RegionCode }
                : { organisationId: value.scopeOrganisationId },
          }
        : { role },
    );
  return sortGrants([...fromForm, ...kept]);
}

/**
 * Splits a person's grants into what the form edits (`shown` roles, one coordinator scope) and what
 * it keeps as it is: roles the signed-in person may not grant, and further coordinator scopes.
 */
export function splitGrants(
  grants: readonly RoleGrant[],
  shown: readonly Role[],
): { edited: RoleGrant[]; kept: RoleGrant[] } {
  const edited: RoleGrant[] = [];
  const kept: RoleGrant[] = [];
  for (const grant of grants) {
    const alreadyEdited = edited.some((other) => other.role === grant.role);
    if (shown.includes(grant.role) && !alreadyEdited) {
      edited.push(grant);
    } else {
      kept.push(grant);
    }
  }
  return { edited, kept };
}

export function patchRoles(
  roles: RolesForm,
  grants: readonly RoleGrant[],
): void {
  const has = (role: Role) => grants.some((grant) => grant.role === role);
  const scope = grants.find((grant) => grant.role === 'coordinator')?.scope;
  roles.patchValue({
    admin: has('admin'),
    coordinator: has('coordinator'),
    trainer: has('trainer'),
    participant: has('participant'),
    scopeKind: scope && 'organisationId' in scope ? 'organisation' : 'region',
    regionCode: scope && 'regionCode' in scope ? scope.regionCode : '',
    scopeOrganisationId:
      scope && 'organisationId' in scope ? scope.organisationId : '',
  });
}

export function patchEditForm(
  form: EditUserForm,
  user: User,
  editedGrants: readonly RoleGrant[],
): void {
  form.patchValue({
    fullName: user.fullName,
    organisationId: user.organisationId ?? '',
    participantKind: user.participantKind,
    language: user.language,
    active: user.active,
  });
  patchRoles(form.controls.roles, editedGrants);
}

export function toCreateRequest(
  form: InviteForm,
  shownRoles: readonly Role[],
): CreateUserRequest {
  const value = form.getRawValue();
  const request: CreateUserRequest = {
    email: value.email.trim(),
    fullName: value.fullName.trim(),
    organisationId: value.organisationId || null,
    participantKind: value.participantKind as ParticipantKind,
    roles: toRoleGrants(form.controls.roles, shownRoles),
    language: value.language,
  };
  if (value.withPassword) {
    request.password = value.password;
  }
  return request;
}

/** Only what changed, so a coordinator's save never re-sends roles they may not grant. */
export function toUpdateRequest(
  form: EditUserForm,
  user: User,
  shownRoles: readonly Role[],
  keptGrants: readonly RoleGrant[],
): UpdateUserRequest {
  const value = form.getRawValue();
  const request: UpdateUserRequest = {};
  const fullName = value.fullName.trim();
  if (fullName !== user.fullName) request.fullName = fullName;
  const organisationId = value.organisationId || null;
  if (organisationId !== user.organisationId) {
    request.organisationId = organisationId;
  }
  if (value.participantKind && value.participantKind !== user.participantKind) {
    request.participantKind = value.participantKind;
  }
  if (value.language !== user.language) request.language = value.language;
  if (value.active !== user.active) request.active = value.active;
  const roles = toRoleGrants(form.controls.roles, shownRoles, keptGrants);
  if (grantsKey(roles) !== grantsKey(user.roles)) request.roles = roles;
  return request;
}

function sortGrants(grants: RoleGrant[]): RoleGrant[] {
  return [...grants].sort(
    (a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role),
  );
}

function grantsKey(grants: readonly RoleGrant[]): string {
  return sortGrants([...grants])
    .map((grant) => {
      const scope = grant.scope
        ? 'regionCode' in grant.scope
          ? `r:${grant.scope.regionCode}`
          : `o:${grant.scope.organisationId}`
        : '';
      return `${grant.role}/${scope}`;
    })
    .sort()
    .join(',');
}
