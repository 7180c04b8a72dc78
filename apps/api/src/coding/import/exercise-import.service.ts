import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CourseStatus, ItemKind, Role } from '@passerelle/contracts';
import { DataSource, type EntityManager } from 'typeorm';

import { Account } from '../../identity/entities/account.entity';
import { Course } from '../../learning/entities/course.entity';
import { CourseItem } from '../../learning/entities/course-item.entity';
import { CourseModule } from '../../learning/entities/course-module.entity';
import { Exercise } from '../entities/exercise.entity';
import { gradingJob, verdictProblem } from '../exercise-checks';
import { GraderService } from '../grader.service';
import {
  CONFIG_FILE,
  filesToRead,
  type ImportedExercise,
  parseExercismConfig,
  toImportedExercise,
  trackExerciseNames,
} from './exercism';

/** Where imported exercises go when no course is named: a draft course, to review first. */
export const DEFAULT_IMPORT_COURSE = {
  slug: 'imported-exercises',
  title: 'Imported exercises',
  summary: 'Coding exercises imported from an Exercism-style track, to review before use.',
};
export const DEFAULT_IMPORT_MODULE = 'Imported';

export interface ImportTarget {
  /** Slug of an existing course; null for the default course (created when needed). */
  course: string | null;
  /** Title of a module of that course (in its default language), created when missing. */
  module: string | null;
}

export type ImportStatus = 'imported' | 'updated' | 'unchanged' | 'refused';

export interface ImportOutcome {
  slug: string;
  status: ImportStatus;
  /** The reason of a refusal, else where the exercise is (`course / module`). */
  detail: string;
  itemId: string | null;
}

/** A failure of the whole import (not of one exercise), worded for one line. */
export class ImportError extends Error {}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * The exercise folders to import: `folder` itself when it holds `.meta/config.json`, else its
 * subfolders that do (`skipped` lists the others).
 */
export async function findExerciseFolders(
  folder: string,
): Promise<{ exercises: string[]; skipped: string[] }> {
  const info = await stat(folder).catch(() => null);
  if (!info?.isDirectory()) throw new ImportError(`${folder} is not a folder`);
  if (await exists(join(folder, CONFIG_FILE))) return { exercises: [folder], skipped: [] };
  const exercises: string[] = [];
  const skipped: string[] = [];
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    ((await exists(join(path, CONFIG_FILE))) ? exercises : skipped).push(path);
  }
  if (exercises.length === 0) {
    const practice = join(folder, 'exercises', 'practice');
    const hint = (await exists(practice)) ? `; for a whole track, give ${practice}` : '';
    throw new ImportError(
      `${folder} holds no exercise (no ${CONFIG_FILE} in it or its subfolders)${hint}`,
    );
  }
  return { exercises, skipped };
}

/**
 * Imports Exercism-style exercises: each is checked (its example solution must pass the real
 * grader, its stub must not) before it is saved; re-importing updates it in place.
 */
