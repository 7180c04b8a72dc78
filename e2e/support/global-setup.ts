import { BASE_URL } from '../playwright.config';
import { startProduct } from './product';

/** Starts the built product on a database of its own; the returned function stops both. */
export default function globalSetup(): Promise<() => Promise<void>> {
  return startProduct(BASE_URL, { SEED_DEMO_DATA: 'true' });
}
