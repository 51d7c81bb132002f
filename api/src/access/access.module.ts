import { Global, Module } from '@nestjs/common';
import { AccessPolicy } from './access-policy';
import { RouteRulesCheck } from './route-rules.check';

/**
 * The access policy, for every feature's services, and the start-up check that every route
 * declares its rule. The guard comes with the auth module, beside the authenticator it needs.
 */
@Global()
@Module({
  providers: [AccessPolicy, RouteRulesCheck],
  exports: [AccessPolicy],
})
export class AccessModule {}
