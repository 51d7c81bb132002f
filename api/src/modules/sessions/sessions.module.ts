import { Module } from '@nestjs/common';
import { RunsModule } from '../runs/runs.module';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';

@Module({
  imports: [RunsModule],
  controllers: [SessionsController],
  providers: [SessionsService],
})
export class SessionsModule {}
