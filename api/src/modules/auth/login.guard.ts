import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { InvalidInputError } from '../../errors/domain-error';
import { toFieldErrors } from '../../http/validation';
import { LoginDto } from './dto/login.dto';

/**
 * passport-local behind a check of the body's shape, so that malformed input
 * is a 400 naming the field rather than a vague 401. Guards run before pipes,
 * hence the validation here.
 */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  override canActivate(context: ExecutionContext) {
    const body: unknown = context.switchToHttp().getRequest<{ body?: unknown }>().body;
    const errors = validateSync(plainToInstance(LoginDto, body ?? {}), { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) throw new InvalidInputError(toFieldErrors(errors));
    return super.canActivate(context);
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error;
    return user;
  }
}
