import { computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { LocalisedText } from '@di/contracts';
import { catchError, forkJoin, map, of } from 'rxjs';
import { RunsApi } from '../../shared/runs/runs-api';

/**
 * The titles of the runs a list of enrolments (across runs) is about, loaded once per set of
 * runs; an enrolment carries only its run's id. Call in an injection context.
 */
export function runTitles(runIds: () => readonly string[]) {
  const runs = inject(RunsApi);
  const resource = rxResource({
    params: () => {
      const ids = [...new Set(runIds())].sort();
      return ids.length > 0 ? ids : undefined;
    },
    stream: ({ params }) =>
      forkJoin(
        params.map((id) =>
          runs.run(id).pipe(
            map((run): [string, LocalisedText | null] => [id, run.title]),
            // A run the caller cannot read is shown without its title, not as a failed page.
            catchError(() => of<[string, LocalisedText | null]>([id, null])),
          ),
        ),
      ).pipe(map((entries) => new Map(entries))),
  });
  const titles = computed(() => (resource.hasValue() ? resource.value() : new Map<string, LocalisedText | null>()));
  return (runId: string): LocalisedText | null => titles().get(runId) ?? null;
}
