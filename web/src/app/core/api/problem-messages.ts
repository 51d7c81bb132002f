import { PROBLEM_CODES, type ProblemCode } from '@di/contracts';

/**
 * What to tell a person for each problem code, in the interface language; the API's `detail` is
 * English and meant for logs. A Record, so a new code without its text fails to compile. Functions,
 * so each text is looked up when shown (and a test can check the English of every one).
 */
export const PROBLEM_MESSAGES: Readonly<Record<ProblemCode, () => string>> = {
  INVALID_INPUT: () =>
    $localize`:@@problem.invalidInput:Daži lauki nav aizpildīti pareizi. Pārbaudiet ievadīto un mēģiniet vēlreiz.`,
  NOT_FOUND: () =>
    $localize`:@@problem.notFound:Tas nav atrasts: tas var būt dzēsts, vai arī tas nav jūsu pārziņā.`,
  FORBIDDEN: () =>
    $localize`:@@error.forbidden:Jums nav tiesību to darīt. Ja jums tās vajadzīgas, sazinieties ar sava reģiona koordinatoru vai administratoru.`,
  NOT_SIGNED_IN: () =>
    $localize`:@@error.unauthorised:Jūsu sesija ir beigusies. Lūdzu, pieslēdzieties vēlreiz.`,
  INVALID_CREDENTIALS: () =>
    $localize`:@@problem.invalidCredentials:Nepareiza e-pasta adrese vai parole. Pārbaudiet tās un mēģiniet vēlreiz.`,
  TOO_MANY_ATTEMPTS: () =>
    $localize`:@@problem.tooManyAttempts:Pārāk daudz mēģinājumu. Drošības nolūkos nākamais mēģinājums iespējams tikai pēc brīža.`,
  TOKEN_INVALID: () =>
    $localize`:@@problem.tokenInvalid:Šī saite vairs nav derīga: tā jau ir izmantota, tās derīguma termiņš ir beidzies vai tā nav nokopēta pilnībā.`,
  ROLE_NOT_GRANTABLE: () =>
    $localize`:@@user.error.roleNotGrantable:Jūs varat piešķirt tikai lomas “Dalībnieks” un “Pasniedzējs”. Citas lomas piešķir administrators.`,
  EMAIL_TAKEN: () =>
    $localize`:@@user.error.emailTaken:Šī e-pasta adrese jau ir reģistrēta platformā. Atrodiet šo cilvēku lietotāju sarakstā.`,
  LAST_ADMIN: () =>
    $localize`:@@user.error.lastAdmin:Platformā jābūt vismaz vienam aktīvam administratoram. Vispirms piešķiriet administratora lomu kādam citam.`,
  NOT_INVITED: () =>
    $localize`:@@problem.notInvited:Šis cilvēks jau ir iestatījis paroli, vai arī konts nav aktīvs.`,
  STALE_UPDATE: () =>
    $localize`:@@problem.staleUpdate:Kamēr jūs strādājāt, kāds cits šos datus jau mainīja. Ielādējiet jaunākos datus un, ja vajag, veiciet izmaiņas vēlreiz.`,
  ALREADY_EXISTS: () =>
    $localize`:@@problem.alreadyExists:Tāds ieraksts jau ir.`,
  REFERENCE_NOT_FOUND: () =>
    $localize`:@@problem.referenceNotFound:Kaut kas no izvēlētā (piemēram, organizācija) vairs nav atrodams. Atjaunojiet lapu un izvēlieties vēlreiz.`,
  IN_USE: () =>
    $localize`:@@problem.inUse:To nevar izdarīt, jo uz šo ierakstu vēl atsaucas citi.`,
  TRAINER_CONFLICT: () =>
    $localize`:@@problem.trainerConflict:Pasniedzējam tajā laikā jau ir cita nodarbība. Izvēlieties citu laiku vai citu pasniedzēju.`,
  VENUE_CLASH: () =>
    $localize`:@@problem.venueClash:Šī telpa tajā laikā jau ir aizņemta citai nodarbībai.`,
  SESSION_CANCELLED: () =>
    $localize`:@@problem.sessionCancelled:Šī nodarbība ir atcelta, tāpēc to vairs nevar mainīt.`,
  ALREADY_ENROLLED: () =>
    $localize`:@@problem.alreadyEnrolled:Šim cilvēkam šajā ciklā jau ir pieteikums, vieta vai vieta gaidīšanas sarakstā.`,
  ENROLMENT_CLOSED: () =>
    $localize`:@@problem.enrolmentClosed:Pieteikšanās šim ciklam nav atvērta: tā vēl nav sākusies vai jau beigusies, vai cikls ir atcelts.`,
  RUN_FULL: () =>
    $localize`:@@problem.runFull:Brīvu vietu šajā ciklā vairs nav, un gaidīšanas saraksta tam nav.`,
  AUDIENCE_MISMATCH: () =>
    $localize`:@@problem.audienceMismatch:Šis kurss paredzēts citas grupas dalībniekiem, tāpēc šajā ciklā pieteikties nevar.`,
  INVALID_TRANSITION: () =>
    $localize`:@@problem.invalidTransition:Pieteikuma pašreizējais statuss to vairs neļauj. Atjaunojiet lapu, lai redzētu jaunāko.`,
  NOT_ENROLLED: () =>
    $localize`:@@problem.notEnrolled:Šim cilvēkam nodarbības laikā nebija vietas šajā ciklā (vai nav vietas kāda šī kursa ciklā), tāpēc atzīmēt nevar.`,
  INVALID_CHECK_IN_CODE: () =>
    $localize`:@@problem.invalidCheckInCode:Kods nav pareizs vai vairs nav derīgs. Pārbaudiet kodu, ko rāda pasniedzējs.`,
  REGISTER_NOT_OPEN: () =>
    $localize`:@@problem.registerNotOpen:Apmeklējumu var atzīmēt, sākot no stundas pirms nodarbības sākuma.`,
  UNREADABLE_FILE: () =>
    $localize`:@@problem.unreadableFile:Failu neizdevās nolasīt. Saglabājiet to kā CSV (UTF-8) vai XLSX ar kolonnu nosaukumiem pirmajā rindā un mēģiniet vēlreiz.`,
  INVALID_VALUE: () =>
    $localize`:@@problem.invalidValue:Kāda no vērtībām šeit nav pieļaujama. Pārbaudiet ievadīto.`,
  BUSY: () =>
    $localize`:@@problem.busy:Tieši tajā pašā brīdī tos pašus datus mainīja arī citi. Lūdzu, mēģiniet vēlreiz.`,
  PAYLOAD_TOO_LARGE: () =>
    $localize`:@@problem.payloadTooLarge:Nosūtāmie dati ir par lielu.`,
  UNSUPPORTED_MEDIA_TYPE: () =>
    $localize`:@@problem.unsupportedMediaType:Šāda veida datus platforma nepieņem.`,
  DATABASE_UNAVAILABLE: () =>
    $localize`:@@problem.databaseUnavailable:Datubāze pašlaik nav pieejama. Pēc brīža mēģiniet vēlreiz.`,
  METHOD_NOT_ALLOWED: () =>
    $localize`:@@problem.methodNotAllowed:Šī darbība šeit nav iespējama.`,
  CROSS_SITE_REQUEST: () =>
    $localize`:@@problem.crossSiteRequest:Pieprasījums nāca no citas vietnes un tika atteikts. Atveriet platformu no tās adreses un mēģiniet vēlreiz.`,
  INTERNAL_ERROR: () =>
    $localize`:@@problem.internalError:Serverī notika kļūda. Mēģiniet vēlreiz; ja tā atkārtojas, sazinieties ar administratoru.`,
};

