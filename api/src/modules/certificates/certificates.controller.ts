import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { CertificateVerification, GeneratedFile } from '@di/contracts';
import type { FastifyReply } from 'fastify';
import { Public, RequirePermission } from '../../access/access-rule.decorators';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { IdParam } from '../../http/id-param';
import { ProblemResponse } from '../../http/openapi/problem.response';
import { contentDisposition } from '../courses/attachment-types';
import { GeneratedFileResponse } from '../files/generated-file.response';
import { CertificateVerificationResponse } from './certificate.response';
import { CertificatesService, type CertificateFile } from './certificates.service';

async function send(reply: FastifyReply, file: CertificateFile, type: string): Promise<void> {
  await reply.header('Content-Type', type).header('Content-Disposition', contentDisposition(file.fileName)).header('Cache-Control', 'private, no-store').send(file.body);
}

@ApiTags('certificates')
@Controller()
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get('certificates/:code')
  @Public()
  @ApiOperation({ summary: 'Verify a certificate by its code (anyone): the name, the course, the date, and whether it is still valid' })
  @ApiOkResponse({ type: CertificateVerificationResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  verify(@Param('code') code: string): Promise<CertificateVerification> {
    return this.certificates.verify(code);
  }

  @Get('enrolments/:id/certificate.pdf')
  @RequirePermission('certificate.read')
  @ApiOperation({ summary: 'The certificate of a completed enrolment, as a PDF' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'PDF' })
  @ApiNotFoundResponse({ type: ProblemResponse })
  async pdf(@CurrentActor() actor: Actor, @IdParam() id: string, @Res() reply: FastifyReply): Promise<void> {
    await send(reply, await this.certificates.pdfOf(actor, id), 'application/pdf');
  }

  @Get('runs/:id/certificates.zip')
  @RequirePermission('certificate.export')
  @ApiOperation({ summary: 'Every valid certificate of the run, as one ZIP of PDFs (at most 100; more: POST, a job)' })
  @ApiProduces('application/zip')
  @ApiOkResponse({ description: 'ZIP' })
  @ApiNotFoundResponse({ type: ProblemResponse })
  async zip(@CurrentActor() actor: Actor, @IdParam() id: string, @Res() reply: FastifyReply): Promise<void> {
    await send(reply, await this.certificates.zipOfRun(actor, id), 'application/zip');
  }

  @Post('runs/:id/certificates.zip')
  @HttpCode(202)
  @RequirePermission('certificate.export')
  @ApiOperation({ summary: "Make the run's certificates ZIP as a job (any size): follow it at GET /api/files/:id" })
  @ApiAcceptedResponse({ type: GeneratedFileResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  startZip(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<GeneratedFile> {
    return this.certificates.requestZipOfRun(actor, id);
  }
}
