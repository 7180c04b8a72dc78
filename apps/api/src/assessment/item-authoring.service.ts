import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Answer, itemStatistics } from '@passerelle/assessment';
import {
  type AssessmentItemDetail,
  type AssessmentItemRequest,
  AssessmentItemStatus,
  type AssessmentItemSummary,
  type ItemBankView,
  itemProblems,
  type ItemStatistics,
  LANGUAGE_CODES,
  type LanguageCode,
  type ServedItem,
  type UpdateAssessmentItemRequest,
} from '@passerelle/contracts';
import { DataSource } from 'typeorm';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Conflict, NotFound, ValidationFailed } from '../common/problem/app-error';
import { violatedUniqueConstraint } from '../common/problem/unique-violation';
import { AssessmentItem } from './entities/assessment-item.entity';
import { AssessmentResponse } from './entities/assessment-response.entity';
import { ItemBankService } from './item-bank.service';
import { itemText, serveItem } from './served-item';

const NO_STATS: ItemStatistics = { shown: 0, exposure: 0, pValue: null, itemRest: null };

function languagesOf(item: Pick<AssessmentItem, 'translations'>): LanguageCode[] {
  return LANGUAGE_CODES.filter((code) => item.translations[code] !== undefined);
}

function summaryOf(item: AssessmentItem, stats: ItemStatistics): AssessmentItemSummary {
  return {
    id: item.id,
    key: item.key,
    area: item.area,
    competence: item.competence,
    kind: item.kind,
    status: item.status,
    irt: { a: item.a, b: item.b, c: item.c, provisional: item.provisional },
    exposureControl: item.exposureControl,
    fallbackLanguage: item.fallbackLanguage,
    languages: languagesOf(item),
    prompt: itemText(item, item.fallbackLanguage).text.prompt,
    stats,
    updatedAt: item.updatedAt.toISOString(),
  };
}

/**
 * The item bank as mentors keep it: list with statistics, write, translate, preview, retire.
 * Once learners have answered an item, its kind, options and answer key are fixed — a changed
 * question is a new question, whose answers must not be pooled with the old one's — so the
 * item is retired and a new one written; its texts can still be corrected and translated.
 */
@Injectable()
export class ItemAuthoringService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly banks: ItemBankService,
  ) {}

  async list(): Promise<ItemBankView> {
    const { bank, items } = await this.banks.current();
    const rows = (await this.db.query(
      `SELECT attempt_id, item_id, correct FROM assessment_responses ORDER BY attempt_id, position`,
    )) as { attempt_id: string; item_id: string; correct: boolean }[];
    const attempts = new Map<string, Answer[]>();
    for (const row of rows) {
      const answers = attempts.get(row.attempt_id) ?? [];
      answers.push({ itemId: row.item_id, correct: row.correct });
      attempts.set(row.attempt_id, answers);
    }
    const stats = itemStatistics(bank, [...attempts.values()]);
    return {
      items: [...items.values()].map((item) => summaryOf(item, stats.get(item.id) ?? NO_STATS)),
      attempts: attempts.size,
    };
  }

  async detail(id: string): Promise<AssessmentItemDetail> {
    const item = await this.find(id);
    const { items } = await this.list();
    const summary = items.find((s) => s.id === id) as AssessmentItemSummary;
    return {
      ...summary,
      image: item.image,
      code: item.code,
      answer: item.answer,
      translations: item.translations,
    };
  }

  async create(
    actor: AuthenticatedAccount,
    body: AssessmentItemRequest,
  ): Promise<AssessmentItemDetail> {
    const problems = itemProblems(body);
    if (problems.length > 0) throw new ValidationFailed(problems);
    const repository = this.db.getRepository(AssessmentItem);
    const saved = await this.uniqueKey(() =>
      repository.save(
        repository.create({
          ...this.fields(body),
          provisional: true,
          status: AssessmentItemStatus.Active,
          createdById: actor.id,
        }),
      ),
    );
    return this.detail(saved.id);
  }

  async update(id: string, body: UpdateAssessmentItemRequest): Promise<AssessmentItemDetail> {
    const item = await this.find(id);
    const current: AssessmentItemRequest = {
      key: item.key,
      area: item.area,
      competence: item.competence,
      kind: item.kind,
      image: item.image,
      code: item.code,
      irt: { a: item.a, b: item.b, c: item.c },
      answer: item.answer,
      fallbackLanguage: item.fallbackLanguage,
      translations: item.translations,
    };
    const next: AssessmentItemRequest = { ...current, ...body };
    const problems = itemProblems(next);
    if (problems.length > 0) throw new ValidationFailed(problems);
    const answered = await this.db.getRepository(AssessmentResponse).existsBy({ itemId: id });
    if (answered) {
      const optionCount = (r: AssessmentItemRequest) =>
        r.translations[r.fallbackLanguage]?.options.length;
      const fixed =
        next.kind === current.kind &&
        next.area === current.area &&
        JSON.stringify(next.answer) === JSON.stringify(current.answer) &&
        optionCount(next) === optionCount(current);
      if (!fixed) {
        throw new Conflict(
          'Learners have answered this item, so its area, kind, options and answer key stay as they are. Retire it and write a new item instead; its texts can still be corrected.',
        );
      }
    }
    const changed = next.irt.a !== item.a || next.irt.b !== item.b || (next.irt.c ?? 0) !== item.c;
    await this.uniqueKey(() =>
      this.db.transaction(async (em) => {
        await em.update(AssessmentItem, id, {
          ...this.fields(next),
          // Changed parameters are again an author's estimate.
          provisional: changed ? true : item.provisional,
        });
        // The rule for edits: new parameters are the live item's and the current version's
        // (attempts on the current version use them from their next item on). Older versions
        // keep theirs, and a proposal keeps its fit: applying it later replaces the edit.
        if (changed) {
          await em.query(
            `UPDATE assessment_bank_versions
                SET parameters = jsonb_set(parameters, ARRAY[$1::text], $2::jsonb)
              WHERE status = 'current'`,
            [
              id,
              JSON.stringify({
                a: next.irt.a,
                b: next.irt.b,
                c: next.irt.c ?? 0,
                exposureControl: item.exposureControl,
              }),
            ],
          );
        }
      }),
    );
    return this.detail(id);
  }

  async setStatus(id: string, status: AssessmentItemStatus): Promise<AssessmentItemDetail> {
    const item = await this.find(id);
    if (item.status !== status) {
      await this.db.getRepository(AssessmentItem).update(id, { status });
    }
    return this.detail(id);
  }

  async preview(id: string, language: LanguageCode): Promise<ServedItem> {
    return serveItem(await this.find(id), 0, language, 0);
  }

  private fields(body: AssessmentItemRequest) {
    return {
      key: body.key,
      area: body.area,
      competence: body.competence,
      kind: body.kind,
      image: body.image ?? null,
      code: body.code ?? null,
      a: body.irt.a,
      b: body.irt.b,
      c: body.irt.c ?? 0,
      answer: body.answer,
      fallbackLanguage: body.fallbackLanguage,
      translations: body.translations,
    };
  }

  private async find(id: string): Promise<AssessmentItem> {
    const item = await this.db.getRepository(AssessmentItem).findOneBy({ id });
    if (!item) throw new NotFound('There is no such assessment item.');
    return item;
  }

  private async uniqueKey<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (violatedUniqueConstraint(error) !== 'uq_assessment_items_key') throw error;
      throw new Conflict('Another item has this key.', [
        { field: 'key', code: 'unique', message: 'Another item has this key.' },
      ]);
    }
  }
}
