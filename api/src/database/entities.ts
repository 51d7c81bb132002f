import { OrganisationEntity } from '../modules/organisations/organisation.entity';
import { PlanningRegionEntity } from '../modules/regions/planning-region.entity';

export const ENTITIES = [PlanningRegionEntity, OrganisationEntity];
