/** Field names, shared by the forms and their error summaries. */
export const USER_FIELD_LABELS = {
  email: $localize`:@@user.field.email:E-pasta adrese`,
  fullName: $localize`:@@user.field.fullName:Vārds, uzvārds`,
  organisation: $localize`:@@user.field.organisation:Organizācija`,
  participantKind: $localize`:@@user.field.participantKind:Dalībnieka veids`,
  language: $localize`:@@user.field.language:Vēstuļu valoda`,
  roles: $localize`:@@user.field.roles:Lomas`,
  scopeRegion: $localize`:@@user.field.scopeRegion:Koordinatora reģions`,
  scopeOrganisation: $localize`:@@user.field.scopeOrganisation:Koordinatora organizācija`,
  password: $localize`:@@user.field.password:Parole`,
  active: $localize`:@@user.field.active:Konts ir aktīvs`,
};
