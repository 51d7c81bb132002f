import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { RemindersService } from './reminders.service';
import { RemindersWorker } from './reminders.worker';

/** Reminder emails before each session, sent once whatever the number of API processes. */
@Module({
  imports: [MailModule],
  providers: [RemindersService, RemindersWorker],
  exports: [RemindersService],
})
export class RemindersModule {}
