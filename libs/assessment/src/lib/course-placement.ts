import {
  COMPETENCE_AREAS,
  type CompetenceArea,
  type CourseLevels,
  LEVEL_MIN,
} from '@passerelle/contracts';

import { levelStart } from './levels';

/**
 * The θ cuts the catalogue's recommendations turn on, by area: where a course's entry level
 * starts (below it the course is not recommended) and where its target level starts (from it
 * the course has nothing to add in that area). The engine decides each area on these as well
 * as on the level groups, so that it asks enough to tell the recommendations apart.
 */
export function catalogueCuts(
  courses: readonly PlaceableCourse[],
  levelCuts: readonly number[],
): Partial<Record<CompetenceArea, number[]>> {
  const cuts: Partial<Record<CompetenceArea, number[]>> = {};
  for (const course of courses) {
    for (const area of COMPETENCE_AREAS) {
      const range = course.levels[area];
      if (!range) continue;
      for (const level of [range.entry, range.target]) {
        const cut = levelStart(level, levelCuts);
        if (cut === undefined) continue;
        const list = (cuts[area] ??= []);
        if (!list.includes(cut)) list.push(cut);
      }
    }
  }
  for (const list of Object.values(cuts)) list?.sort((x, y) => x - y);
  return cuts;
}

/** What an attempt takes from the catalogue: its cuts, and its courses' levels. */
export interface CatalogueDesign {
  cuts: Partial<Record<CompetenceArea, number[]>>;
  courses: CourseLevels[];
}

export function catalogueDesign(
  courses: readonly PlaceableCourse[],
  levelCuts: readonly number[],
): CatalogueDesign {
  return { cuts: catalogueCuts(courses, levelCuts), courses: courses.map((c) => c.levels) };
}

export interface PlaceableCourse {
  id: string;
  levels: CourseLevels;
}

/**
 * Why a course is recommended, in one area, as data the apps phrase in the learner's
 * language ("your level in Safety is Foundation 2; this course starts at Foundation 1 and
 * brings you to Intermediate 3").
 */
export interface PlacementReason {
  area: CompetenceArea;
  learnerLevel: number;
  courseEntry: number;
  courseTarget: number;
}

export interface CourseRecommendation<C extends PlaceableCourse = PlaceableCourse> {
  course: C;
  /** Levels the course would add, summed over its areas. */
  gap: number;
  /** One per area where the course goes beyond the learner's level, largest gap first. */
  reasons: PlacementReason[];
}

/**
 * The courses to recommend: those whose entry level the learner meets in every area the
 * course declares, and whose target is above the learner's level in at least one, ranked by
 * the gap they close (the sum over their areas of target − level, where positive); equal gaps
 * keep the order the courses came in. An area the learner has no level for is met only by an
 * entry at the lowest level, and adds no gap (nothing is known to close). A course that
 * declares no levels is never recommended: there is nothing to place on.
 */
export function recommendCourses<C extends PlaceableCourse>(
  levels: Partial<Record<CompetenceArea, number>>,
  courses: readonly C[],
): CourseRecommendation<C>[] {
  const recommended: CourseRecommendation<C>[] = [];
  for (const course of courses) {
    const reasons: PlacementReason[] = [];
    let eligible = true;
    let declared = 0;
    for (const area of COMPETENCE_AREAS) {
      const range = course.levels[area];
      if (!range) continue;
      declared++;
      const level = levels[area];
      if (level === undefined) {
        if (range.entry > LEVEL_MIN) eligible = false;
        continue;
      }
      if (level < range.entry) eligible = false;
      if (range.target > level) {
        reasons.push({
          area,
          learnerLevel: level,
          courseEntry: range.entry,
          courseTarget: range.target,
        });
      }
    }
    if (!eligible || declared === 0 || reasons.length === 0) continue;
    reasons.sort((x, y) => y.courseTarget - y.learnerLevel - (x.courseTarget - x.learnerLevel));
    const gap = reasons.reduce((sum, r) => sum + r.courseTarget - r.learnerLevel, 0);
    recommended.push({ course, gap, reasons });
  }
  // Array.prototype.sort is stable: equal gaps keep the courses' order.
  return recommended.sort((x, y) => y.gap - x.gap);
}

/**
 * The courses a learner can follow for language: those written in a language they understand —
 * one they named in the intake, or the one they took the test in. A course in no such language
 * is left out of the recommendations, however well its levels fit.
 */
export function inUnderstoodLanguage<C extends { languages: readonly string[] }>(
  courses: readonly C[],
  understood: readonly string[],
): C[] {
  const known = new Set(understood);
  return courses.filter((course) => course.languages.some((language) => known.has(language)));
}
