import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { MailDeliveryMode } from '@di/contracts';
import { APP_OPTIONS, type AppOptions } from '../../app/app-options';
import { JobsModule } from '../../jobs/jobs.module';
import { DemoLogTransport } from './demo-log-transport';
import { DEFAULT_MAIL_DELIVERY_OPTIONS, MAIL_DELIVERY_OPTIONS, type MailDeliveryOptions } from './mail-delivery-options';
import { MAIL_DELIVERY_MODE, mailDeliveryMode } from './mail-delivery-mode';
import { MailDeliveryWorker } from './mail-delivery.worker';
import { MailOutboxController } from './mail-outbox.controller';
import { MailOutboxService } from './mail-outbox.service';
import { MAIL_SETTINGS, mailSettings, type MailSettings } from './mail-settings';
import { MAIL_TRANSPORT, type MailTransport } from './mail-transport';
import { MailService } from './mail.service';
import { OutboxMessageEntity } from './outbox-message.entity';
import { SmtpTransport } from './smtp-transport';

/**
 * Outgoing email: an outbox table, delivered by pg-boss workers through SMTP
 * (or to the log, in demo mode). Needs DatabaseModule (for DATABASE_URL) and
 * ConfigModule; tests may override MAIL_SETTINGS and MAIL_DELIVERY_OPTIONS.
 */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessageEntity]), JobsModule],
  controllers: [MailOutboxController],
  providers: [
    { provide: MAIL_DELIVERY_OPTIONS, useValue: DEFAULT_MAIL_DELIVERY_OPTIONS },
    {
      provide: MAIL_SETTINGS,
      inject: [ConfigService],
      useFactory: (config: ConfigService): MailSettings =>
        mailSettings({
          SMTP_URL: config.get<string>('SMTP_URL'),
          MAIL_FROM: config.getOrThrow<string>('MAIL_FROM'),
          PUBLIC_URL: config.get<string>('PUBLIC_URL'),
          PORT: config.getOrThrow<number>('PORT'),
        }),
    },
    {
      provide: MAIL_DELIVERY_MODE,
      inject: [MAIL_SETTINGS, APP_OPTIONS],
      useFactory: (settings: MailSettings, app: AppOptions): MailDeliveryMode => mailDeliveryMode(settings, app),
    },
    {
      provide: MAIL_TRANSPORT,
      inject: [MAIL_SETTINGS, MAIL_DELIVERY_OPTIONS, MAIL_DELIVERY_MODE],
      useFactory: (settings: MailSettings, delivery: MailDeliveryOptions, mode: MailDeliveryMode): MailTransport =>
        settings.smtpUrl ? new SmtpTransport(settings.smtpUrl, settings.from, delivery.smtpTimeoutMs) : new DemoLogTransport(mode),
    },
    MailService,
    MailDeliveryWorker,
    MailOutboxService,
  ],
  exports: [MailService, MAIL_DELIVERY_MODE, MAIL_SETTINGS],
})
export class MailModule {}
