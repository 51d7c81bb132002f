import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, type ModulesContainer, Reflector } from '@nestjs/core';
import { ACCESS_RULE, type AccessRule } from './access-rule.decorators';

export interface RouteEntry {
  method: string;
  /** As registered, with `:params`, without the global `/api` prefix. */
  path: string;
  /** `Controller.method`, to name it in messages. */
  handler: string;
  rule: AccessRule | undefined;
}

/** Every route of the application's controllers, with the access rule it declares (if any). */
export function routeCatalogue(modules: ModulesContainer): RouteEntry[] {
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  const routes: RouteEntry[] = [];
  for (const module of modules.values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, (...args: unknown[]) => unknown>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        const path: unknown = Reflect.getMetadata(PATH_METADATA, handler);
        if (path === undefined) continue;
        routes.push({
          method: RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number],
          path: joinPath(String(Reflect.getMetadata(PATH_METADATA, controller)), String(path)),
          handler: `${controller.name}.${name}`,
          rule: reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [handler, controller]),
        });
      }
    }
  }
  return routes;
}

function joinPath(...parts: string[]): string {
  const joined = parts.map((part) => part.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/');
  return `/${joined}`;
}
