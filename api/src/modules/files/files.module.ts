import { Module } from '@nestjs/common';
import { FilesController } from './files.controller';
import { GeneratedFileSweep } from './generated-file-sweep';
import { GeneratedFilesService } from './generated-files.service';

/** Files made by background jobs (a run's certificates ZIP, its ESF evidence pack), kept for a while for the person who asked. */
@Module({
  controllers: [FilesController],
  providers: [GeneratedFilesService, GeneratedFileSweep],
  exports: [GeneratedFilesService],
})
export class FilesModule {}
