import { wantsDemoData } from './demo-data';

describe('wantsDemoData', () => {
  it('loads demo people on the embedded database', () => {
    expect(wantsDemoData({})).toBe(true);
  });

  it('never on an external database unless asked', () => {
    expect(wantsDemoData({ DATABASE_URL: 'postgres://db/training' })).toBe(false);
    expect(wantsDemoData({ DATABASE_URL: 'postgres://db/training', DEMO_DATA: 'true' })).toBe(true);
  });

  it('can be turned off on the embedded database', () => {
    expect(wantsDemoData({ DEMO_DATA: 'false' })).toBe(false);
  });
});
