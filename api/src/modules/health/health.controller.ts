import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { Public } from '../../access/access-rule.decorators';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { HealthStatus } from '@di/contracts';
import { HealthService } from './health.service';

@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @HttpCode(200)
  @ApiOperation({ summary: 'Whether the API can reach its database' })
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  @ApiServiceUnavailableResponse({ schema: { example: { status: 'unavailable' } } })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthStatus> {
    const up = await this.health.databaseAnswers();
    reply.header('Cache-Control', 'no-store');
    if (!up) reply.status(503);
    return { status: up ? 'ok' : 'unavailable' };
  }
}
