import type { MailDeliveryMode } from '@di/contracts';
import type { AppOptions } from '../../app/app-options';
import type { MailSettings } from './mail-settings';

export const MAIL_DELIVERY_MODE = Symbol('MAIL_DELIVERY_MODE');

export function mailDeliveryMode(settings: MailSettings, app: AppOptions): MailDeliveryMode {
  if (settings.smtpUrl) return 'smtp';
  return app.demoData ? 'demo' : 'not_configured';
}

/** The reserved `.invalid` top-level domain (RFC 2606), which the demo people use: nobody can receive mail there. */
export function isDemoAddress(address: string): boolean {
  return /\.invalid$/i.test(address.trim());
}

/**
 * Whether a message's link may be kept after it has left and shown in the demo mailbox: only in a
 * demo run, and only for an address nobody can own. Every other link is for its recipient alone.
 */
export function keepsLinkForDemoMailbox(mode: MailDeliveryMode, recipient: string): boolean {
  return mode === 'demo' && isDemoAddress(recipient);
}
