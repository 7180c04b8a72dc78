import { DataSource } from 'typeorm';

import { createTestApp, type TestApp } from '../../test/test-app';

describe('database schema', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('is exactly what the entities describe once the migrations have run', async () => {
    const pending = await t.app.get(DataSource).driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('has no migration left to apply', async () => {
    expect(await t.app.get(DataSource).showMigrations()).toBe(false);
  });

  it('can undo every migration and apply them again', async () => {
    const db = t.app.get(DataSource);
    const count = db.migrations.length;
    for (let i = 0; i < count; i++) await db.undoLastMigration({ transaction: 'each' });
    const tables = await db.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migrations'`,
    );
    expect(tables).toEqual([]);
    await db.runMigrations({ transaction: 'each' });
    expect((await db.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});
