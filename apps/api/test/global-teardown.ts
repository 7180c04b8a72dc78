import { type DatabaseServer, onServer } from '@passerelle/database-server';

export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env['PASSERELLE_TEST_ADMIN_URL'];
  const template = process.env['PASSERELLE_TEST_TEMPLATE'];
  if (adminUrl && template) {
    await onServer(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`));
  }
  const server = (globalThis as Record<string, unknown>)[
    '__passerelleTestServer'
  ] as DatabaseServer | null;
  await server?.stop();
  const worker = (globalThis as Record<string, unknown>)['__passerelleTestWorker'] as
    | { remove(): Promise<void> }
    | undefined;
  await worker?.remove();
}
