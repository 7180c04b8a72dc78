import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import type { AdminHome } from '@passerelle/contracts';
import type { UiMessage } from '@passerelle/i18n';
import { explainError } from '@passerelle/web-auth';
import { MessagePipe, TranslatePipe } from '@passerelle/web-ui';
import { firstValueFrom } from 'rxjs';

import { HomeTileComponent } from './home-tile.component';

/** An admin's home: the platform at a glance, each count leading to its page. */
@Component({
  selector: 'pc-admin-home',
  imports: [TranslatePipe, MessagePipe, HomeTileComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './home.css',
  template: `
    @if (error(); as e) {
      <p class="alert" role="alert">{{ e | message }}</p>
    }
    @if (home(); as h) {
      <h2>{{ 'home.platform' | t }}</h2>
      <ul class="tiles" data-testid="home-admin">
        <li>
          <pc-home-tile
            [count]="h.accounts.learners"
            label="home.allLearners"
            link="/accounts"
            [query]="{ role: 'learner' }"
          />
        </li>
        <li>
          <pc-home-tile
            [count]="h.accounts.mentors"
            label="home.mentors"
            link="/accounts"
            [query]="{ role: 'mentor' }"
          />
        </li>
        <li>
          <pc-home-tile
            [count]="h.accounts.employers"
            label="home.employers"
            link="/accounts"
            [query]="{ role: 'employer' }"
          />
        </li>
        <li>
          <pc-home-tile
            [count]="h.pendingInvitations"
            label="home.invitations"
            link="/invitations"
          />
        </li>
        <li><pc-home-tile [count]="h.cohorts" label="home.cohorts" link="/cohorts" /></li>
        <li>
          <pc-home-tile
            [count]="h.organisations"
            label="home.organisations"
            link="/organisations"
          />
        </li>
        <li>
          <pc-home-tile
            [count]="h.helpRequests"
            label="home.helpRequests"
            link="/review"
            [query]="{ status: 'needs-help' }"
            [alert]="true"
          />
        </li>
        <li><pc-home-tile [count]="h.hires" label="home.hires" link="/cohorts/outcomes" /></li>
      </ul>
    }
  `,
})
export class AdminHomeComponent {
  private readonly http = inject(HttpClient);
  protected readonly home = signal<AdminHome | null>(null);
  protected readonly error = signal<UiMessage | null>(null);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.home.set(await firstValueFrom(this.http.get<AdminHome>('/api/home/admin')));
    } catch (error) {
      this.error.set(explainError(error).message);
    }
  }
}
