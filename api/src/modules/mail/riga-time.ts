const RIGA = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Riga',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `dd.MM.yyyy HH:mm` on the clock in Riga, summer time included, whatever the server's time zone. */
export function formatRigaTime(moment: Date): string {
  const parts = Object.fromEntries(RIGA.formatToParts(moment).map((p) => [p.type, p.value]));
  return `${parts['day']}.${parts['month']}.${parts['year']} ${parts['hour']}:${parts['minute']}`;
}
