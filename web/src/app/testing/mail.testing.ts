import { type Provider, computed, signal } from '@angular/core';
import type { MailDeliveryMode } from '@di/contracts';
import { MailDeliveryInfo } from '../core/mail/mail-delivery';

/** `MailDeliveryInfo` that already knows `mode`, so no request to answer (and none keeps a test waiting). */
export function provideMailDelivery(
  mode: MailDeliveryMode | undefined = 'smtp',
): Provider {
  const known = signal(mode);
  const fake: Pick<MailDeliveryInfo, 'mode' | 'isDemo' | 'load'> = {
    mode: known.asReadonly(),
    isDemo: computed(() => known() === 'demo'),
    load: () => undefined,
  };
  return { provide: MailDeliveryInfo, useValue: fake };
}
