import { Inject, Injectable } from '@nestjs/common';
import type { Locale } from '@di/contracts';
import type { EntityManager } from 'typeorm';
import { MailService } from '../mail/mail.service';
import { MAIL_SETTINGS, type MailSettings } from '../mail/mail-settings';
import type { EnrolmentTemplate } from '../mail/outgoing-mail';
import { renderEnrolmentMail, type EnrolmentMailFacts } from './enrolment-mail';
import { ENROLMENT_COLUMNS, ENROLMENT_FROM, type EnrolmentRow } from './enrolment-rows';

interface NoticeRow extends EnrolmentRow {
  language: Locale;
  title_lv: string;
  title_en: string | null;
  starts_on: string;
  ends_on: string;
}

/** Tells a person, in their language and in the transaction of the change, what became of their enrolment. */
@Injectable()
export class EnrolmentNotices {
  constructor(
    private readonly mail: MailService,
    @Inject(MAIL_SETTINGS) private readonly settings: MailSettings,
  ) {}

  async send(manager: EntityManager, template: EnrolmentTemplate, enrolmentId: string): Promise<void> {
    const [row]: NoticeRow[] = await manager.query(
      `SELECT ${ENROLMENT_COLUMNS}, u.language, r.title_lv, r.title_en,
              to_char(r.starts_on, 'DD.MM.YYYY') AS starts_on, to_char(r.ends_on, 'DD.MM.YYYY') AS ends_on
         FROM ${ENROLMENT_FROM} JOIN course_run r ON r.id = e.run_id
        WHERE e.id = $1 AND u.active`,
      [enrolmentId],
    );
    if (!row) return;
    const facts: EnrolmentMailFacts = {
      to: row.email,
      language: row.language,
      fullName: row.full_name,
      runTitle: row.language === 'en' && row.title_en ? row.title_en : row.title_lv,
      dates: `${row.starts_on}–${row.ends_on}`,
      runUrl: `${this.settings.publicUrl}/${row.language}/runs/${row.run_id}`,
      outcome: row.status === 'waitlisted' ? 'waitlisted' : 'enrolled',
      position: row.position,
      offerExpiresAt: row.offer_expires_at,
      reason: row.reason,
    };
    await this.mail.enqueue(renderEnrolmentMail(template, facts), manager);
  }
}
