import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { errorMessage, isNotFound } from '../../core/api/api-error';
import { ACTIVE_LOCALE, localised } from '../../core/i18n/active-locale';
import { LoadError } from '../../shared/lists/load-error';
import { LoadingIndicator } from '../../shared/loading/loading-indicator';
import { formatDate, rigaParts } from '../../shared/riga-calendar';
import { CERTIFICATE_CODE_PATTERN, normaliseCertificateCode } from './certificate-code';
import { CertificatesApi } from './certificates-api';

/** The public page a certificate's URL and QR code open: whether it is valid, whose and for which course. */
@Component({
  selector: 'app-certificate-verification-page',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, LoadError, LoadingIndicator],
  templateUrl: './certificate-verification-page.html',
  styleUrl: './certificate-verification-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class CertificateVerificationPage {
  private readonly api = inject(CertificatesApi);
  private readonly router = inject(Router);
  private readonly locale = inject(ACTIVE_LOCALE);

  /** The route's `:code`, bound by the router. */
  readonly code = input.required<string>();
  protected readonly normalised = computed(() => normaliseCertificateCode(this.code()));

  private readonly result = rxResource({
    params: () => this.normalised(),
    stream: ({ params }) => this.api.verify(params),
  });
  protected readonly loading = computed(() => this.result.isLoading());
  protected readonly certificate = computed(() => {
    if (!this.result.hasValue()) return undefined;
    const found = this.result.value();
    return {
      ...found,
      course: localised(found.courseTitle, this.locale),
      completedOn: formatDate(rigaParts(found.completedAt).date),
      revokedOn: found.revokedAt ? formatDate(rigaParts(found.revokedAt).date) : null,
    };
  });
  protected readonly notFound = computed(() => {
    const error = this.result.error();
    return error !== undefined && isNotFound(error);
  });
  protected readonly loadError = computed(() => {
    const error = this.result.error();
    return error && !isNotFound(error) ? errorMessage(error) : undefined;
  });
  protected readonly loadingLabel = $localize`:@@certificate.loading:Pārbauda apliecību…`;

  protected readonly form = new FormGroup({
    code: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, (control) => (CERTIFICATE_CODE_PATTERN.test(normaliseCertificateCode(String(control.value))) ? null : { certificateCode: true })],
    }),
  });

  protected check(): void {
    const control = this.form.controls.code;
    if (control.invalid) {
      control.markAsTouched();
      return;
    }
    const code = normaliseCertificateCode(control.value);
    control.reset('');
    void this.router.navigate(['/certificates', code]);
  }

  protected retry(): void {
    this.result.reload();
  }
}
