import { Module } from '@nestjs/common';
import { CalendarSessionsRepository } from '../calendar/calendar-sessions.repository';
import { MailModule } from '../mail/mail.module';
import { SessionNoticesService } from './session-notices.service';
import { SessionNoticesWorker } from './session-notices.worker';

/** Emails, with an updated `.ics`, to the people of a session moved or cancelled; once each per change. */
@Module({
  imports: [MailModule],
  providers: [SessionNoticesService, SessionNoticesWorker, CalendarSessionsRepository],
  exports: [SessionNoticesService],
})
export class SessionNoticesModule {}
