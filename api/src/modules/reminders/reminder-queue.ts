/** The periodic job that sends the reminders due; pg-boss runs its schedule once across all processes. */
export const REMINDER_SWEEP_QUEUE = 'session-reminder-sweep';
export const REMINDER_SWEEP_CRON = '*/5 * * * *';
export const REMINDER_POLLING_SECONDS = 5;
