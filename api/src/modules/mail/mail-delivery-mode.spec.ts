import { isDemoAddress, keepsLinkForDemoMailbox, mailDeliveryMode } from './mail-delivery-mode';

const settings = { from: 'x@y.lv', publicUrl: 'http://localhost:3000' };

describe('mail delivery mode', () => {
  it('is smtp with a server, demo with the demo data, and not configured otherwise', () => {
    expect(mailDeliveryMode({ ...settings, smtpUrl: 'smtp://mail' }, { demoData: true })).toBe('smtp');
    expect(mailDeliveryMode(settings, { demoData: true })).toBe('demo');
    expect(mailDeliveryMode(settings, { demoData: false })).toBe('not_configured');
  });

  it('keeps links only for demo addresses in a demo run', () => {
    expect(isDemoAddress('admin@demo.invalid')).toBe(true);
    expect(isDemoAddress('anna@invalid.lv')).toBe(false);
    expect(keepsLinkForDemoMailbox('demo', 'admin@demo.invalid')).toBe(true);
    expect(keepsLinkForDemoMailbox('demo', 'anna.ozola@example.lv')).toBe(false);
    expect(keepsLinkForDemoMailbox('not_configured', 'admin@demo.invalid')).toBe(false);
    expect(keepsLinkForDemoMailbox('smtp', 'admin@demo.invalid')).toBe(false);
  });
});
