import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DEFAULT_SECONDS_PER_QUESTION,
  type ItemBank,
  minutesFor,
  secondsPerQuestion,
  type TestLength,
  testLength,
} from '@passerelle/assessment';
import type { TestLengthEstimate } from '@passerelle/contracts';
import { DataSource } from 'typeorm';

import { CoursePlacementService } from './course-placement.service';
import { ItemBankService } from './item-bank.service';

/** The most recent answers whose times make the median: recent learners, bounded work. */
const TIMED_ANSWERS = 2_000;
/** How long the time per question is kept before it is read again. */
const TIME_TTL_MS = 10 * 60_000;

/**
 * How long the skills check takes, told before it starts: the engine's expected and maximum
 * number of questions for the current bank (simulated once per bank), times the median time
 * learners took per answer (or the default until enough have answered).
 */
@Injectable()
export class TestLengthService {
  /** By bank, then by the catalogue (a course published or levelled anew changes the test). */
  private readonly lengths = new WeakMap<ItemBank, Map<string, TestLength>>();
  private time: { seconds: number | null; at: number } | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly banks: ItemBankService,
    private readonly coursePlacement: CoursePlacementService,
  ) {}

  async estimate(): Promise<TestLengthEstimate> {
    const loaded = await this.banks.current();
    const { bank } = loaded;
    const config = this.banks.engineConfig(loaded);
    const catalogue = await this.coursePlacement.catalogue(config.levelCuts);
    const key = JSON.stringify(catalogue);
    let byCuts = this.lengths.get(bank);
    if (!byCuts) {
      byCuts = new Map();
      this.lengths.set(bank, byCuts);
    }
    let length = byCuts.get(key);
    if (!length) {
      length = testLength(bank, config, catalogue);
      byCuts.set(key, length);
    }
    const measured = await this.measuredSeconds();
    const seconds = measured ?? DEFAULT_SECONDS_PER_QUESTION;
    return {
      ...length,
      secondsPerQuestion: seconds,
      minutes: minutesFor(length, seconds),
      timeFrom: measured === null ? 'default' : 'answers',
    };
  }

  private async measuredSeconds(): Promise<number | null> {
    if (this.time && Date.now() - this.time.at < TIME_TTL_MS) return this.time.seconds;
    const rows = (await this.db.query(
      `SELECT attempt_id AS "attemptId", time_spent_ms AS "timeMs"
         FROM assessment_responses ORDER BY answered_at DESC LIMIT $1`,
      [TIMED_ANSWERS],
    )) as { attemptId: string; timeMs: number }[];
    const seconds = secondsPerQuestion(
      rows.map((row) => ({ attemptId: row.attemptId, timeMs: Number(row.timeMs) })),
    );
    this.time = { seconds, at: Date.now() };
    return seconds;
  }
}
