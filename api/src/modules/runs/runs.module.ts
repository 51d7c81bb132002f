import { Module } from '@nestjs/common';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { RunsController } from './runs.controller';
import { RunsService } from './runs.service';

@Module({
  imports: [EnrolmentsModule],
  controllers: [RunsController],
  providers: [RunsService],
  exports: [RunsService],
})
export class RunsModule {}
