import { Module } from '@nestjs/common';
import { ProgressModule } from '../progress/progress.module';
import { RunsModule } from '../runs/runs.module';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';

@Module({
  imports: [RunsModule, ProgressModule],
  controllers: [SessionsController],
  providers: [SessionsService],
})
export class SessionsModule {}
