import type { SaveDraftRequest } from '@passerelle/contracts';

import { SourceField } from './source-field';

export class SaveDraftDto implements SaveDraftRequest {
  @SourceField()
  source!: string;
}
