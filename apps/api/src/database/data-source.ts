/**
 * The data source the TypeORM CLI uses (`npm run typeorm -- migration:generate ...`).
 * It needs DATABASE_URL; the API itself also runs the migrations as it starts.
 */
import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { dataSourceOptions } from './data-source-options';

const url = process.env['DATABASE_URL'];
if (!url) {
  throw new Error(
    'DATABASE_URL must be set to use the TypeORM CLI, e.g. postgres://postgres@127.0.0.1:5432/passerelle',
  );
}

export default new DataSource(dataSourceOptions(url));
