import {
  type JobStatus,
  mayMoveStage,
  PIPELINE_STAGES,
  type PipelineEntry,
  type PipelineStage,
  ProblemType,
  type SharedContact,
  type StageEvent,
} from '@passerelle/contracts';
import type { MessageKey, MessageParams, UiMessage } from '@passerelle/i18n';
import { explainError, problemOf } from '@passerelle/web-auth';

import type { CellValue } from '../shared/table';

/**
 * A job's hiring pipeline as plain functions: the board's columns, the buttons each card
 * offers (as `mayMoveStage` allows), the history in words, the CSV and the API's refusals.
 */

export function stageLabel(stage: PipelineStage): MessageKey {
  return `hiring.stage.${stage}`;
}

export interface StageColumn {
  stage: PipelineStage;
  entries: PipelineEntry[];
}

/** One column per stage, in the pipeline's order (empty ones too: the board's shape stays). */
export function pipelineColumns(entries: readonly PipelineEntry[]): StageColumn[] {
  return PIPELINE_STAGES.map((stage) => ({
    stage,
    entries: entries.filter((entry) => entry.stage === stage),
  }));
}

/** What a card offers: the next stage (if it may go there now), why not, and rejecting. */
export interface CardActions {
  forward: { to: PipelineStage; label: MessageKey } | null;
  /** An interview needs the candidate's yes: until then, the card says what it waits for. */
  waiting: MessageKey | null;
  reject: boolean;
}

export function cardActions(
  entry: Pick<PipelineEntry, 'stage' | 'invitationResponse'>,
): CardActions {
  const next = PIPELINE_STAGES.find((to) => to !== 'rejected' && mayMoveStage(entry.stage, to));
  const actions: CardActions = {
    forward: next ? { to: next, label: `hiring.move.${next}` as MessageKey } : null,
    waiting: null,
    reject: mayMoveStage(entry.stage, 'rejected'),
  };
  if (next === 'interviewed' && entry.invitationResponse !== 'accepted') {
    actions.forward = null;
    actions.waiting =
      entry.invitationResponse === 'declined' ? 'hiring.invitation.declined' : 'hiring.waiting';
  }
  return actions;
}

/** One move in words, newest last as the API sends them: "Invited · 24 Nov 2026 · Eva". */
export function eventText(
  event: StageEvent,
  t: (key: MessageKey, params?: MessageParams) => string,
  date: (iso: string) => string,
): string {
  const text = t('hiring.event', {
    stage: t(stageLabel(event.to)),
    date: date(event.at),
    name: event.by?.displayName ?? '—',
  });
  return event.reason ? `${text} — ${event.reason}` : text;
}

/** Replaces one entry by its new state (a move answers with it), keeping the order. */
export function replaceEntry(
  entries: readonly PipelineEntry[],
  moved: PipelineEntry,
): PipelineEntry[] {
  const found = entries.some((entry) => entry.id === moved.id);
  return found
    ? entries.map((entry) => (entry.id === moved.id ? moved : entry))
    : [...entries, moved];
}

/** Entries whose name holds `search` (any case, any accent). */
export function searchEntries(entries: readonly PipelineEntry[], search: string): PipelineEntry[] {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
  const wanted = fold(search.trim());
  return wanted ? entries.filter((e) => fold(e.displayName).includes(wanted)) : [...entries];
}

/**
 * Why the API refused a pipeline action, in words: `conflict` words a 409 for this action;
 * a 404 means the candidate is no longer there to act on.
 */
export function hiringError(error: unknown, conflict: MessageKey): UiMessage {
  const type = problemOf(error)?.type;
  if (type === ProblemType.Conflict) return { key: conflict };
  if (type === ProblemType.NotFound) return { key: 'hiring.errors.gone' };
  return explainError(error).message;
}

/**
 * Why shortlisting failed: a 409 is either a job that is not open (say to open it) or a
 * candidate already in its pipeline; the job's status as the page knows it tells which.
 */
export function shortlistError(error: unknown, jobStatus: JobStatus | undefined): UiMessage {
  return hiringError(
    error,
    jobStatus === 'open' ? 'hiring.errors.inPipeline' : 'hiring.errors.openFirst',
  );
}

export interface PipelineCsvHeader {
  name: string;
  stage: string;
  source: string;
  invitation: string;
  contact: string;
  since: string;
  reason: string;
}

/** The board as a table: one line per candidate, in stage order; dates as ISO days. */
export function pipelineCsv(
  entries: readonly PipelineEntry[],
  header: PipelineCsvHeader,
  t: (key: MessageKey) => string,
): { header: string[]; rows: CellValue[][] } {
  const ordered = pipelineColumns(entries).flatMap((column) => column.entries);
  return {
    header: [
      header.name,
      header.stage,
      header.source,
      header.invitation,
      header.contact,
      header.since,
      header.reason,
    ],
    rows: ordered.map((entry) => [
      entry.displayName,
      t(stageLabel(entry.stage)),
      t(`hiring.source.${entry.source}`),
      entry.invitationResponse ? t(`hiring.invitation.${entry.invitationResponse}`) : null,
      contactCell(entry.contact, t),
      entry.createdAt.slice(0, 10),
      entry.rejectionReason,
    ]),
  };
}

/** The contact a candidate shares, as one cell: the email, the phone, or their mentors. */
export function contactCell(
  contact: SharedContact | null,
  t: (key: MessageKey) => string,
): string | null {
  if (!contact) return null;
  switch (contact.via) {
    case 'email':
      return contact.email;
    case 'phone':
      return contact.phone;
    case 'passerelle':
      return [
        t('contact.employer.csvPasserelle'),
        ...contact.mentors.map((m) => (m.email ? `${m.displayName} <${m.email}>` : m.displayName)),
      ].join(', ');
  }
}
