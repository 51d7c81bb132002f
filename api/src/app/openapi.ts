import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ProblemResponse } from '../http/openapi/problem.response';

/** OpenAPI UI at /api/docs and the document at /api/docs-json. */
export function setUpOpenApi(app: NestFastifyApplication): void {
  const config = new DocumentBuilder()
    .setTitle('DI training platform API')
    .setDescription(
      'Courses, enrolments, sessions, attendance and completion for the training of Latvia\'s deinstitutionalisation programme. ' +
        'Errors are application/problem+json.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ProblemResponse] });
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', yamlDocumentUrl: 'api/docs-yaml' });
}
