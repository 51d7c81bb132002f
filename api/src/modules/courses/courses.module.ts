import { Module } from '@nestjs/common';
import { ProgressModule } from '../progress/progress.module';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';
import { CoursesController } from './courses.controller';
import { CoursesService } from './courses.service';
import { MarkdownController } from './markdown.controller';
import { ModuleReader } from './module-reader';
import { ModulesController } from './modules.controller';
import { ModulesService } from './modules.service';

@Module({
  imports: [ProgressModule],
  controllers: [CoursesController, ModulesController, MarkdownController, AttachmentsController],
  providers: [CoursesService, ModulesService, ModuleReader, AttachmentsService],
  exports: [CoursesService, ModuleReader],
})
export class CoursesModule {}
