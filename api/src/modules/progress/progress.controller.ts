import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { EnrolmentProgress } from '@di/contracts';
import { RequirePermission } from '../../access/access-rule.decorators';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { IdParam } from '../../http/id-param';
import { ProblemResponse } from '../../http/openapi/problem.response';
import { ModuleCompletionService } from './module-completion.service';
import { ProgressReader } from './progress-reader';
import { EnrolmentProgressResponse } from './progress.response';

@ApiTags('progress')
@Controller()
export class ProgressController {
  constructor(
    private readonly reader: ProgressReader,
    private readonly modules: ModuleCompletionService,
  ) {}

  @Get('enrolments/:id/progress')
  @RequirePermission('enrolment.read')
  @ApiOperation({ summary: "An enrolment's progress towards completion, as stored" })
  @ApiOkResponse({ type: EnrolmentProgressResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  progress(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<EnrolmentProgress> {
    return this.reader.read(actor, id);
  }

  @Post('modules/:id/completion')
  @HttpCode(200)
  @RequirePermission('module.complete')
  @ApiOperation({ summary: 'Mark a module done (the caller, enrolled in a run of its course)' })
  @ApiOkResponse({ type: [EnrolmentProgressResponse] })
  @ApiConflictResponse({ type: ProblemResponse, description: 'NOT_ENROLLED' })
  done(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<EnrolmentProgress[]> {
    return this.modules.mark(actor, id, true);
  }

  @Delete('modules/:id/completion')
  @RequirePermission('module.complete')
  @ApiOperation({ summary: 'Mark a module not done' })
  @ApiOkResponse({ type: [EnrolmentProgressResponse] })
  @ApiConflictResponse({ type: ProblemResponse, description: 'NOT_ENROLLED' })
  notDone(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<EnrolmentProgress[]> {
    return this.modules.mark(actor, id, false);
  }
}
