import { HttpErrorResponse } from '@angular/common/http';
import { Injector, runInInjectionContext } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { type Observable, Subject } from 'rxjs';
import type { ApiError } from '../../core/api/api-error';
import { type FormSubmitOptions, formSubmit } from './form-submit';

describe('formSubmit', () => {
  let form: FormGroup<{ name: FormControl<string> }>;
  let requests: Subject<string>[];
  let log: string[];

  function create(overrides: Partial<FormSubmitOptions<string>> = {}) {
    const options: FormSubmitOptions<string> = {
      form,
      reset: () => log.push('reset'),
      invalid: () => log.push('invalid'),
      request: (): Observable<string> => {
        const request = new Subject<string>();
        requests.push(request);
        return request;
      },
      done: (value) => log.push(`done ${value}`),
      failed: (error: ApiError) => log.push(`failed ${error.status}`),
      ...overrides,
    };
    return runInInjectionContext(TestBed.inject(Injector), () =>
      formSubmit(options),
    );
  }

  beforeEach(() => {
    form = new FormGroup({
      name: new FormControl('Ilze', {
        nonNullable: true,
        validators: Validators.required,
      }),
    });
    requests = [];
    log = [];
  });

  it('sends once while busy, then hands over the result', () => {
    const submission = create();
    submission.submit();
    submission.submit();
    expect(requests).toHaveLength(1);
    expect(submission.busy()).toBe(true);

    requests[0].next('saved');
    requests[0].complete();
    expect(submission.busy()).toBe(false);
    expect(log).toEqual(['reset', 'done saved']);
  });

  it('shows what is wrong instead of sending an invalid form', () => {
    const submission = create();
    form.controls.name.setValue('');
    submission.submit();
    expect(requests).toHaveLength(0);
    expect(form.controls.name.touched).toBe(true);
    expect(log).toEqual(['reset', 'invalid']);
    expect(submission.busy()).toBe(false);
  });

  it('passes a failure on as an ApiError and may be sent again', () => {
    const submission = create();
    submission.submit();
    requests[0].error(
      new HttpErrorResponse({
        status: 409,
        error: { detail: 'x', status: 409 },
      }),
    );
    expect(log).toEqual(['reset', 'failed 409']);
    expect(submission.busy()).toBe(false);
    submission.submit();
    expect(requests).toHaveLength(2);
  });

  it('sends nothing when there is nothing to send, or while blocked', () => {
    let blocked = true;
    const submission = create({
      blocked: () => blocked,
      request: () => null,
    });
    submission.submit();
    expect(log).toEqual([]);
    blocked = false;
    submission.submit();
    expect(log).toEqual(['reset']);
    expect(submission.busy()).toBe(false);
  });

  it('stays busy after success when the page is left', () => {
    const submission = create({ leavesPage: true });
    submission.submit();
    requests[0].next('signed in');
    expect(submission.busy()).toBe(true);
    submission.submit();
    expect(requests).toHaveLength(1);
  });
});
