import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { routeCatalogue } from './route-catalogue';

/**
 * Refuses to start an application with a route that declares neither `@Public()` nor
 * `@RequirePermission(...)`: such a route would be refused at run time anyway, and a missing
 * rule is a mistake to catch before anyone calls it.
 */
@Injectable()
export class RouteRulesCheck implements OnApplicationBootstrap {
  constructor(private readonly modules: ModulesContainer) {}

  onApplicationBootstrap(): void {
    const missing = routeCatalogue(this.modules).filter((route) => !route.rule);
    if (missing.length > 0) {
      throw new Error(`Routes without an access rule (@Public or @RequirePermission): ${missing.map((r) => `${r.method} ${r.path} (${r.handler})`).join(', ')}`);
    }
  }
}
