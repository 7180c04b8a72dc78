import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MessageKey, MessageParams } from '@passerelle/i18n';
import { TranslatePipe } from '@passerelle/web-ui';

/** A count and what it counts, leading to the page where that work is done. */
@Component({
  selector: 'pc-home-tile',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './home.css',
  template: `
    <a
      class="tile"
      [class.tile--alert]="alert() && count() > 0"
      [routerLink]="link()"
      [queryParams]="query()"
      [attr.data-testid]="testId()"
    >
      <span class="tile__count" data-testid="tile-count">{{ count() }}</span>
      <span>{{ label() | t: params() }}</span>
    </a>
  `,
})
export class HomeTileComponent {
  readonly count = input.required<number>();
  readonly label = input.required<MessageKey>();
  readonly params = input<MessageParams>({});
  readonly link = input.required<string>();
  readonly query = input<Record<string, string>>({});
  readonly testId = input<string>();
  /** Shown in the alert colour when there is something waiting. */
  readonly alert = input(false);
}
