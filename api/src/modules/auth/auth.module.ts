import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { MailModule } from '../mail/mail.module';
import { UsersModule } from '../users/users.module';
import { AccessTokensService } from './access-tokens.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { CredentialsModule } from './credentials.module';
import { JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { LoginThrottleService } from './login-throttle.service';
import { MeController } from './me.controller';
import { SigningSecretService } from './signing-secret.service';

@Module({
  imports: [PassportModule, JwtModule.register({}), UsersModule, CredentialsModule, MailModule],
  controllers: [AuthController, MeController],
  providers: [AuthService, AccessTokensService, SigningSecretService, LoginThrottleService, JwtStrategy, LocalStrategy],
})
export class AuthModule {}
