import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { AuthSession } from '../../core/auth/auth-session';
import type { CompletionRule, CourseModule, CourseRun } from '@di/contracts';
import { errorMessage, isNotFound } from '../../core/api/api-error';
import { ACTIVE_LOCALE, localised } from '../../core/i18n/active-locale';
import { LocalisedPipe } from '../../core/i18n/localised.pipe';
import { ReferenceData } from '../../core/reference/reference-data';
import { pageTitleFrom } from '../../core/title/page-title';
import { LoadError } from '../../shared/lists/load-error';
import { LoadingIndicator } from '../../shared/loading/loading-indicator';
import { formatDate } from '../../shared/riga-calendar';
import { RigaDatePipe } from '../../shared/riga-date.pipe';
import { CatalogueApi } from './catalogue-api';
import { RunStatusLabelPipe } from '../../shared/run-status-label';
import { AudienceLabelPipe } from './catalogue-labels';
import { ownCourseProgress } from '../../shared/enrolments/own-course-progress';
import { RequiredModulesText } from '../../shared/enrolments/required-modules-text';

interface RunView {
  run: CourseRun;
  /** `04.12.2026–31.01.2027`. */
  dates: string;
  region: string;
}

/** "45 min, obligāts": how long a module takes (when known) and whether it is required. */
export function moduleFacts(
  module: Pick<CourseModule, 'estimatedMinutes' | 'required'>,
): string {
  const parts: string[] = [];
  if (module.estimatedMinutes !== null) {
    parts.push(
      $localize`:@@course.module.minutes:${module.estimatedMinutes}:minutes: min`,
    );
  }
  parts.push(
    module.required
      ? $localize`:@@course.module.required:obligāts`
      : $localize`:@@course.module.optional:izvēles`,
  );
  return parts.join(', ');
}

/** The completion rule as sentences, one per condition. */
export function completionRuleText(rule: CompletionRule): string[] {
  const parts: string[] = [];
  if (rule.minAttendancePercent > 0) {
    parts.push(
      $localize`:@@course.completion.attendance:Jāapmeklē vismaz ${rule.minAttendancePercent}:percent:% nodarbību.`,
    );
  }
  if (rule.requireAllRequiredModules) {
    parts.push(
      $localize`:@@course.completion.modules:Jāapgūst visi obligātie moduļi.`,
    );
  }
  if (parts.length === 0) {
    parts.push($localize`:@@course.completion.none:Īpašu nosacījumu nav.`);
  }
  return parts;
}

/** A course: what it is, for whom, how it is completed, its modules in order and upcoming runs. */
@Component({
  selector: 'app-course-page',
  imports: [
    RouterLink,
    LocalisedPipe,
    AudienceLabelPipe,
    RunStatusLabelPipe,
    RigaDatePipe,
    LoadError,
    LoadingIndicator,
    RequiredModulesText,
  ],
  templateUrl: './course-page.html',
  styleUrl: './catalogue-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class CoursePage {
  private readonly api = inject(CatalogueApi);
  private readonly reference = inject(ReferenceData);
  private readonly locale = inject(ACTIVE_LOCALE);
  private readonly auth = inject(AuthSession);
  protected readonly mayCreateRun = computed(() => this.auth.can('run.create'));

  /** The route's `:id`, bound by the router. */
  readonly id = input.required<string>();

  /** The caller's own progress, when they hold a seat in a run of the course: the modules' checklist. */
  protected readonly own = ownCourseProgress(() => this.id());

  private readonly loaded = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.course(params),
  });
  protected readonly course = computed(() =>
    this.loaded.hasValue() ? this.loaded.value() : undefined,
  );
  protected readonly loadError = computed(() => {
    const error = this.loaded.error();
    if (!error) return undefined;
    return isNotFound(error)
      ? { notFound: true, detail: '' }
      : { notFound: false, detail: errorMessage(error) };
  });
  protected readonly loadingLabel = $localize`:@@course.loading:Ielādē kursu…`;

  protected readonly modules = computed(() =>
    [...(this.course()?.modules ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((module) => ({ module, facts: moduleFacts(module) })),
  );
  protected readonly provider = computed(() => {
    const id = this.course()?.providerOrganisationId;
    return id ? this.reference.organisationName(id) : null;
  });
  protected readonly completion = computed(() => {
    const course = this.course();
    return course ? completionRuleText(course.completionRule) : [];
  });

  private readonly runsResult = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.upcomingRuns(params),
  });
  protected readonly runsLoading = computed(() => this.runsResult.isLoading());
  protected readonly runsError = computed(() => {
    const error = this.runsResult.error();
    return error ? errorMessage(error) : undefined;
  });
  protected readonly runs = computed<RunView[] | undefined>(() =>
    this.runsResult.hasValue()
      ? [...this.runsResult.value().items]
          .sort((a, b) => a.startsOn.localeCompare(b.startsOn))
          .map((run) => ({
            run,
            dates: `${formatDate(run.startsOn)}–${formatDate(run.endsOn)}`,
            region: this.reference.regionName(run.regionCode),
          }))
      : undefined,
  );

  constructor() {
    // The tab says which course it is.
    pageTitleFrom(() => {
      if (this.loadError()?.notFound) {
        return $localize`:@@course.notFound.title:Kurss nav atrasts`;
      }
      const course = this.course();
      return course ? localised(course.title, this.locale) : undefined;
    });
  }

  protected retryLoad(): void {
    this.loaded.reload();
    this.reference.reload();
  }

  protected retryRuns(): void {
    this.runsResult.reload();
  }
}
