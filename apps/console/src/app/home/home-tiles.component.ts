import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MessageKey, MessageParams } from '@passerelle/i18n';
import { TranslatePipe } from '@passerelle/web-ui';

/** A count and what it counts, leading to the page where that work is done. */
export interface HomeTile {
  count: number;
  label: MessageKey;
  params?: MessageParams;
  link: string;
  query?: Record<string, string>;
  testId?: string;
  /** Shown in the alert colour when there is something waiting. */
  alert?: boolean;
}

/** A row of counts, each a link. */
@Component({
  selector: 'pc-home-tiles',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './home.css',
  template: `
    <ul class="tiles" [attr.data-testid]="testId()">
      @for (tile of tiles(); track tile.label) {
        <li>
          <a
            class="tile"
            [class.tile--alert]="tile.alert && tile.count > 0"
            [routerLink]="tile.link"
            [queryParams]="tile.query ?? {}"
            [attr.data-testid]="tile.testId"
          >
            <span class="tile__count" data-testid="tile-count">{{ tile.count }}</span>
            <span>{{ tile.label | t: tile.params }}</span>
          </a>
        </li>
      }
    </ul>
  `,
})
export class HomeTilesComponent {
  readonly tiles = input.required<HomeTile[]>();
  readonly testId = input<string>();
}
