import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { DeletionReport } from '@passerelle/contracts';
import { I18n, TranslatePipe } from '@passerelle/web-ui';

/** The report the deletion handed over with the navigation, if it looks like one. */
export function reportFromState(state: unknown): DeletionReport | null {
  if (typeof state !== 'object' || state === null || !('report' in state)) return null;
  const report = (state as { report: unknown }).report as Partial<DeletionReport> | null;
  return report && Array.isArray(report.removed) && Array.isArray(report.kept)
    ? (report as DeletionReport)
    : null;
}

/**
 * After the learner deleted their account (and was signed out): what was removed, and what is
 * kept and why, as the API reported it.
 */
@Component({
  selector: 'pl-account-deleted-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <h1 data-testid="deleted-title">{{ 'work.deleted.title' | t }}</h1>
      <p>{{ 'work.deleted.signedOut' | t }}</p>
      @if (report; as r) {
        <!-- The API words its report in English. -->
        <section class="card" data-testid="deleted-removed">
          <h2>{{ 'work.deleted.removed' | t }}</h2>
          <ul lang="en" dir="ltr">
            @for (item of r.removed; track $index) {
              <li>{{ item }}</li>
            }
          </ul>
        </section>
        @if (r.kept.length > 0) {
          <section class="card" data-testid="deleted-kept">
            <h2>{{ 'work.deleted.kept' | t }}</h2>
            <ul lang="en" dir="ltr">
              @for (item of r.kept; track $index) {
                <li>
                  <strong>{{ item.what }}</strong>
                  <p>
                    <span [lang]="language()" [dir]="dir()">{{ 'work.deleted.why' | t }}</span
                    >&ngsp;{{ item.why }}
                  </p>
                </li>
              }
            </ul>
          </section>
        }
      }
      <a class="button button--block" routerLink="/" data-testid="deleted-home">
        {{ 'work.deleted.home' | t }}
      </a>
    </div>
  `,
  styles: `
    ul {
      padding-inline-start: 1.25rem;
      margin: 0;
    }
    li + li {
      margin-block-start: 0.35rem;
    }
    li p {
      margin: 0;
    }
  `,
})
export class AccountDeletedPage {
  protected readonly report = reportFromState(inject(DOCUMENT).defaultView?.history.state);
  private readonly i18n = inject(I18n);
  /** The page's own words inside the report's English ones. */
  protected readonly language = this.i18n.language;
  protected readonly dir = this.i18n.dir;
}
