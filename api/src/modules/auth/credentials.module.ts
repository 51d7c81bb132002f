import { Module } from '@nestjs/common';
import { OneTimeTokensService } from './one-time-tokens.service';
import { RefreshTokensService } from './refresh-tokens.service';

/** The stored secrets behind sessions and emailed links, shared by sign-in and user management. */
@Module({
  providers: [RefreshTokensService, OneTimeTokensService],
  exports: [RefreshTokensService, OneTimeTokensService],
})
export class CredentialsModule {}
