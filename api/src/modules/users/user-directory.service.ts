import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import type { Actor } from '../../access/actor';
import { toActor } from './user-mapper';
import { UserEntity } from './user.entity';

/** Looks people up with their roles, for sign-in and for the users pages. */
@Injectable()
export class UserDirectory {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  /** The active person behind a token, or undefined. */
  async findActiveActor(id: string): Promise<Actor | undefined> {
    // A query builder rather than findOne: findOne with a relation costs TypeORM two round trips, on every request.
    const user = await this.users
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.roles', 'r')
      .where('u.id = :id AND u.active', { id })
      .getOne();
    return user ? toActor(user) : undefined;
  }

  /** With the password hash, for checking a password; never leaves the API. */
  findByEmailWithSecret(email: string): Promise<UserEntity | null> {
    return this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .leftJoinAndSelect('u.roles', 'r')
      .where('u.email = :email', { email: normaliseEmail(email) })
      .getOne();
  }

  /** Full records (roles, and whether a password is set) in the order of `ids`. */
  async findMany(ids: string[], manager?: EntityManager, options: { lock?: boolean } = {}): Promise<UserEntity[]> {
    if (ids.length === 0) return [];
    const repository = manager ? manager.getRepository(UserEntity) : this.users;
    if (options.lock && manager) {
      await manager.query('SELECT 1 FROM app_user WHERE id = ANY($1) FOR UPDATE', [ids]);
    }
    const found = await repository
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .leftJoinAndSelect('u.roles', 'r')
      .where({ id: In(ids) })
      .getMany();
    const byId = new Map(found.map((user) => [user.id, user]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
