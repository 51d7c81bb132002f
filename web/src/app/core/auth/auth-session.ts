import { HttpClient } from '@angular/common/http';
import {
  DOCUMENT,
  DestroyRef,
  Injectable,
  computed,
  inject,
  signal,
} from '@angular/core';
import { Router, type UrlTree } from '@angular/router';
import {
  API_PATHS,
  permissionsOf,
  type LoginRequest,
  type LoginResponse,
  type Me,
  type Permission,
  type Role,
  type RoleScope,
} from '@di/contracts';
import {
  Observable,
  catchError,
  finalize,
  firstValueFrom,
  from,
  map,
  of,
  shareReplay,
  throwError,
  timeout,
} from 'rxjs';
import { toApiError } from '../api/api-error';
import { rethrowAsApiError } from '../api/http-params';

/** Why the sign-in page is shown; it says so to the person. */
export type SignInNotice = 'signed-out' | 'expired' | 'password-set';

/** Router navigation state understood by the sign-in page. */
export interface SignInState {
  notice?: SignInNotice;
  /** Put in the email field (e.g. after setting a password); never in the URL. */
  email?: string;
}

/** How long the app waits at start for the session to be restored before showing itself signed out. */
export const RESTORE_TIMEOUT_MS = 10_000;
/** After a failed background refresh that was not a 401 (e.g. no network), try again after this. */
export const REFRESH_RETRY_MS = 30_000;
/** A token this close to its expiry is refreshed before it is sent. */
export const EXPIRY_SLACK_MS = 5_000;

const REFRESH_LOCK = 'di-training-auth-refresh';
const CHANNEL = 'di-training-auth';
/**
 * In localStorage while this browser may hold a refresh cookie (set at sign-in, cleared at sign-out
 * and when the server refuses the cookie). Without it, start-up does not ask the server, whose 401
 * for a visitor would otherwise be logged in the console on every first visit. Not a secret: it
 * only says "try".
 */
export const SESSION_HINT_KEY = 'di-training-may-have-session';

/**
 * When to refresh an access token that lives `expiresInSeconds`: a minute before it expires, or at
 * three quarters of its life when that is short, so a slow network never lets it lapse.
 */
export function refreshDelayMs(expiresInSeconds: number): number {
  const lifetime = Math.max(0, expiresInSeconds) * 1000;
  return lifetime > 4 * 60_000
    ? lifetime - 60_000
    : Math.floor(lifetime * 0.75);
}

/**
 * A return URL from a query parameter, accepted only as a path inside this app (never another
 * site, never the sign-in page itself); otherwise the home page.
 */
