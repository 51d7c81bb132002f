import { Module } from '@nestjs/common';
import { CoursesController } from './courses.controller';
import { CoursesService } from './courses.service';
import { MarkdownController } from './markdown.controller';
import { ModuleReader } from './module-reader';
import { ModulesController } from './modules.controller';
import { ModulesService } from './modules.service';

@Module({
  controllers: [CoursesController, ModulesController, MarkdownController],
  providers: [CoursesService, ModulesService, ModuleReader],
  exports: [CoursesService, ModuleReader],
})
export class CoursesModule {}
