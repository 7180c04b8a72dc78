import 'reflect-metadata';

import { NestFactory } from '@nestjs/core';
import { openDatabase } from '@passerelle/database-server';
import { DataSource } from 'typeorm';

import { AppModule } from './app.module';
import { CalibrationService } from './assessment/calibration.service';
import { fitSummary } from './assessment/calibration-report';
import {
  ExerciseImportService,
  findExerciseFolders,
} from './coding/import/exercise-import.service';
import { parseImportArguments, runImport } from './coding/import/import-command';
import { loadSettings } from './config/settings';
import { dataSourceOptions } from './database/data-source-options';
import { AccountBootstrapService } from './identity/account-bootstrap.service';

const USAGE = `Usage:
  node dist/apps/api/cli.js migrate                       apply pending migrations
  node dist/apps/api/cli.js create-admin <email> [name]   create an admin, print its password
  node dist/apps/api/cli.js import-exercises <folder> [--course <slug>] [--module <title>]
                                                          import Exercism-style exercises
  node dist/apps/api/cli.js fit-assessment                fit the skills check's items on the
                                                          completed attempts: a proposed version`;

/** Maintenance commands, on the same database the API would use (DATABASE_URL or embedded). */
async function main([command, ...args]: string[]): Promise<number> {
  if (!['migrate', 'create-admin', 'import-exercises', 'fit-assessment'].includes(command)) {
    throw new Error(USAGE);
  }
  if (command === 'create-admin' && !args[0]?.includes('@')) throw new Error(USAGE);
  // Wrong arguments and missing folders are reported before any database starts.
  const importing =
    command === 'import-exercises'
      ? parseImportArguments(args, process.env['INIT_CWD'] || process.cwd())
      : null;
  const found = importing ? await findExerciseFolders(importing.folder) : null;

  const settings = loadSettings(process.env);
  const database = await openDatabase(settings.databaseUrl, settings.dataDir);
  try {
    if (command === 'migrate') {
      const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      await dataSource.destroy();
      process.stdout.write(
        applied.length
          ? `Applied: ${applied.map((m) => m.name).join(', ')}\n`
          : 'Nothing to apply.\n',
      );
    } else if (importing && found) {
      const app = await NestFactory.createApplicationContext(
        AppModule.register(settings, database.url),
        { logger: ['error'] },
      );
      try {
        return await runImport(app.get(ExerciseImportService), importing, found, (line) =>
          process.stdout.write(`${line}\n`),
        );
      } finally {
        await app.close();
      }
    } else if (command === 'fit-assessment') {
      const app = await NestFactory.createApplicationContext(
        AppModule.register(settings, database.url),
        { logger: ['error'] },
      );
      try {
        const version = await app.get(CalibrationService).fitNow(null);
        for (const line of fitSummary(version)) process.stdout.write(`${line}\n`);
      } finally {
        await app.close();
      }
    } else {
      const app = await NestFactory.createApplicationContext(
        AppModule.register(settings, database.url),
        {
          logger: ['error'],
        },
      );
      try {
        const admin = await app
          .get(AccountBootstrapService)
          .createAdmin(args[0], args[1] ?? 'Administrator');
        process.stdout.write(`Admin created: ${admin.identifier}  password: ${admin.password}\n`);
      } finally {
        await app.close();
      }
    }
  } finally {
    await database.server?.stop();
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
