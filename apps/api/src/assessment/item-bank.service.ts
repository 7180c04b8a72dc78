import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ItemBank, prepareBank } from '@passerelle/assessment';
import { AssessmentItemStatus } from '@passerelle/contracts';
import { DataSource } from 'typeorm';

import { AssessmentItem } from './entities/assessment-item.entity';

/** The item bank as the engine uses it, with the stored items it was built from. */
export interface LoadedBank {
  bank: ItemBank;
  items: ReadonlyMap<string, AssessmentItem>;
}

/**
 * Builds the engine's item bank from the stored items, and keeps it until an item changes.
 * Every item is in it, retired ones too (they still score the answers given to them), but
 * only active items are served. A cheap query tells whether the bank changed, so that every
 * API instance sees an edit at once.
 */
@Injectable()
export class ItemBankService {
  private cached: { stamp: string; loaded: LoadedBank } | null = null;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async current(): Promise<LoadedBank> {
    const [row] = (await this.db.query(
      `SELECT count(*)::int AS count, coalesce(max(updated_at), 'epoch')::text AS changed
         FROM assessment_items`,
    )) as { count: number; changed: string }[];
    const stamp = `${row.count}@${row.changed}`;
    if (this.cached?.stamp === stamp) return this.cached.loaded;
    const items = await this.db.getRepository(AssessmentItem).find({ order: { key: 'ASC' } });
    if (items.length === 0) {
      throw new Error('The assessment item bank is empty: seed it first (it is seeded on start)');
    }
    const bank = prepareBank(
      items.map((item) => ({ id: item.id, area: item.area, a: item.a, b: item.b, c: item.c })),
      {
        exposureControl: Object.fromEntries(items.map((item) => [item.id, item.exposureControl])),
        retired: items
          .filter((item) => item.status === AssessmentItemStatus.Retired)
          .map((item) => item.id),
      },
    );
    const loaded = { bank, items: new Map(items.map((item) => [item.id, item])) };
    this.cached = { stamp, loaded };
    return loaded;
  }
}
