import { OutboxMessageEntity } from '../modules/mail/outbox-message.entity';
import { OrganisationEntity } from '../modules/organisations/organisation.entity';
import { PlanningRegionEntity } from '../modules/regions/planning-region.entity';
import { UserRoleEntity } from '../modules/users/user-role.entity';
import { UserEntity } from '../modules/users/user.entity';

export const ENTITIES = [PlanningRegionEntity, OrganisationEntity, UserEntity, UserRoleEntity, OutboxMessageEntity];
