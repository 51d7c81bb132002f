import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import type { Problem } from '@di/contracts';
import { ApiError, parseRetryAfter, toApiError } from './api-error';

describe('toApiError', () => {
  it('keeps the problem details the server sent', () => {
    const problem: Problem = {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'pageSize must not be greater than 200',
    };
    const error = toApiError(
      new HttpErrorResponse({
        error: problem,
        status: 400,
        headers: new HttpHeaders({
          'content-type': 'application/problem+json',
        }),
      }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.problem).toEqual(problem);
    expect(error.message).toBe('pageSize must not be greater than 200');
  });

  it('explains a network failure in the user language', () => {
    const error = toApiError(
      new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') }),
    );
    expect(error.problem.detail).toContain('Neizdevās sazināties ar serveri');
  });

  it('names the status when the body is not a problem', () => {
    const error = toApiError(
      new HttpErrorResponse({ status: 502, error: '<html>Bad gateway</html>' }),
    );
    expect(error.problem.status).toBe(502);
    expect(error.problem.detail).toContain('502');
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('42')).toBe(42);
    const now = Date.parse('2026-03-01T10:00:00Z');
    expect(parseRetryAfter('Sun, 01 Mar 2026 10:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  it('comes with the error of a 429', () => {
    const error = toApiError(
      new HttpErrorResponse({
        status: 429,
        headers: new HttpHeaders({ 'Retry-After': '17' }),
        error: {
          type: 'about:blank',
          title: 'Too Many Requests',
          status: 429,
          detail: 'Too many attempts',
        },
      }),
    );
    expect(error.retryAfterSeconds).toBe(17);
    expect(error.status).toBe(429);
  });
});
