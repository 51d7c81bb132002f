import { Controller, ExecutionContext, ForbiddenException, Get } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Public } from './access-rule.decorators';
import { AccessGuard } from './access.guard';

@Controller()
class Probe {
  @Get()
  @Public()
  open(): string {
    return 'open';
  }

  @Get()
  forgotten(): string {
    return 'forgotten';
  }
}

function contextFor(handler: keyof Probe): ExecutionContext {
  return {
    getHandler: () => Probe.prototype[handler],
    getClass: () => Probe,
    switchToHttp: () => ({ getRequest: () => ({ headers: {} }) }),
  } as unknown as ExecutionContext;
}

describe('AccessGuard', () => {
  const guard = new AccessGuard(new Reflector());

  it('lets anyone through a public route', async () => {
    await expect(guard.canActivate(contextFor('open'))).resolves.toBe(true);
  });

  it('refuses a route that forgot to declare who may call it', async () => {
    await expect(guard.canActivate(contextFor('forgotten'))).rejects.toBeInstanceOf(ForbiddenException);
  });
});
