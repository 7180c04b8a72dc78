import 'reflect-metadata';

import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';

import { AppModule } from './app.module';
import { loadSettings } from './config/settings';
import { dataSourceOptions } from './database/data-source-options';
import { openDatabase } from './database/database-server';
import { AccountBootstrapService } from './identity/account-bootstrap.service';

const USAGE = `Usage:
  node dist/apps/api/cli.js migrate                       apply pending migrations
  node dist/apps/api/cli.js create-admin <email> [name]   create an admin, print its password`;

/** Maintenance commands, on the same database the API would use (DATABASE_URL or embedded). */
async function main([command, ...args]: string[]): Promise<void> {
  if (command !== 'migrate' && command !== 'create-admin') throw new Error(USAGE);
  if (command === 'create-admin' && !args[0]?.includes('@')) throw new Error(USAGE);

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
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