export function safeReturnUrl(value: unknown): string {
  if (
    typeof value !== 'string' ||
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.startsWith('/\\') ||
    /^\/sign-in(?:[/?#]|$)/.test(value)
  ) {
    return '/';
  }
  return value;
}

/**
 * The signed-in person and their access token. The token is kept only in memory: after a page
 * load the session comes back from the httpOnly refresh cookie (`restore()` at start-up), and it is
 * refreshed in the background shortly before it expires.
 */
@Injectable({ providedIn: 'root' })
export class AuthSession {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly storage = inject(DOCUMENT).defaultView?.localStorage;

  private readonly current = signal<Me | null>(null);
  /** The signed-in person, or null. */
  readonly me = this.current.asReadonly();
  readonly signedIn = computed(() => this.current() !== null);
  readonly roles = computed<readonly Role[]>(() => [
    ...new Set((this.current()?.roles ?? []).map((grant) => grant.role)),
  ]);
  /**
   * What the person may do, as the API says (`Me.permissions`); from the contracts' holders of
   * each permission when an older API leaves the list out. Pages and navigation show or hide
   * actions by these, never by role names, so they follow the API's own rules.
   */
  readonly permissions = computed<ReadonlySet<Permission>>(() => {
    const me = this.current();
    if (!me) return new Set();
    return new Set(
      Array.isArray(me.permissions)
        ? me.permissions
        : permissionsOf(me.roles.map((grant) => grant.role)),
    );
  });
  /** For choices that depend on the role itself (which roles to offer, whose people are in reach). */
  readonly isAdmin = computed(() => this.roles().includes('admin'));
  /** Where the signed-in coordinator may act: regions and organisations. Empty for others. */
  readonly coordinatorScopes = computed<readonly RoleScope[]>(() =>
    (this.current()?.roles ?? []).flatMap((grant) =>
      grant.role === 'coordinator' && grant.scope ? [grant.scope] : [],
    ),
  );

  private token: string | null = null;
  private expiresAt = 0;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshing: Observable<string> | null = null;
  private signingOut = false;
  /** Tells the other tabs of this browser about a sign-out, so none stays signed in by mistake. */
  private readonly channel =
    typeof BroadcastChannel === 'undefined'
      ? null
      : new BroadcastChannel(CHANNEL);

  constructor() {
    if (this.channel) {
      this.channel.onmessage = (event: MessageEvent) => {
        if (event.data === 'signed-out' && this.signedIn()) {
          this.clear();
          void this.goToSignIn(undefined, 'signed-out');
        }
      };
    }
    inject(DestroyRef).onDestroy(() => {
      clearTimeout(this.refreshTimer);
      this.channel?.close();
    });
  }

  /** Reactive: usable in `computed` and templates. */
  can(permission: Permission): boolean {
    return this.permissions().has(permission);
  }

  accessToken(): string | null {
    return this.token;
  }

  /** True when there is a token but it has expired or is about to. */
  tokenNeedsRefresh(now = Date.now()): boolean {
    return this.token !== null && now >= this.expiresAt - EXPIRY_SLACK_MS;
  }

  /** Signs in; errors arrive as `ApiError` (401 wrong credentials, 429 with `retryAfterSeconds`). */
  signIn(credentials: LoginRequest): Observable<Me> {
    return this.http.post<LoginResponse>(API_PATHS.login, credentials).pipe(
      map((response) => {
        this.startSession(response);
        return response.user;
      }),
      catchError(rethrowAsApiError),
    );
  }

  /**
   * At start-up: brings back the session of the refresh cookie, if any. Never fails. Asks the
   * server only when this browser signed in and has not signed out since (`SESSION_HINT_KEY`).
   */
  restore(): Promise<void> {
    if (!this.mayHaveSession()) {
      return Promise.resolve();
    }
    return firstValueFrom(
      this.refresh().pipe(
        timeout(RESTORE_TIMEOUT_MS),
        map(() => undefined),
        catchError(() => of(undefined)),
      ),
    );
  }

  /**
   * A new access token from the refresh cookie. Concurrent callers share one request; a 401 ends
   * the local session (the caller decides whether to send the person to sign in).
   */
  refresh(): Observable<string> {
    if (!this.refreshing) {
      this.refreshing = this.refreshRequest().pipe(
        map((response) => {
          this.startSession(response);
          return response.accessToken;
        }),
        catchError((error: unknown) => {
          const apiError = toApiError(error);
          if (apiError.status === 401) {
            this.clear();
          }
          return throwError(() => apiError);
        }),
        finalize(() => (this.refreshing = null)),
        shareReplay({ bufferSize: 1, refCount: false }),
      );
    }
    return this.refreshing;
  }

  /** After the person's own details changed (profile). */
  updateMe(me: Me): void {
    this.current.set(me);
  }

  /** Ends the session on the server and here, and shows the sign-in page. */
  async signOut(): Promise<void> {
    // Sign-out ends the server's session at once, so a request still on its way answers 401;
    // that is this sign-out, not an expired session.
    this.signingOut = true;
    try {
      await firstValueFrom(this.http.post<void>(API_PATHS.logout, null));
    } catch {
      // The local session ends regardless; the cookie expires on its own.
    }
    this.clear();
    this.channel?.postMessage('signed-out');
    try {
      await this.goToSignIn(undefined, 'signed-out');
    } finally {
      this.signingOut = false;
    }
  }

  /**
   * The server no longer accepts the session (refresh answered 401): forget it and ask the person
   * to sign in again, coming back to where they were.
   */
  expire(): void {
    this.clear();
    if (this.signingOut) return;
    const url = this.router.url;
    if (/^\/sign-in(?:[/?#]|$)/.test(url)) {
      return;
    }
    const pending = this.router.currentNavigation()?.finalUrl;
    const returnUrl = pending ? this.router.serializeUrl(pending) : url;
    void this.goToSignIn(returnUrl, 'expired');
  }

  /** `/sign-in?returnUrl=…` as a tree, for guards. */
  signInUrl(returnUrl?: string): UrlTree {
    const back = returnUrl === undefined ? undefined : safeReturnUrl(returnUrl);
    return this.router.createUrlTree(['/sign-in'], {
      queryParams: back && back !== '/' ? { returnUrl: back } : {},
    });
  }

  private goToSignIn(
    returnUrl: string | undefined,
    notice: SignInNotice,
  ): Promise<boolean> {
    const state: SignInState = { notice };
    return this.router.navigateByUrl(this.signInUrl(returnUrl), { state });
  }

  /** Takes over the session of a sign-in or refresh response. */
  startSession(response: LoginResponse): void {
    this.token = response.accessToken;
    this.expiresAt = Date.now() + response.expiresIn * 1000;
    this.current.set(response.user);
    this.scheduleRefresh(refreshDelayMs(response.expiresIn));
    this.setSessionHint(true);
  }

  private clear(): void {
    this.setSessionHint(false);
    clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    this.token = null;
    this.expiresAt = 0;
    this.current.set(null);
  }

  private mayHaveSession(): boolean {
    if (!this.storage) {
      return true;
    }
    try {
      return this.storage.getItem(SESSION_HINT_KEY) === '1';
    } catch {
      return true; // without storage: ask, as before
    }
  }

  private setSessionHint(present: boolean): void {
    try {
      if (present) this.storage?.setItem(SESSION_HINT_KEY, '1');
      else this.storage?.removeItem(SESSION_HINT_KEY);
    } catch {
      // Storage may be unavailable (private mode); start-up then asks the server every time.
    }
  }

  private scheduleRefresh(delayMs: number): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => this.refreshInBackground(), delayMs);
  }

  private refreshInBackground(): void {
    this.refresh().subscribe({
      error: (error: unknown) => {
        if (toApiError(error).status === 401) {
          this.expire();
        } else if (this.token && Date.now() < this.expiresAt) {
          this.scheduleRefresh(REFRESH_RETRY_MS);
        }
        // Otherwise the next request finds the token expired and refreshes first.
      },
    });
  }

  /**
   * Tabs of one browser share the refresh cookie; one refresh at a time (Web Locks) means a tab
   * never presents a cookie another tab has just rotated away.
   */
  private refreshRequest(): Observable<LoginResponse> {
    const request = this.http.post<LoginResponse>(API_PATHS.refresh, null);
    const locks =
      typeof navigator === 'undefined' ? undefined : navigator.locks;
    if (!locks) {
      return request;
    }
    return from(locks.request(REFRESH_LOCK, () => firstValueFrom(request)));
  }
}
