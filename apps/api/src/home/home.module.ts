import { Module } from '@nestjs/common';

import { HomeController } from './home.controller';
import { HomeService } from './home.service';

/**
 * The console's home pages: what waits for a mentor, an employer or an admin. It only reads
 * the other domains' tables, and nothing depends on it.
 */
@Module({
  controllers: [HomeController],
  providers: [HomeService],
})
export class HomeModule {}
