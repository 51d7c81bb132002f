import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FailedJob, Page } from '@di/contracts';
import { RequirePermission } from '../access/access-rule.decorators';
import { IdParam } from '../http/id-param';
import { ProblemResponse } from '../http/openapi/problem.response';
import { PageQueryDto } from '../http/page-query.dto';
import { FailedJobPageResponse } from './failed-job.response';
import { JobQueue } from './job-queue';

@ApiTags('jobs')
@Controller('jobs')
export class JobsController {
  constructor(private readonly queue: JobQueue) {}

  @Get('failed')
  @RequirePermission('job.read')
  @ApiOperation({ summary: 'Background jobs that failed for good (the dead letters), newest first' })
  @ApiOkResponse({ type: FailedJobPageResponse })
  failed(@Query() query: PageQueryDto): Promise<Page<FailedJob>> {
    return this.queue.listFailed(query.offset, query.pageSize, query.page);
  }

  @Post(':id/retry')
  @RequirePermission('job.retry')
  @HttpCode(202)
  @ApiOperation({ summary: 'Run a failed job again' })
  @ApiAcceptedResponse()
  @ApiNotFoundResponse({ type: ProblemResponse })
  retry(@IdParam() id: string): Promise<void> {
    return this.queue.retryFailed(id);
  }
}
