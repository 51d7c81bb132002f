import { Module } from '@nestjs/common';
import { SigningSecretService } from '../auth/signing-secret.service';
import { CalendarSessionsRepository } from './calendar-sessions.repository';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';

/** A person's sessions, their personal iCalendar feed and single-session downloads. */
@Module({
  controllers: [CalendarController],
  providers: [CalendarService, CalendarSessionsRepository, SigningSecretService],
})
export class CalendarModule {}
