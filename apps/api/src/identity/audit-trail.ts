import type { EntityManager } from 'typeorm';

import { type AuditAction, AuditEvent } from './entities/audit-event.entity';

/** One entry of the audit trail: who did what, to whom. */
export interface AuditEntry {
  action: AuditAction;
  actorId: string | null;
  subjectId: string | null;
}

/**
 * Identity owns the audit trail; other domains add to it only here, inside their own
 * transaction (`em`), so an entry is written exactly when the change it records is.
 */
export async function recordAudit(em: EntityManager, entry: AuditEntry): Promise<void> {
  await em.insert(AuditEvent, entry);
}
