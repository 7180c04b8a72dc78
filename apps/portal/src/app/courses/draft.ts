import type { ExerciseView } from '@passerelle/contracts';

/** A draft as this device keeps it in local storage. */
export interface LocalDraft {
  source: string;
  /**
   * When it was written (ISO 8601): this device's clock, or the server's once the server has
   * acknowledged this very source. Null for drafts stored by earlier versions, which kept the
   * bare source with no time.
   */
  savedAt: string | null;
}

/** Where the code shown in the editor came from. */
export type DraftOrigin = 'device' | 'server' | 'submission' | 'starter';

export interface StartingPoint {
  source: string;
  origin: DraftOrigin;
}

/** Reads a stored draft, in today's JSON form or the plain source that earlier versions kept. */
export function readLocalDraft(raw: string | null): LocalDraft | null {
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (isLocalDraft(value)) return { source: value.source, savedAt: value.savedAt };
  } catch {
    // Not JSON: code stored as it was typed.
  }
  return { source: raw, savedAt: null };
}

export function writeLocalDraft(draft: LocalDraft): string {
  return JSON.stringify({ source: draft.source, savedAt: draft.savedAt });
}

/**
 * The code to continue from: the newest of this device's draft, the server's draft (saved from
 * any device) and the last run or submission, else the starter. Ties go to this device, then
 * the server, whose copies are the same code in practice.
 *
 * A draft from an earlier version has no time. It was written before this version first ran
 * on the device, so before any server draft could exist: it loses to a server draft, and beats
 * the last submission, as it always did.
 */
export function startingPoint(
  view: Pick<ExerciseView, 'starter' | 'draft' | 'lastSource' | 'lastSubmittedAt'>,
  local: LocalDraft | null,
): StartingPoint {
  if (local && local.savedAt === null) {
    return view.draft
      ? { source: view.draft.source, origin: 'server' }
      : { source: local.source, origin: 'device' };
  }
  const candidates: (StartingPoint & { at: number })[] = [];
  if (local) candidates.push({ source: local.source, origin: 'device', at: time(local.savedAt) });
  if (view.draft) {
    candidates.push({ source: view.draft.source, origin: 'server', at: time(view.draft.savedAt) });
  }
  if (view.lastSource !== null) {
    candidates.push({
      source: view.lastSource,
      origin: 'submission',
      at: time(view.lastSubmittedAt),
    });
  }
  // Candidates are in order of preference, so a strict comparison keeps the first of equals.
  const newest = candidates.reduce<(StartingPoint & { at: number }) | null>(
    (best, c) => (best === null || c.at > best.at ? c : best),
    null,
  );
  return newest
    ? { source: newest.source, origin: newest.origin }
    : { source: view.starter, origin: 'starter' };
}

function time(iso: string | null): number {
  const ms = iso === null ? Number.NaN : Date.parse(iso);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

function isLocalDraft(value: unknown): value is { source: string; savedAt: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>)['source'] === 'string' &&
    typeof (value as Record<string, unknown>)['savedAt'] === 'string'
  );
}
