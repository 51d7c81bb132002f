import { Controller, ExecutionContext, Get } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, NotSignedInError } from '../errors/domain-error';
import { Public, RequirePermission } from './access-rule.decorators';
import { AccessGuard } from './access.guard';
import type { Actor } from './actor';
import { Authenticator } from './authenticator';

@Controller()
class Probe {
  @Get()
  @Public()
  open(): string {
    return 'open';
  }

  @Get()
  @RequirePermission('user.read')
  people(): string {
    return 'people';
  }

  @Get()
  forgotten(): string {
    return 'forgotten';
  }
}

const participant: Actor = { id: 'p', email: 'p@x.invalid', fullName: 'P', organisationId: null, roles: [{ role: 'participant' }], language: 'lv' };
const coordinator: Actor = { ...participant, id: 'c', roles: [{ role: 'coordinator', scope: { regionCode: 'LPR' } }] };

function contextFor(handler: keyof Probe, authorization?: string): ExecutionContext {
  return {
    getHandler: () => Probe.prototype[handler],
    getClass: () => Probe,
    switchToHttp: () => ({ getRequest: () => ({ headers: authorization ? { authorization } : {} }) }),
  } as unknown as ExecutionContext;
}

class TokenIsName extends Authenticator {
  async authenticate(authorization: string | undefined): Promise<Actor | undefined> {
    return { 'Bearer participant': participant, 'Bearer coordinator': coordinator }[authorization ?? ''];
  }
}

describe('AccessGuard', () => {
  const guard = new AccessGuard(new Reflector(), new TokenIsName());

  it('lets anyone through a public route', async () => {
    await expect(guard.canActivate(contextFor('open'))).resolves.toBe(true);
  });

  it('refuses a route that forgot to declare who may call it, even to a signed-in person', async () => {
    await expect(guard.canActivate(contextFor('forgotten', 'Bearer coordinator'))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('asks for sign-in without a valid token', async () => {
    await expect(guard.canActivate(contextFor('people', 'Bearer nobody'))).rejects.toBeInstanceOf(NotSignedInError);
  });

  it('lets holders of the permission through and refuses the others', async () => {
    await expect(guard.canActivate(contextFor('people', 'Bearer coordinator'))).resolves.toBe(true);
    await expect(guard.canActivate(contextFor('people', 'Bearer participant'))).rejects.toBeInstanceOf(ForbiddenError);
  });
});
