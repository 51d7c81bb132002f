/**
 * A short, log-safe account of why a message did not leave: error code, SMTP
 * command and status. Never the server's own words, which often quote the address.
 */
export function describeDeliveryError(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const { code, command, responseCode } = error as Error & { code?: unknown; command?: unknown; responseCode?: unknown };
  const parts = [
    typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? code : error.name,
    typeof command === 'string' && /^[A-Z ]{1,20}$/.test(command) ? `at ${command}` : undefined,
    typeof responseCode === 'number' ? `SMTP ${responseCode}` : undefined,
  ];
  return parts.filter((part) => part !== undefined).join(' ');
}
