import { Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CalendarFeed, CalendarSession } from '@di/contracts';
import { Public, RequirePermission } from '../../access/access-rule.decorators';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { IdParam } from '../../http/id-param';
import { ProblemResponse } from '../../http/openapi/problem.response';
import { CalendarFeedResponse, CalendarSessionListResponse } from './calendar-session.response';
import { CalendarService } from './calendar.service';
import { MySessionsQueryDto } from './dto/my-sessions-query.dto';

const ICS_TYPE = 'text/calendar; charset=utf-8';

@ApiTags('calendar')
@Controller()
export class CalendarController {
  constructor(
    private readonly calendar: CalendarService,
    private readonly config: ConfigService,
  ) {}

  @Get('me/sessions')
  @RequirePermission('calendar.read')
  @ApiOperation({ summary: 'The caller’s sessions in a window: those they hold a seat in and those they train (cancelled ones too)' })
  @ApiOkResponse({ type: CalendarSessionListResponse })
  mySessions(@CurrentActor() actor: Actor, @Query() query: MySessionsQueryDto): Promise<{ items: CalendarSession[] }> {
    return this.calendar.mySessions(actor, query);
  }

  @Get('me/calendar-feed')
  @RequirePermission('calendar.read')
  @ApiOperation({ summary: 'The caller’s personal iCalendar feed address (made on first ask)' })
  @ApiOkResponse({ type: CalendarFeedResponse })
  feed(@CurrentActor() actor: Actor): Promise<CalendarFeed> {
    return this.calendar.feed(actor, this.publicUrl());
  }

  @Post('me/calendar-feed/renew')
  @RequirePermission('calendar.read')
  @HttpCode(200)
  @ApiOperation({ summary: 'A new feed address; the old one stops working' })
  @ApiOkResponse({ type: CalendarFeedResponse })
  renew(@CurrentActor() actor: Actor): Promise<CalendarFeed> {
    return this.calendar.renewFeed(actor, this.publicUrl());
  }

  @Delete('me/calendar-feed')
  @RequirePermission('calendar.read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke the feed address' })
  @ApiNoContentResponse()
  revoke(@CurrentActor() actor: Actor): Promise<void> {
    return this.calendar.revokeFeed(actor);
  }

  @Get('calendar/:token.ics')
  @Public()
  @ApiOperation({ summary: 'A personal iCalendar feed (the token is its secret; never logged)' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'iCalendar, METHOD:PUBLISH' })
  @ApiNotFoundResponse({ type: ProblemResponse })
  async feedContent(@Param('token') token: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const body = await this.calendar.feedContent(token);
    reply.header('Content-Type', ICS_TYPE).header('Cache-Control', 'private, no-store');
    return body;
  }

  @Get('sessions/:id.ics')
  @RequirePermission('session.read')
  @ApiOperation({ summary: 'One session as an iCalendar file' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'iCalendar, METHOD:PUBLISH' })
  @ApiNotFoundResponse({ type: ProblemResponse })
  async sessionIcs(@CurrentActor() actor: Actor, @IdParam() id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const file = await this.calendar.sessionIcs(actor, id);
    reply.header('Content-Type', ICS_TYPE).header('Content-Disposition', `attachment; filename="${file.fileName}"`);
    return file.body;
  }

  private publicUrl(): string {
    return this.config.getOrThrow<string>('PUBLIC_URL');
  }
}
