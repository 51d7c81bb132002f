import { Controller, Get, Module } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { routeCatalogue } from '../src/access/route-catalogue';
import { RouteRulesCheck } from '../src/access/route-rules.check';
import { createTestDatabase } from './support/test-database';
import { startTestApp, TestApp } from './support/test-app';

@Controller('forgotten')
class ForgetfulController {
  @Get()
  list(): string {
    return 'nobody said who may call this';
  }
}

@Module({ controllers: [ForgetfulController], providers: [RouteRulesCheck] })
class ForgetfulModule {}

/** Every route the app registers must say who may call it: by a permission, or as public. */
describe('access rules', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp(await createTestDatabase(), { demoData: false });
  });
  afterAll(() => testApp.close());

  it('are declared on every route of the application', () => {
    const routes = routeCatalogue(testApp.app.get(ModulesContainer));
    expect(routes.length).toBeGreaterThan(15);
    expect(routes.filter((route) => !route.rule).map((route) => route.handler)).toEqual([]);
  });

  it('keep an application with a route that declares none from starting', async () => {
    const module = await Test.createTestingModule({ imports: [ForgetfulModule] }).compile();
    const app = module.createNestApplication();
    await expect(app.init()).rejects.toThrow('Routes without an access rule (@Public or @RequirePermission): GET /forgotten (ForgetfulController.list)');
    await app.close();
  });
});
