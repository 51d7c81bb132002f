import { Location } from '@angular/common';
import { provideLocationMocks } from '@angular/common/testing';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { LanguageSwitch } from './language-switch';

describe('LanguageSwitch', () => {
  it('links to the page in the address bar even before the first navigation has ended', async () => {
    TestBed.configureTestingModule({
      providers: [
        { provide: LOCALE_ID, useValue: 'lv' },
        provideRouter([]),
        provideLocationMocks(),
      ],
    });
    TestBed.inject(Location).go('/organisations?type=vsac_branch#token=secret');
    const fixture = TestBed.createComponent(LanguageSwitch);
    await fixture.whenStable();
    const english = (fixture.nativeElement as HTMLElement).querySelector(
      'a[hreflang="en"]',
    );
    expect(english?.getAttribute('href')).toBe(
      '/en/organisations?type=vsac_branch',
    );
  });
});
