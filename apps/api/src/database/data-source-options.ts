import { MIGRATIONS } from '@passerelle/migrations';
import type { DataSourceOptions } from 'typeorm';

import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** The one description of the database, shared by the API, its tests and the TypeORM CLI. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // A database that does not answer fails a request after 5 s (a 503) instead of holding it.
    extra: { max: 10, application_name: 'passerelle-api', connectionTimeoutMillis: 5000 },
  };
}
