import type { Enrolment, EnrolmentOptions } from '@di/contracts';

/** What the run page offers the signed-in person about enrolling, from their enrolment options. */
export type EnrolmentAction =
  | { kind: 'own'; enrolment: Enrolment }
  | { kind: 'enrol' | 'request' | 'waitlist'; label: string; hint: string }
  | { kind: 'none'; text: string };

export function enrolmentAction(options: EnrolmentOptions): EnrolmentAction {
  if (options.enrolment) return { kind: 'own', enrolment: options.enrolment };
  switch (options.outcome) {
    case 'enrolled':
      return {
        kind: 'enrol',
        label: $localize`:@@enrolment.action.enrol:Pieteikties`,
        hint: $localize`:@@enrolment.action.enrolHint:Brīva vieta ir, un tā būs jūsu uzreiz.`,
      };
    case 'requested':
      return {
        kind: 'request',
        label: $localize`:@@enrolment.action.request:Pieteikt dalību`,
        hint: $localize`:@@enrolment.action.requestHint:Pieteikumu izskatīs koordinators; tā statusu redzēsiet šeit un sadaļā “Mani kursi”.`,
      };
    case 'waitlisted':
      return {
        kind: 'waitlist',
        label: $localize`:@@enrolment.action.waitlist:Pierakstīties gaidīšanas sarakstā`,
        hint: $localize`:@@enrolment.action.waitlistHint:Brīvu vietu pašlaik nav. Kad kāda atbrīvosies, to piedāvās pirmajam gaidīšanas sarakstā.`,
      };
    default:
      return { kind: 'none', text: notPossibleText(options.reason) };
  }
}

function notPossibleText(reason: EnrolmentOptions['reason']): string {
  switch (reason) {
    case 'ENROLMENT_CLOSED':
      return $localize`:@@enrolment.notPossible.closed:Pieteikšanās šim ciklam ir slēgta: tās laiks ir beidzies vai vēl nav sācies.`;
    case 'RUN_NOT_OPEN':
      return $localize`:@@enrolment.notPossible.notOpen:Pieteikšanās šim ciklam vēl nav atvērta.`;
    case 'AUDIENCE_MISMATCH':
      return $localize`:@@enrolment.notPossible.audience:Šis kurss paredzēts citas grupas dalībniekiem, tāpēc jūs tam pieteikties nevarat.`;
    case 'RUN_FULL':
      return $localize`:@@enrolment.notPossible.full:Visas vietas ir aizņemtas, un gaidīšanas saraksta šim ciklam nav.`;
    case 'ALREADY_ENROLLED':
      return $localize`:@@enrolment.notPossible.already:Jums šim ciklam jau ir pieteikums.`;
    default:
      return $localize`:@@enrolment.notPossible.other:Šim ciklam jūs pieteikties nevarat.`;
  }
}

/** What to announce once the person has enrolled, by what they got. */
export function enrolledText(enrolment: Enrolment): string {
  switch (enrolment.status) {
    case 'requested':
      return $localize`:@@enrolment.done.requested:Pieteikums nosūtīts. Tas gaida koordinatora apstiprinājumu.`;
    case 'waitlisted':
      return enrolment.position
        ? $localize`:@@enrolment.done.waitlistedAt:Jūs esat gaidīšanas sarakstā, ${enrolment.position}:position:. vietā.`
        : $localize`:@@enrolment.done.waitlisted:Jūs esat gaidīšanas sarakstā.`;
    default:
      return $localize`:@@enrolment.done.enrolled:Gatavs: jums ir vieta šajā ciklā.`;
  }
}
