import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import {
  ASSESSMENT_ITEM_KINDS,
  AssessmentItemStatus,
  COMPETENCE_AREAS,
} from '@passerelle/contracts';
import { areaLabel, type MessageKey } from '@passerelle/i18n';
import { I18n, IconComponent, loadLatest, MessagePipe, TranslatePipe } from '@passerelle/web-ui';

import { AreaTabsComponent } from '../shared/area-tabs.component';
import { formatNumber, formatPercent, languageName } from '../shared/format';
import { SortSelectComponent } from '../shared/sort-select.component';
import { csvFileName, downloadCsv, sortRows, TableSort, toCsv } from '../shared/table';
import { AssessmentApi } from './assessment.api';
import { ASSESSMENT_TABS } from './assessment-tabs';
import {
  EXTREME_P,
  filterItems,
  ITEM_SORT_DESCENDING_FIRST,
  itemFlags,
  itemsCsv,
  type ItemSortKey,
  itemSortValue,
  WEAK_ITEM_REST,
} from './item-bank';

type Filter = 'area' | 'kind' | 'status' | 'q';

/**
 * The item bank: every item, active and retired, with its parameters and how it has fared
 * with learners, to spot items that are too easy, too hard, over-exposed or that do not tell
 * stronger learners from weaker ones. Filters live in the address.
 */
@Component({
  selector: 'pc-item-bank-page',
  imports: [
    RouterLink,
    IconComponent,
    TranslatePipe,
    MessagePipe,
    AreaTabsComponent,
    SortSelectComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/tables.css', '../shared/dense-tables.css', './item-bank.page.css'],
  templateUrl: './item-bank.page.html',
})
export class ItemBankPage {
  protected readonly tabs = ASSESSMENT_TABS;
  private readonly api = inject(AssessmentApi);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18n);
  readonly area = input<string>();
  readonly kind = input<string>();
  readonly status = input<string>();
  readonly q = input<string>();

  protected readonly loading = loadLatest({ load: () => this.api.items() });
  protected readonly bank = this.loading.value;
  protected readonly sort = new TableSort<ItemSortKey>(
    { key: 'key', descending: false },
    ITEM_SORT_DESCENDING_FIRST,
  );
  protected readonly areas = COMPETENCE_AREAS;
  protected readonly kinds = ASSESSMENT_ITEM_KINDS;
  protected readonly statuses = Object.values(AssessmentItemStatus);
  protected readonly areaLabel = areaLabel;
  protected readonly languageName = languageName;
  protected readonly formatPercent = formatPercent;
  protected readonly flags = itemFlags;
  protected readonly thresholds = {
    weak: WEAK_ITEM_REST,
    low: EXTREME_P.low,
    high: EXTREME_P.high,
  };
  protected readonly columns: { key: ItemSortKey; label: MessageKey; numeric?: boolean }[] = [
    { key: 'key', label: 'bank.column.key' },
    { key: 'area', label: 'bank.column.area' },
    { key: 'competence', label: 'bank.column.competence' },
    { key: 'kind', label: 'bank.column.kind' },
    { key: 'status', label: 'bank.column.status' },
    { key: 'a', label: 'bank.column.a', numeric: true },
    { key: 'b', label: 'bank.column.b', numeric: true },
    { key: 'c', label: 'bank.column.c', numeric: true },
    { key: 'k', label: 'bank.column.k', numeric: true },
  ];
  protected readonly statColumns: { key: ItemSortKey; label: MessageKey }[] = [
    { key: 'shown', label: 'bank.column.shown' },
    { key: 'exposure', label: 'bank.column.exposure' },
    { key: 'p', label: 'bank.column.p' },
    { key: 'itemRest', label: 'bank.column.itemRest' },
  ];

  protected readonly shown = computed(() =>
    sortRows(
      filterItems(this.bank()?.items ?? [], {
        area: this.area(),
        kind: this.kind(),
        status: this.status(),
        search: this.q(),
      }),
      this.sort.state(),
      itemSortValue,
    ),
  );
  protected readonly activeCount = computed(
    () => (this.bank()?.items ?? []).filter((i) => i.status === 'active').length,
  );

  protected filter(name: Filter, value: string): void {
    void this.router.navigate([], {
      queryParams: { [name]: value || null },
      queryParamsHandling: 'merge',
      // Typing a search should not fill the history with one entry per letter.
      replaceUrl: name === 'q',
    });
  }

  protected allSortColumns() {
    return [...this.columns, ...this.statColumns];
  }

  protected kindLabel(kind: string): MessageKey {
    return `bank.kind.${kind}` as MessageKey;
  }

  protected statusLabel(status: string): MessageKey {
    return `bank.status.${status}` as MessageKey;
  }

  protected num(value: number | null, digits = 2): string {
    return value === null ? '—' : formatNumber(this.i18n.language(), value, digits);
  }

  protected exportCsv(): void {
    const t = (key: MessageKey) => this.i18n.t(key);
    const { header, rows } = itemsCsv(this.shown(), {
      header: {
        key: t('bank.column.key'),
        area: t('bank.column.area'),
        competence: t('bank.column.competence'),
        kind: t('bank.column.kind'),
        status: t('bank.column.status'),
        a: 'a',
        b: 'b',
        c: 'c',
        provisional: t('bank.provisional'),
        k: t('bank.csv.k'),
        languages: t('bank.column.languages'),
        fallback: t('bank.fallbackLanguage'),
        shown: t('bank.column.shown'),
        exposure: t('bank.column.exposure'),
        p: t('bank.column.p'),
        itemRest: t('bank.column.itemRest'),
        prompt: t('bank.prompt'),
      },
      yes: t('bank.csv.yes'),
      no: t('bank.csv.no'),
      areaName: (area) => t(areaLabel(area)),
      kindName: (kind) => t(this.kindLabel(kind)),
      statusName: (status) => t(this.statusLabel(status)),
    });
    downloadCsv(csvFileName('item-bank'), toCsv(header, rows));
  }
}
