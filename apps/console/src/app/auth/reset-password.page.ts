import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router } from '@angular/router';
import {
  LanguageSwitcherComponent,
  ResetPasswordFormComponent,
  TranslatePipe,
} from '@passerelle/web-ui';

/** Where a staff member's reset link lands: a new password, then the console. */
@Component({
  selector: 'pc-reset-password-page',
  imports: [ResetPasswordFormComponent, LanguageSwitcherComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="topbar">
      <span class="topbar__brand">{{ 'console.title' | t }}</span>
      <pa-language-switcher />
    </header>
    <main id="main" class="page" tabindex="-1">
      <section class="card">
        <h1>{{ 'recovery.newPasswordTitle' | t }}</h1>
        <p>{{ 'recovery.newPasswordIntro' | t }}</p>
        <pa-reset-password-form (signedIn)="enter()" />
      </section>
    </main>
  `,
})
export class ResetPasswordPage {
  private readonly router = inject(Router);

  protected async enter(): Promise<void> {
    await this.router.navigateByUrl('/');
  }
}
