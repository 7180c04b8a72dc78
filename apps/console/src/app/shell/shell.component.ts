import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { consoleAreasFor } from '@passerelle/contracts';
import type { MessageKey } from '@passerelle/i18n';
import { Session } from '@passerelle/web-auth';
import { IconComponent, LanguageSwitcherComponent, TranslatePipe } from '@passerelle/web-ui';

/** The console frame: a navigation holding only the areas the signed-in role may use. */
@Component({
  selector: 'pc-shell',
  imports: [
    IconComponent,
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    LanguageSwitcherComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="topbar">
      <a class="topbar__brand" routerLink="/">{{ 'console.title' | t }}</a>
      <pa-language-switcher />
      <button class="button button--quiet" type="button" (click)="signOut()" data-testid="sign-out">
        <pa-icon name="sign-out" /> {{ 'common.signOut' | t }}
      </button>
    </header>
    <nav class="console-nav" [attr.aria-label]="'console.nav.label' | t">
      <ul>
        @for (area of areas(); track area.id) {
          <li>
            <a
              [routerLink]="'/' + area.path"
              routerLinkActive="console-nav__active"
              [routerLinkActiveOptions]="{ exact: area.path === '' }"
              ariaCurrentWhenActive="page"
              [attr.data-testid]="'nav-' + area.id"
            >
              {{ labelOf(area.id) | t }}
            </a>
          </li>
        }
      </ul>
    </nav>
    <main id="main" class="page page--wide" tabindex="-1">
      <router-outlet />
    </main>
  `,
  styles: `
    .console-nav {
      background: var(--pa-paper);
      border-block-end: 1px solid var(--pa-line);
      overflow-x: auto;
    }
    .console-nav ul {
      display: flex;
      gap: 0.25rem;
      list-style: none;
      margin: 0 auto;
      padding: 0 var(--pa-space);
      max-inline-size: 72rem;
    }
    .console-nav a {
      display: inline-flex;
      align-items: center;
      min-block-size: var(--pa-tap);
      padding-inline: 0.75rem;
      text-decoration: none;
      color: var(--pa-ink);
      border-block-end: 3px solid transparent;
    }
    .console-nav a.console-nav__active {
      border-block-end-color: var(--pa-brand);
      color: var(--pa-brand-strong);
      font-weight: 600;
    }
  `,
})
export class ShellComponent {
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  protected readonly areas = computed(() => {
    const role = this.session.role();
    return role ? consoleAreasFor(role) : [];
  });

  protected labelOf(id: string): MessageKey {
    return `console.nav.${id}` as MessageKey;
  }

  protected async signOut(): Promise<void> {
    await this.session.signOut();
    await this.router.navigateByUrl('/sign-in');
  }
}