@Injectable()
export class ExerciseImportService {
  private readonly trackNames = new Map<string, Promise<Map<string, string>>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly grader: GraderService,
  ) {}

  /** Imports each folder in turn; one refused exercise does not stop the others. */
  async importExercises(
    folders: string[],
    target: ImportTarget,
    onOutcome: (outcome: ImportOutcome) => void = () => undefined,
  ): Promise<ImportOutcome[]> {
    if (target.course && !(await this.db.getRepository(Course).existsBy({ slug: target.course }))) {
      throw new ImportError(`no course has the slug "${target.course}"`);
    }
    const outcomes: ImportOutcome[] = [];
    for (const folder of folders) {
      const outcome = await this.importOne(folder, target);
      outcomes.push(outcome);
      onOutcome(outcome);
    }
    return outcomes;
  }

  private async importOne(folder: string, target: ImportTarget): Promise<ImportOutcome> {
    const slug = basename(folder);
    const refused = (detail: string): ImportOutcome => ({
      slug,
      status: 'refused',
      detail,
      itemId: null,
    });
    const config = parseExercismConfig((await this.read(folder, CONFIG_FILE)) ?? '');
    if (!config.ok) return refused(config.problems.join('; '));
    const files: Record<string, string | undefined> = {};
    for (const path of filesToRead(config.value)) files[path] = await this.read(folder, path);
    const parsed = toImportedExercise(
      slug,
      config.value,
      files,
      (await this.trackNamesAbove(folder)).get(slug),
    );
    if (!parsed.ok) return refused(parsed.problems.join('; '));
    const exercise = parsed.value;

    const [proof, stub] = await Promise.all([
      this.grader.grade(gradingJob(exercise.definition, exercise.proof)),
      this.grader.grade(gradingJob(exercise.definition, exercise.definition.starter)),
    ]);
    const problem = verdictProblem(proof, stub);
    if (problem) return refused(problem);
    return this.db.transaction((em) => this.save(em, exercise, target));
  }

  private async save(
    em: EntityManager,
    imported: ImportedExercise,
    target: ImportTarget,
  ): Promise<ImportOutcome> {
    const existing = await em.findOne(Exercise, {
      where: { origin: imported.origin },
      relations: { item: { module: { course: true } } },
    });
    const en = imported.definition.translations.en;
    if (existing?.item) {
      const item = existing.item;
      // Other languages a mentor added stay; the English text follows the source.
      const definition = {
        ...imported.definition,
        translations: { ...existing.definition.translations, en },
      };
      const translations = {
        ...item.translations,
        en: { ...item.translations.en, title: imported.title },
      };
      const changed =
        !isDeepStrictEqual(existing.definition, definition) ||
        !isDeepStrictEqual(item.translations, translations);
      if (changed) {
        await em.update(Exercise, { itemId: item.id }, { definition });
        await em.update(CourseItem, { id: item.id }, { translations });
      }
      return {
        slug: imported.slug,
        status: changed ? 'updated' : 'unchanged',
        detail: where(item.module?.course, item.module),
        itemId: item.id,
      };
    }

    const course = await this.targetCourse(em, target.course);
    const module = await this.targetModule(em, course, target.module ?? DEFAULT_IMPORT_MODULE);
    const item = await em.save(
      em.create(CourseItem, {
        moduleId: module.id,
        position: await nextPosition(em, 'course_items', 'module_id', module.id),
        kind: ItemKind.Exercise,
        translations: { en: { title: imported.title } },
        questions: null,
      }),
    );
    await em.save(
      em.create(Exercise, {
        itemId: item.id,
        definition: imported.definition,
        origin: imported.origin,
      }),
    );
    return {
      slug: imported.slug,
      status: 'imported',
      detail: where(course, module),
      itemId: item.id,
    };
  }

  private async targetCourse(em: EntityManager, slug: string | null): Promise<Course> {
    const found = await em.findOneBy(Course, { slug: slug ?? DEFAULT_IMPORT_COURSE.slug });
    if (found) return found;
    if (slug) throw new ImportError(`no course has the slug "${slug}"`);
    const admin = await em.findOne(Account, {
      where: { role: Role.Admin },
      order: { createdAt: 'ASC' },
    });
    return em.save(
      em.create(Course, {
        slug: DEFAULT_IMPORT_COURSE.slug,
        defaultLanguage: 'en',
        translations: {
          en: { title: DEFAULT_IMPORT_COURSE.title, summary: DEFAULT_IMPORT_COURSE.summary },
        },
        levels: {},
        status: CourseStatus.Draft,
        createdById: admin?.id ?? null,
        publishedAt: null,
      }),
    );
  }

  /** The course's module with this title (in the course's default language), or a new last one. */
  private async targetModule(
    em: EntityManager,
    course: Course,
    title: string,
  ): Promise<CourseModule> {
    const modules = await em.find(CourseModule, {
      where: { courseId: course.id },
      order: { position: 'ASC' },
    });
    const wanted = title.trim().toLowerCase();
    const found = modules.find(
      (m) => m.translations[course.defaultLanguage]?.title.trim().toLowerCase() === wanted,
    );
    if (found) return found;
    return em.save(
      em.create(CourseModule, {
        courseId: course.id,
        position: await nextPosition(em, 'course_modules', 'course_id', course.id),
        translations: { [course.defaultLanguage]: { title: title.trim() } },
      }),
    );
  }

  /** A file of the exercise, or undefined when there is none. */
  private async read(folder: string, path: string): Promise<string | undefined> {
    return readFile(join(folder, path), 'utf8').catch(() => undefined);
  }

  /**
   * Exercise names from the track's `config.json`, found up to three folders above the
   * exercise (`<track>/exercises/practice/<slug>`).
   */
  private async trackNamesAbove(folder: string): Promise<Map<string, string>> {
    let dir = dirname(folder);
    for (let level = 0; level < 3; level++, dir = dirname(dir)) {
      let names = this.trackNames.get(dir);
      if (!names) {
        names = this.read(dir, 'config.json').then((text) =>
          text === undefined ? new Map<string, string>() : trackExerciseNames(text),
        );
        this.trackNames.set(dir, names);
      }
      if ((await names).size > 0) return names;
    }
    return new Map();
  }
}

async function nextPosition(
  em: EntityManager,
  table: 'course_items' | 'course_modules',
  column: 'module_id' | 'course_id',
  id: string,
): Promise<number> {
  const [row] = (await em.query(
    `SELECT COALESCE(MAX(position), -1) + 1 AS next FROM ${table} WHERE ${column} = $1`,
    [id],
  )) as { next: number }[];
  return Number(row.next);
}

function where(course: Course | undefined, module: CourseModule | undefined): string {
  const title = module && course ? module.translations[course.defaultLanguage]?.title : undefined;
  return `${course?.slug ?? '?'} / ${title ?? '?'}`;
}
