import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { AccessPolicy } from './access-policy';

@Global()
@Module({
  providers: [AccessPolicy, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AccessPolicy],
})
export class AccessModule {}
