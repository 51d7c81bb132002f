import { Module } from '@nestjs/common';
import { ProgressModule } from '../progress/progress.module';
import { AttendanceImportService } from './attendance-import.service';
import { AttendanceController } from './attendance.controller';
import { CheckInService } from './check-in.service';
import { RegisterService } from './register.service';

/** Registers per session: marking, online meetings' reports, self check-in. */
@Module({
  imports: [ProgressModule],
  controllers: [AttendanceController],
  providers: [RegisterService, AttendanceImportService, CheckInService],
})
export class AttendanceModule {}
