import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AccessModule } from '../access/access.module';
import { validateEnvironment } from '../config/environment';
import { DatabaseModule } from '../database/database.module';
import { ProblemFilter } from '../http/problem.filter';
import { JobsModule } from '../jobs/jobs.module';
import { createValidationPipe } from '../http/validation';
import { loggerOptions } from '../logging/logger-options';
import { AuditModule } from '../modules/audit/audit.module';
import { CoursesModule } from '../modules/courses/courses.module';
import { EnrolmentsModule } from '../modules/enrolments/enrolments.module';
import { ProgressModule } from '../modules/progress/progress.module';
import { AttendanceModule } from '../modules/attendance/attendance.module';
import { CertificatesModule } from '../modules/certificates/certificates.module';
import { EvidenceModule } from '../modules/evidence/evidence.module';
import { FilesModule } from '../modules/files/files.module';
import { ProjectsModule } from '../modules/projects/projects.module';
import { AuthModule } from '../modules/auth/auth.module';
import { CalendarModule } from '../modules/calendar/calendar.module';
import { HealthModule } from '../modules/health/health.module';
import { MailModule } from '../modules/mail/mail.module';
import { OrganisationsModule } from '../modules/organisations/organisations.module';
import { RegionsModule } from '../modules/regions/regions.module';
import { RemindersModule } from '../modules/reminders/reminders.module';
import { RunsModule } from '../modules/runs/runs.module';
import { ReportsModule } from '../modules/reports/reports.module';
import { EsfModule } from '../modules/esf/esf.module';
import { SessionNoticesModule } from '../modules/session-notices/session-notices.module';
import { SessionsModule } from '../modules/sessions/sessions.module';
import { UsersModule } from '../modules/users/users.module';
import { APP_OPTIONS, type AppOptions } from './app-options';

@Module({})
export class AppModule {
  static forRoot(databaseUrl: string, options: AppOptions): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: validateEnvironment }),
        LoggerModule.forRoot(loggerOptions(validateEnvironment(process.env))),
        DatabaseModule.forRoot(databaseUrl),
        AccessModule,
        JobsModule,
        AuditModule,
        AuthModule,
        UsersModule,
        MailModule,
        HealthModule,
        RegionsModule,
        OrganisationsModule,
        ProjectsModule,
        CoursesModule,
        RunsModule,
        EnrolmentsModule,
        ProgressModule,
        AttendanceModule,
        CertificatesModule,
        EvidenceModule,
        FilesModule,
        SessionsModule,
        CalendarModule,
        RemindersModule,
        SessionNoticesModule,
        ReportsModule,
        EsfModule,
      ],
      providers: [
        { provide: APP_OPTIONS, useValue: options },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
      exports: [APP_OPTIONS],
    };
  }
}