/** For a response without a (known) code: the code whose text fits its status. */
const CODE_FOR_STATUS: Readonly<Partial<Record<number, ProblemCode>>> = {
  400: 'INVALID_INPUT',
  401: 'NOT_SIGNED_IN',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_ATTEMPTS',
  500: 'INTERNAL_ERROR',
};

export function isProblemCode(value: unknown): value is ProblemCode {
  return PROBLEM_CODES.some((code) => code === value);
}

/** The person's words for a problem: by its code, else by its status, else a general sentence. */
export function problemText(code: unknown, status: number): string {
  if (isProblemCode(code)) {
    return PROBLEM_MESSAGES[code]();
  }
  const byStatus = CODE_FOR_STATUS[status];
  if (byStatus) {
    return PROBLEM_MESSAGES[byStatus]();
  }
  if (status === 0) {
    return networkProblemText();
  }
  if (status === 409) {
    return $localize`:@@problem.conflict:To neizdevās izdarīt, jo dati pa to laiku ir mainījušies. Atjaunojiet lapu un mēģiniet vēlreiz.`;
  }
  if (status === 502 || status === 503 || status === 504) {
    return $localize`:@@problem.unavailable:Platforma pašlaik nav pieejama. Pēc brīža mēģiniet vēlreiz.`;
  }
  return status >= 500
    ? PROBLEM_MESSAGES.INTERNAL_ERROR()
    : $localize`:@@error.http.detail:Serveris atbildēja ar kļūdu (${status}:status:).`;
}

export function networkProblemText(): string {
  return $localize`:@@error.network.detail:Neizdevās sazināties ar serveri. Pārbaudiet interneta savienojumu un mēģiniet vēlreiz.`;
}

/** A failure of the app itself, not of a request. */
export function unexpectedProblemText(): string {
  return $localize`:@@error.unexpected.detail:Notika neparedzēta kļūda.`;
}
