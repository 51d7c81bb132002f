import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { validateEnvironment } from '../config/environment';
import { DatabaseModule } from '../database/database.module';
import { ProblemFilter } from '../http/problem.filter';
import { createValidationPipe } from '../http/validation';
import { loggerOptions } from '../logging/logger-options';
import { HealthModule } from '../modules/health/health.module';
import { OrganisationsModule } from '../modules/organisations/organisations.module';
import { RegionsModule } from '../modules/regions/regions.module';

@Module({})
export class AppModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: validateEnvironment }),
        LoggerModule.forRoot(loggerOptions(validateEnvironment(process.env))),
        DatabaseModule.forRoot(databaseUrl),
        HealthModule,
        RegionsModule,
        OrganisationsModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
    };
  }
}
