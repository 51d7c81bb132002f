import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import type { Problem } from '@di/contracts';
import {
  ApiError,
  errorMessage,
  parseRetryAfter,
  toApiError,
} from './api-error';

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

  it('keeps the status and says it in the user language when the body is not a problem', () => {
    const gateway = toApiError(
      new HttpErrorResponse({ status: 502, error: '<html>Bad gateway</html>' }),
    );
    expect(gateway.problem.status).toBe(502);
    expect(gateway.problem.detail).toBe(
      'Platforma pašlaik nav pieejama. Pēc brīža mēģiniet vēlreiz.',
    );
    const teapot = toApiError(
      new HttpErrorResponse({ status: 418, error: 'I am a teapot' }),
    );
    expect(teapot.problem.detail).toContain('418');
  });
});

describe('errorMessage', () => {
  function failure(status: number, body: Partial<Problem>): HttpErrorResponse {
    return new HttpErrorResponse({
      status,
      error: {
        type: 'about:blank',
        title: 'Error',
        status,
        detail: 'An English detail meant for the log',
        ...body,
      },
    });
  }

  it('says a known code in the interface language, never the API’s detail', () => {
    expect(errorMessage(failure(409, { code: 'STALE_UPDATE' }))).toBe(
      'Kamēr jūs strādājāt, kāds cits šos datus jau mainīja. Ielādējiet jaunākos datus un, ja vajag, veiciet izmaiņas vēlreiz.',
    );
    expect(errorMessage(toApiError(failure(409, { code: 'LAST_ADMIN' })))).toBe(
      'Platformā jābūt vismaz vienam aktīvam administratoram. Vispirms piešķiriet administratora lomu kādam citam.',
    );
  });

  it('falls back to a sentence for the status when the code is unknown or missing', () => {
    const unknown = failure(404, {
      code: 'SOMETHING_NEW' as Problem['code'],
    });
    expect(toApiError(unknown).code).toBeUndefined();
    expect(errorMessage(unknown)).toBe(
      'Tas nav atrasts: tas var būt dzēsts, vai arī tas nav jūsu pārziņā.',
    );
    expect(errorMessage(failure(403, {}))).toContain(
      'Jums nav tiesību to darīt.',
    );
    expect(errorMessage(failure(409, {}))).toContain(
      'dati pa to laiku ir mainījušies',
    );
    expect(errorMessage(failure(503, {}))).toBe(
      'Platforma pašlaik nav pieejama. Pēc brīža mēģiniet vēlreiz.',
    );
    expect(errorMessage(failure(418, {}))).toBe(
      'Serveris atbildēja ar kļūdu (418).',
    );
    for (const status of [400, 403, 404, 409, 418, 500, 503]) {
      expect(errorMessage(failure(status, {}))).not.toContain('English');
    }
  });

  it('says when the server could not be reached, and when the app itself failed', () => {
    expect(
      errorMessage(
        new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') }),
      ),
    ).toContain('Neizdevās sazināties ar serveri');
    expect(errorMessage(new TypeError('x is undefined'))).toBe(
      'Notika neparedzēta kļūda.',
    );
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
