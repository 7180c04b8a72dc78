import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { IconComponent, TranslatePipe } from '@passerelle/web-ui';

/** The first screen on a phone: what this is, in the learner's language, and two ways in. */
@Component({
  selector: 'pl-welcome-page',
  imports: [IconComponent, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <section class="card welcome">
        <h1>{{ 'app.name' | t }}</h1>
        <p class="welcome__tagline">{{ 'app.tagline' | t }}</p>
        <div class="stack">
          <a class="button button--block" routerLink="/sign-up" data-testid="go-sign-up">
            <pa-icon name="plus" /> {{ 'common.signUp' | t }}
          </a>
          <a
            class="button button--secondary button--block"
            routerLink="/sign-in"
            data-testid="go-sign-in"
          >
            <pa-icon name="sign-in" /> {{ 'common.signIn' | t }}
          </a>
        </div>
      </section>
    </div>
  `,
  styles: `
    .welcome {
      text-align: center;
      padding-block: 2rem;
    }
    .welcome__tagline {
      font-size: 1.15rem;
      color: var(--pa-ink-soft);
      margin-block-end: 1.5rem;
    }
  `,
})
export class WelcomePage {}
