import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlanningRegionEntity } from './planning-region.entity';
import { RegionsController } from './regions.controller';
import { RegionsService } from './regions.service';

@Module({
  imports: [TypeOrmModule.forFeature([PlanningRegionEntity])],
  controllers: [RegionsController],
  providers: [RegionsService],
})
export class RegionsModule {}
