import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { MailModule } from '../mail/mail.module';
import { UsersModule } from '../users/users.module';
import { AccessGuard } from '../../access/access.guard';
import { Authenticator } from '../../access/authenticator';
import { AccessTokensService } from './access-tokens.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { BearerAuthenticator } from './bearer-authenticator';
import { CredentialsModule } from './credentials.module';
import { LocalStrategy } from './local.strategy';
import { LoginThrottleService } from './login-throttle.service';
import { MeController } from './me.controller';
import { PasswordResetWorker } from './password-reset.worker';
import { SigningSecretService } from './signing-secret.service';

@Module({
  imports: [PassportModule, JwtModule.register({}), UsersModule, CredentialsModule, MailModule],
  controllers: [AuthController, MeController],
  providers: [
    AuthService,
    AccessTokensService,
    SigningSecretService,
    LoginThrottleService,
    LocalStrategy,
    PasswordResetWorker,
    { provide: Authenticator, useClass: BearerAuthenticator },
    // The global guard lives here, beside the authenticator it needs.
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
})
export class AuthModule {}
