import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { type BankVersionSummary, ProblemType } from '@passerelle/contracts';
import type { MessageKey, UiMessage } from '@passerelle/i18n';
import { explainError, problemOf } from '@passerelle/web-auth';
import { I18n, loadLatest, MessagePipe, TranslatePipe } from '@passerelle/web-ui';

import { AreaTabsComponent } from '../shared/area-tabs.component';
import { formatDate, formatNumber } from '../shared/format';
import { AssessmentApi } from './assessment.api';
import { ASSESSMENT_TABS } from './assessment-tabs';
import { pendingProposal, statusKey } from './calibration';

/** How long the page looks for a proposal after starting a fit: every 5 s for 10 minutes. */
const POLL_MS = 5_000;
const POLL_ROUNDS = 120;

/**
 * The item bank's versions: the current one, proposals waiting for review (first), and those
 * superseded or rejected. A mentor may also fit the bank now on the completed attempts.
 */
@Component({
  selector: 'pc-calibration-page',
  imports: [RouterLink, TranslatePipe, MessagePipe, AreaTabsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/tables.css', '../shared/dense-tables.css', './calibration.page.css'],
  templateUrl: './calibration.page.html',
})
export class CalibrationPage {
  protected readonly tabs = ASSESSMENT_TABS;
  private readonly api = inject(AssessmentApi);
  protected readonly i18n = inject(I18n);

  private readonly list = loadLatest({ load: () => this.api.versions() });
  protected readonly versions = this.list.value;
  /** Why the list could not load, or why a fit could not start. */
  private readonly runError = signal<UiMessage | null>(null);
  protected readonly error = computed(() => this.list.error() ?? this.runError());
  protected readonly running = signal(false);
  protected readonly announcement = signal('');
  private destroyed = false;
  protected readonly pending = pendingProposal;

  constructor() {
    inject(DestroyRef).onDestroy(() => (this.destroyed = true));
  }

  protected statusLabel(version: BankVersionSummary): MessageKey {
    return statusKey(version) as MessageKey;
  }

  protected sourceLabel(version: BankVersionSummary): MessageKey {
    return `calibration.source.${version.source}` as MessageKey;
  }

  protected date(iso: string): string {
    return formatDate(this.i18n.language(), iso, true);
  }

  protected num(value: number, digits = 2): string {
    return formatNumber(this.i18n.language(), value, digits);
  }

  protected count(value: number): string {
    return formatNumber(this.i18n.language(), value, 0);
  }

  /**
   * Starts a fit (it takes a few minutes), then looks for the new proposal every few seconds
   * while the page is open.
   */
  protected async calibrate(): Promise<void> {
    this.runError.set(null);
    this.running.set(true);
    try {
      await this.api.calibrate();
      this.announcement.set(this.i18n.t('calibration.started'));
      const known = new Set((this.versions() ?? []).map((version) => version.id));
      for (let round = 0; round < POLL_ROUNDS && !this.destroyed; round++) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        const versions = await this.api.versions();
        this.list.set(versions);
        const proposed = versions.find((version) => !known.has(version.id));
        if (proposed) {
          this.announcement.set(this.i18n.t('calibration.runDone', { number: proposed.number }));
          return;
        }
      }
    } catch (error) {
      const problem = problemOf(error);
      this.runError.set(
        problem?.type === ProblemType.NotEnoughAttempts
          ? { key: 'calibration.errors.notEnough' }
          : problem?.type === ProblemType.Conflict
            ? { key: 'calibration.errors.running' }
            : explainError(error).message,
      );
    } finally {
      this.running.set(false);
    }
  }
}
