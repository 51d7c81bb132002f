import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { ACCESS_RULE } from '../src/access/access-rule.decorators';
import { createTestDatabase } from './support/test-database';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Every route the app registers must say who may call it. A route without a
 * rule is refused at run time; this test names it at build time.
 */
describe('access rules', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp(await createTestDatabase(), { demoData: false });
  });
  afterAll(() => testApp.close());

  it('are declared on every route', () => {
    const scanner = new MetadataScanner();
    const reflector = new Reflector();
    const routes: { route: string; hasRule: boolean }[] = [];
    const controllers = [...testApp.app.get(ModulesContainer).values()].flatMap((module) => [...module.controllers.values()]);
    for (const wrapper of controllers) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller || !wrapper.instance) continue;
      const prototype = Object.getPrototypeOf(wrapper.instance) as Record<string, (...args: unknown[]) => unknown>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        const path: unknown = Reflect.getMetadata(PATH_METADATA, handler);
        if (path === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const rule = reflector.getAllAndOverride(ACCESS_RULE, [handler, controller]);
        routes.push({ route: `${method} ${String(Reflect.getMetadata(PATH_METADATA, controller))}/${String(path)} (${controller.name}.${name})`, hasRule: rule !== undefined });
      }
    }
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.filter((r) => !r.hasRule).map((r) => r.route)).toEqual([]);
  });
});
