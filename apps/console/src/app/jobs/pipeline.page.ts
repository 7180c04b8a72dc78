import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  type PipelineEntry,
  type PipelineStage,
  REJECTION_REASON_MAX_LENGTH,
} from '@passerelle/contracts';
import type { MessageKey, UiMessage } from '@passerelle/i18n';
import { I18n, IconComponent, loadLatest, MessagePipe, TranslatePipe } from '@passerelle/web-ui';

import { formatDate } from '../shared/format';
import { jobStatusLabel } from '../shared/jobs';
import { OrganisationsApi } from '../shared/organisations.api';
import { csvFileName, downloadCsv, toCsv } from '../shared/table';
import {
  cardActions,
  eventText,
  hiringError,
  pipelineColumns,
  pipelineCsv,
  replaceEntry,
  searchEntries,
  stageLabel,
} from './pipeline';
import { SharedContactComponent } from './shared-contact.component';

/**
 * A job's hiring pipeline as a board: one column per stage, in order, each candidate a card
 * with what they wrote, their answer to an invitation, their contact once shared, and a
 * button for each move the pipeline allows (rejecting asks for a reason first). Every move is
 * a button, so that the board works with a keyboard and on a phone; each card keeps its
 * history. After a move the card's new place takes the focus.
 */
@Component({
  selector: 'pc-pipeline-page',
  imports: [RouterLink, IconComponent, TranslatePipe, MessagePipe, SharedContactComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: [
    '../shared/tables.css',
    '../shared/forms.css',
    '../shared/listings.css',
    '../shared/jobs.css',
    './pipeline.page.css',
  ],
  templateUrl: './pipeline.page.html',
})
export class PipelinePage {
  private readonly api = inject(OrganisationsApi);
  private readonly injector = inject(Injector);
  protected readonly i18n = inject(I18n);
  readonly organisationId = input.required<string>();
  readonly jobId = input.required<string>();

  protected readonly stageLabel = stageLabel;
  protected readonly statusLabel = jobStatusLabel;
  protected readonly reasonMax = REJECTION_REASON_MAX_LENGTH;

  protected readonly loading = loadLatest({
    params: () => this.jobId(),
    load: async (jobId) => {
      const [job, entries] = await Promise.all([this.api.job(jobId), this.api.pipeline(jobId)]);
      return { job, entries };
    },
  });
  protected readonly job = computed(() => this.loading.value()?.job ?? null);
  protected readonly entries = computed(() => this.loading.value()?.entries ?? null);
  protected readonly search = signal('');
  /** The card whose move is in flight. */
  protected readonly moving = signal<string | null>(null);
  protected readonly errors = signal<Record<string, UiMessage>>({});
  /** The card whose reject form is open, and what is typed in it. */
  protected readonly rejecting = signal<string | null>(null);
  protected readonly reason = signal('');
  protected readonly reasonMissing = signal(false);
  protected readonly announcement = signal('');

  protected readonly columns = computed(() => {
    const language = this.i18n.language();
    const t = (key: MessageKey) => this.i18n.t(key);
    const date = (iso: string) => formatDate(language, iso);
    return pipelineColumns(searchEntries(this.entries() ?? [], this.search())).map((column) => ({
      stage: column.stage,
      cards: column.entries.map((entry) => ({
        entry,
        actions: cardActions(entry),
        since: date(entry.createdAt),
        history: entry.events.map((event) =>
          eventText(event, (key, params) => this.i18n.t(key, params ?? {}), date),
        ),
        source: t(`hiring.source.${entry.source}`),
        answer: entry.invitationResponse
          ? t(`hiring.invitation.${entry.invitationResponse}`)
          : null,
      })),
    }));
  });

  protected candidateLink(entry: PipelineEntry): string[] {
    return [
      '/organisations',
      this.organisationId(),
      'jobs',
      this.jobId(),
      'candidates',
      entry.learnerId,
    ];
  }

  /** The stage strip: to a column's heading, which takes the focus. */
  protected jump(stage: PipelineStage): void {
    this.focus(`stage-${stage}`);
  }

  protected async move(entry: PipelineEntry, to: PipelineStage, reason?: string): Promise<void> {
    if (this.moving()) return;
    this.moving.set(entry.id);
    this.setError(entry.id, null);
    try {
      const moved = await this.api.moveStage(entry.id, { stage: to, ...(reason && { reason }) });
      this.loading.update((shown) => ({ ...shown, entries: replaceEntry(shown.entries, moved) }));
      this.rejecting.set(null);
      this.announcement.set(
        this.i18n.t('hiring.moved', {
          name: moved.displayName,
          stage: this.i18n.t(stageLabel(moved.stage)),
        }),
      );
      this.focus(`card-${moved.id}`);
    } catch (error) {
      this.setError(
        entry.id,
        hiringError(
          error,
          to === 'interviewed' ? 'hiring.errors.notAccepted' : 'hiring.errors.moved',
        ),
      );
    } finally {
      this.moving.set(null);
    }
  }

  protected openReject(entry: PipelineEntry): void {
    this.rejecting.set(entry.id);
    this.reason.set('');
    this.reasonMissing.set(false);
    this.setError(entry.id, null);
    this.focus(`reason-${entry.id}`);
  }

  protected cancelReject(entry: PipelineEntry): void {
    this.rejecting.set(null);
    this.focus(`reject-${entry.id}`);
  }

  protected async reject(entry: PipelineEntry): Promise<void> {
    const reason = this.reason().trim();
    this.reasonMissing.set(reason === '');
    if (reason === '') {
      this.focus(`reason-${entry.id}`);
      return;
    }
    await this.move(entry, 'rejected', reason);
  }

  protected exportCsv(): void {
    const t = (key: MessageKey) => this.i18n.t(key);
    const { header, rows } = pipelineCsv(
      searchEntries(this.entries() ?? [], this.search()),
      {
        name: t('candidates.column.name'),
        stage: t('hiring.stage'),
        source: t('hiring.source'),
        invitation: t('hiring.invitation'),
        contact: t('contact.employer.label'),
        since: t('hiring.since'),
        reason: t('hiring.reason'),
      },
      t,
    );
    downloadCsv(csvFileName('pipeline'), toCsv(header, rows));
  }

  private setError(id: string, message: UiMessage | null): void {
    this.errors.update((errors) => {
      const next = { ...errors };
      if (message) next[id] = message;
      else delete next[id];
      return next;
    });
  }

  /** Once the page shows the element (a card that moved, a form that opened), focus it. */
  private focus(id: string): void {
    afterNextRender(
      () => {
        const element = document.getElementById(id);
        element?.focus();
        element?.scrollIntoView?.({ block: 'nearest' });
      },
      { injector: this.injector },
    );
  }
}
