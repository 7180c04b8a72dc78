import { join } from 'node:path';

import { BASE_URL } from '../playwright.config';
import { startProduct } from './product';

/**
 * Starts the built product on a database of its own; the returned function stops both. The API's
 * log is also written to a file whose path tests find in `E2E_API_LOG`.
 */
export default function globalSetup(): Promise<() => Promise<void>> {
  const logFile = join(__dirname, '../../tmp', `e2e-api-${Date.now().toString(36)}.log`);
  process.env['E2E_API_LOG'] = logFile;
  return startProduct(BASE_URL, { SEED_DEMO_DATA: 'true' }, logFile);
}
