import { CONTRACT_SCHEMAS } from './contract-schemas';
import { contractSchemas, currentContractTypes } from './contract-schemas.generator';

describe('contract-schemas.ts', () => {
  it('holds the schemas of the contracts as they are now (else: npm run openapi:schemas)', () => {
    const { schemas, types } = contractSchemas();
    expect(CONTRACT_SCHEMAS).toEqual(schemas);
    expect(currentContractTypes()).toEqual(types);
  }, 60_000);
});
