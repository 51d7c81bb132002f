import type { Role } from '@di/contracts';
import { DomainError } from '../errors/domain-error';

export class RoleNotGrantableError extends DomainError {
  readonly status = 403;
  readonly code = 'ROLE_NOT_GRANTABLE';
  constructor(role: Role) {
    super(`You may not grant or take away the role "${role}"`);
  }
}
