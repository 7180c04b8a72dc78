import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { MessageKey } from '@passerelle/i18n';
import { TranslatePipe } from '@passerelle/web-ui';

import type { TableSort } from './table';

/** The sort menu that stands in for a table's sortable headers where the table becomes cards. */
@Component({
  selector: 'pc-sort-select',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label [for]="selectId()">{{ 'results.sortBy' | t }}</label>
    <select [id]="selectId()" (change)="sort().choose($any($event.target).value)">
      @for (column of columns(); track column.key) {
        <option [value]="column.key + ':asc'" [selected]="sort().isChosen(column.key, false)">
          {{ column.label | t }} ▲
        </option>
        <option [value]="column.key + ':desc'" [selected]="sort().isChosen(column.key, true)">
          {{ column.label | t }} ▼
        </option>
      }
    </select>
  `,
})
export class SortSelectComponent<K extends string> {
  readonly selectId = input.required<string>();
  readonly sort = input.required<TableSort<K>>();
  readonly columns = input.required<readonly { key: K; label: MessageKey }[]>();
}
