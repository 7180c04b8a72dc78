import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type EngineConfig, type ItemBank, prepareBank } from '@passerelle/assessment';
import {
  type AreaPopulation,
  AssessmentItemStatus,
  BankVersionStatus,
  type CompetenceArea,
} from '@passerelle/contracts';
import { DataSource } from 'typeorm';

import { AppConfig } from '../config/app-config';
import { engineConfigOf } from './engine-config';
import {
  AssessmentBankVersion,
  type VersionedParameters,
} from './entities/assessment-bank-version.entity';
import { AssessmentItem } from './entities/assessment-item.entity';

/** What the engine is configured with for a bank version. */
export interface EngineBank {
  bank: ItemBank;
  population: Record<CompetenceArea, AreaPopulation>;
  correlation: number;
  versionId: string;
  number: number;
}

/**
 * The item bank of one version as the engine uses it, with the stored items it was built
 * from. The items carry the version's parameters (a, b, c, exposure control), not
 * necessarily the live ones.
 */
export interface LoadedBank extends EngineBank {
  items: ReadonlyMap<string, AssessmentItem>;
}

/** Versions kept built at once: the current one and those of attempts still open. */
const CACHED_VERSIONS = 4;

/**
 * An item as a version has it: the version's parameters where it has the item, the live ones
 * for an item written after the version was made (see `AssessmentBankVersion`).
 */
export function versionedItem(
  item: AssessmentItem,
  parameters: Readonly<Record<string, VersionedParameters>>,
): AssessmentItem {
  const own = parameters[item.id];
  if (!own) return item;
  return Object.assign(Object.create(Object.getPrototypeOf(item) as object) as AssessmentItem, {
    ...item,
    a: own.a,
    b: own.b,
    c: own.c,
    exposureControl: own.exposureControl,
  });
}

/**
 * Builds the engine's item bank of a version from the stored items and the version's
 * parameters, and keeps it until an item or the version's parameters change. Every item is in
 * it, retired ones too (they still score the answers given to them), but only active items are
 * served. A cheap query tells whether anything changed, so that every API instance sees an
 * edit at once.
 */
@Injectable()
export class ItemBankService {
  private readonly cache = new Map<string, { stamp: string; loaded: LoadedBank }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly settings: AppConfig,
  ) {}

  /** The engine's settings for a version, with the deployment's intake prior weight. */
  engineConfig(version: Pick<EngineBank, 'population' | 'correlation'>): EngineConfig {
    return engineConfigOf(version, this.settings.settings.assessment.intakePriorWeight);
  }

  /** The current version's bank: the one new attempts start with. */
  async current(): Promise<LoadedBank> {
    const [row] = (await this.db.query(
      `SELECT id FROM assessment_bank_versions WHERE status = $1`,
      [BankVersionStatus.Current],
    )) as { id: string }[];
    if (!row) throw new Error('The item bank has no current version: run the migrations');
    return this.ofVersion(row.id);
  }

  /** The bank of a version: attempts are served and scored with the version they started with. */
  async ofVersion(versionId: string): Promise<LoadedBank> {
    const [row] = (await this.db.query(
      `SELECT (SELECT count(*) FROM assessment_items)::int AS count,
              (SELECT coalesce(max(updated_at), 'epoch') FROM assessment_items)::text AS changed,
              md5(v.parameters::text) AS parameters
         FROM assessment_bank_versions v WHERE v.id = $1`,
      [versionId],
    )) as { count: number; changed: string; parameters: string }[];
    if (!row) throw new Error(`There is no bank version ${versionId}`);
    const stamp = `${row.count}@${row.changed}#${row.parameters}`;
    const cached = this.cache.get(versionId);
    if (cached?.stamp === stamp) return cached.loaded;

    const version = await this.db
      .getRepository(AssessmentBankVersion)
      .findOneByOrFail({ id: versionId });
    const stored = await this.db.getRepository(AssessmentItem).find({ order: { key: 'ASC' } });
    if (stored.length === 0) {
      throw new Error('The assessment item bank is empty: seed it first (it is seeded on start)');
    }
    const items = stored.map((item) => versionedItem(item, version.parameters));
    const bank = prepareBank(
      items.map((item) => ({ id: item.id, area: item.area, a: item.a, b: item.b, c: item.c })),
      {
        exposureControl: Object.fromEntries(items.map((item) => [item.id, item.exposureControl])),
        retired: items
          .filter((item) => item.status === AssessmentItemStatus.Retired)
          .map((item) => item.id),
      },
    );
    const loaded: LoadedBank = {
      bank,
      items: new Map(items.map((item) => [item.id, item])),
      population: version.population,
      correlation: version.correlation,
      versionId: version.id,
      number: version.number,
    };
    this.cache.delete(versionId);
    this.cache.set(versionId, { stamp, loaded });
    while (this.cache.size > CACHED_VERSIONS) {
      this.cache.delete(this.cache.keys().next().value as string);
    }
    return loaded;
  }
}
