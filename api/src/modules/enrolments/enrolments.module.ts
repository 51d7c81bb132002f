import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { ProgressModule } from '../progress/progress.module';
import { UsersModule } from '../users/users.module';
import { EnrolmentChangesService } from './enrolment-changes.service';
import { EnrolmentNotices } from './enrolment-notices';
import { EnrolmentReader } from './enrolment-reader';
import { EnrolmentsController } from './enrolments.controller';
import { EnrolmentImportService } from './import/enrolment-import.service';
import { RunEnrolmentsController } from './run-enrolments.controller';
import { EnrolmentsService } from './enrolments.service';
import { ReservationsService } from './reservations.service';
import { RunSeats } from './run-seats';
import { SeatSweep } from './seat-sweep';

/** Enrolment: seats, reservations, the waiting list, approval, withdrawal and the file import. */
@Module({
  imports: [MailModule, UsersModule, ProgressModule],
  controllers: [RunEnrolmentsController, EnrolmentsController],
  providers: [EnrolmentsService, EnrolmentImportService, EnrolmentChangesService, EnrolmentReader, EnrolmentNotices, ReservationsService, RunSeats, SeatSweep],
  exports: [RunSeats],
})
export class EnrolmentsModule {}
