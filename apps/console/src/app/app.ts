import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@passerelle/web-ui';

@Component({
  selector: 'pc-root',
  imports: [RouterOutlet, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="skip-link" href="#main">{{ 'common.skipToContent' | t }}</a>
    <router-outlet />
  `,
})
export class App {}
