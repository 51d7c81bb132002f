import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CredentialsModule } from '../auth/credentials.module';
import { MailModule } from '../mail/mail.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PeopleSeedService } from './people-seed.service';
import { UserRoleEntity } from './user-role.entity';
import { UserEntity } from './user.entity';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, UserRoleEntity]), CredentialsModule, MailModule, OrganisationsModule],
  controllers: [UsersController],
  providers: [UsersRepository, UsersService, PeopleSeedService],
  exports: [UsersRepository, UsersService],
})
export class UsersModule {}
