/**
 * The address someone last asked a password-reset link for, kept in this browser (never in a URL)
 * so that after setting the new password from the link the sign-in form already holds it. The
 * link may open in another tab, hence localStorage; it is forgotten once used, and after a day.
 */
const STORAGE_KEY = 'di-training-reset-email';
const KEEP_MS = 24 * 60 * 60 * 1000;

interface Remembered {
  email: string;
  at: number;
}

export function rememberEmail(email: string, now = Date.now()): void {
  try {
    const value: Remembered = { email, at: now };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(value));
  } catch {
    // Without storage the person types the address again.
  }
}

/** The remembered address (and forgets it), if one is there and recent. */
export function takeRememberedEmail(now = Date.now()): string | undefined {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    localStorage.removeItem(STORAGE_KEY);
    const value = raw ? (JSON.parse(raw) as Partial<Remembered>) : undefined;
    return typeof value?.email === 'string' &&
      typeof value.at === 'number' &&
      now - value.at < KEEP_MS
      ? value.email
      : undefined;
  } catch {
    return undefined;
  }
}
