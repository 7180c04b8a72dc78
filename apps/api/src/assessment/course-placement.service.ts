import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CatalogueDesign,
  catalogueDesign,
  inUnderstoodLanguage,
  recommendCourses,
} from '@passerelle/assessment';
import {
  type AssessmentResultView,
  type CompetenceArea,
  type LanguageCode,
  type RecommendedCourse,
} from '@passerelle/contracts';
import { localize } from '@passerelle/learning';
import { DataSource } from 'typeorm';

import { CourseCatalogue, type PublishedCourse } from '../learning/course-catalogue';
import type { StoredPlacement, StoredResult } from './entities/assessment-attempt.entity';
import { IntakeProfile } from './entities/intake-profile.entity';

/**
 * Course placement (not job placement, which is the placement domain): the courses that fit a
 * result and that the learner can read (in a language of their intake or of the test), each
 * with its reasons; or the courses a mentor chose instead. Reads the published courses of the
 * learning domain.
 */
@Injectable()
export class CoursePlacementService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly courseCatalogue: CourseCatalogue,
  ) {}

  async resultView(
    learnerId: string,
    result: StoredResult,
    placement: StoredPlacement | null,
    language: LanguageCode,
  ): Promise<AssessmentResultView> {
    const levels = Object.fromEntries(
      Object.entries(result.areas).map(([area, scale]) => [area, scale.level]),
    ) as Record<CompetenceArea, number>;
    const courses = await this.courseCatalogue.published();
    const enrolled = await this.courseCatalogue.enrolledAmong(
      learnerId,
      courses.map((c) => c.id),
    );
    const view = (course: PublishedCourse, gap: number, reasons: RecommendedCourse['reasons']) => {
      const shown = localize(course.translations, language, course.defaultLanguage);
      const text = shown.text;
      return {
        courseId: course.id,
        slug: course.slug,
        language: shown.language,
        title: text.title,
        summary: text.summary,
        levels: course.levels,
        gap,
        reasons,
        enrolled: enrolled.has(course.id),
      };
    };
    if (placement) {
      const chosen = placement.courseIds
        .map((id) => courses.find((course) => course.id === id))
        .filter((course): course is PublishedCourse => course !== undefined);
      return {
        overall: result.overall,
        areas: result.areas,
        recommendations: chosen.map((course) => {
          // The mentor's choice stands; the reasons say where the course would take the learner.
          const reasons = Object.entries(course.levels)
            .filter(([area, range]) => range && range.target > levels[area as CompetenceArea])
            .map(([area, range]) => ({
              area: area as CompetenceArea,
              learnerLevel: levels[area as CompetenceArea],
              courseEntry: range.entry,
              courseTarget: range.target,
            }));
          return view(course, 0, reasons);
        }),
        override: placement,
      };
    }
    // Only courses the learner can read: in a language of their intake, or of the test.
    const intake = await this.db.getRepository(IntakeProfile).findOneBy({ learnerId });
    const understood = [language, ...(intake?.languages.map((l) => l.language) ?? [])];
    const readable = inUnderstoodLanguage(
      courses.map((course) => ({
        ...course,
        languages: Object.keys(course.translations).filter(
          (code) => course.translations[code as LanguageCode] !== undefined,
        ),
      })),
      understood,
    );
    return {
      overall: result.overall,
      areas: result.areas,
      recommendations: recommendCourses(levels, readable).map((r) =>
        view(r.course, r.gap, r.reasons),
      ),
      override: null,
    };
  }

  /**
   * What attempts take from the published catalogue: the θ cuts it places on, by area, and its
   * courses' levels (see `catalogueDesign`).
   */
  async catalogue(levelCuts: readonly number[]): Promise<CatalogueDesign> {
    return catalogueDesign(await this.courseCatalogue.publishedLevels(), levelCuts);
  }

  /** Published courses among `courseIds`; the ids that are not one. */
  async unknownCourses(courseIds: readonly string[]): Promise<string[]> {
    const found = await this.courseCatalogue.publishedAmong(courseIds);
    return courseIds.filter((id) => !found.has(id));
  }
}
