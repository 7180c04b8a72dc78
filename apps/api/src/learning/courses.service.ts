import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CourseOutline,
  CourseStatus,
  type CourseView,
  isCourseAuthor,
  ItemKind,
  type ItemView,
  type LanguageCode,
  ProblemType,
  type QuizResult,
  Role,
} from '@passerelle/contracts';
import { localize, nextItem, progressOf, scoreQuiz } from '@passerelle/learning';
import { DataSource, In } from 'typeorm';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Forbidden, NotFound, ValidationFailed } from '../common/problem/app-error';
import { People } from '../identity/people';
import { Mentorship } from './cohorts/mentorship';
import { type CourseTree, loadCourseTree, loadCourseTrees } from './course-tree';
import { Course } from './entities/course.entity';
import { CourseItem } from './entities/course-item.entity';
import { Enrolment } from './entities/enrolment.entity';
import { ItemProgress } from './entities/item-progress.entity';

/**
 * Courses as people take them: the catalogue, outlines with progress, items without answer
 * keys, enrolment, and progress recorded only by the server.
 */
/** An enrolment as other domains hold it: what recording progress against it needs. */
export type EnrolmentRef = Pick<Enrolment, 'id' | 'courseId' | 'completedAt'>;

@Injectable()
export class CoursesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mentorship: Mentorship,
    private readonly people: People,
  ) {}

  /** Published courses for everyone; drafts too for mentors and admins. */
  async list(actor: AuthenticatedAccount, language?: LanguageCode): Promise<CourseView[]> {
    const courses = await this.db.getRepository(Course).find({
      where: isCourseAuthor(actor.role) ? {} : { status: CourseStatus.Published },
      order: { createdAt: 'ASC' },
    });
    return this.viewsOf(
      courses.map((c) => c.id),
      actor.id,
      language,
    );
  }

  /** The published courses a learner is enrolled in, with progress. */
  async mine(actor: AuthenticatedAccount, language?: LanguageCode): Promise<CourseView[]> {
    const enrolments = await this.db.getRepository(Enrolment).find({
      where: { learnerId: actor.id, course: { status: CourseStatus.Published } },
      order: { createdAt: 'ASC' },
    });
    return this.viewsOf(
      enrolments.map((e) => e.courseId),
      actor.id,
      language,
    );
  }

  /**
   * Each course as `learnerId` sees it: localized, with their enrolment and progress. Three
   * queries whatever the number of courses: the trees, the enrolments, the completed items.
   */
  private async viewsOf(
    courseIds: string[],
    learnerId: string,
    language?: LanguageCode,
  ): Promise<CourseView[]> {
    if (courseIds.length === 0) return [];
    const trees = await loadCourseTrees(this.db.manager, courseIds);
    const enrolments = await this.db
      .getRepository(Enrolment)
      .findBy({ learnerId, courseId: In(courseIds) });
    const progress = enrolments.length
      ? await this.db.getRepository(ItemProgress).find({
          where: { enrolmentId: In(enrolments.map((e) => e.id)) },
          select: { enrolmentId: true, itemId: true },
        })
      : [];
    return trees.map((tree) => {
      const enrolment = enrolments.find((e) => e.courseId === tree.course.id) ?? null;
      const completed = new Set(
        progress.filter((p) => p.enrolmentId === enrolment?.id).map((p) => p.itemId),
      );
      return this.view(tree, language, enrolment, completed);
    });
  }

  async outline(
    actor: AuthenticatedAccount,
    courseId: string,
    language?: LanguageCode,
  ): Promise<CourseOutline> {
    const tree = await this.visibleTree(actor, courseId);
    const enrolment = await this.enrolmentOf(courseId, actor.id);
    const completed = await this.completedIn(enrolment);
    const { course } = tree;
    const lang = language ?? course.defaultLanguage;
    return {
      ...this.view(tree, language, enrolment, completed),
      modules: tree.modules.map((module) => ({
        id: module.id,
        title: localize(module.translations, lang, course.defaultLanguage).text.title,
        items: module.items.map((item) => ({
          id: item.id,
          kind: item.kind,
          title: localize(item.translations, lang, course.defaultLanguage).text.title,
          completed: completed.has(item.id),
        })),
      })),
      nextItemId: enrolment ? (nextItem(tree.items, completed)?.id ?? null) : null,
      completedAt: enrolment?.completedAt?.toISOString() ?? null,
    };
  }

  /**
   * Enrols a learner: themselves (no `learnerId`), or one of a mentor's cohorts (any, for admins).
   * Enrolling twice changes nothing.
   */
  async enrol(
    actor: AuthenticatedAccount,
    courseId: string,
    learnerId?: string,
  ): Promise<CourseOutline> {
    const targetId = learnerId ?? actor.id;
    if (targetId !== actor.id && !isCourseAuthor(actor.role)) {
      throw new Forbidden('Only mentors and admins enrol other learners.');
    }
    const learner = await this.people.find(targetId);
    if (!learner) throw new NotFound('No account has this id.');
    if (learner.role !== Role.Learner) {
      throw ValidationFailed.field(
        'learnerId',
        'isLearner',
        'only learners are enrolled in courses',
      );
    }
    if (targetId !== actor.id) await this.mentorship.assertMentors(actor, targetId);
    const course = await this.db.getRepository(Course).findOneBy({ id: courseId });
    if (!course || course.status !== CourseStatus.Published)
      throw new NotFound('No published course has this id.');
    await this.db
      .createQueryBuilder()
      .insert()
      .into(Enrolment)
      .values({
        courseId,
        learnerId: targetId,
        enrolledById: targetId === actor.id ? null : actor.id,
      })
      .orIgnore()
      .execute();
    return this.outline({ id: targetId, role: Role.Learner }, courseId);
  }

  async item(
    actor: AuthenticatedAccount,
    courseId: string,
    itemId: string,
    language?: LanguageCode,
  ): Promise<ItemView> {
    const { tree, item, enrolment } = await this.accessibleItem(actor, courseId, itemId);
    const lang = language ?? tree.course.defaultLanguage;
    const { language: used, text } = localize(item.translations, lang, tree.course.defaultLanguage);
    const completed = enrolment ? (await this.completedIn(enrolment)).has(item.id) : false;
    return {
      id: item.id,
      courseId,
      kind: item.kind,
      language: used,
      title: text.title,
      body: item.kind === ItemKind.Lesson ? (text.body ?? '') : null,
      questions:
        item.kind === ItemKind.Quiz
          ? (item.questions ?? []).map((question) => {
              const q = localize(question.translations, lang, tree.course.defaultLanguage).text;
              return { kind: question.kind, prompt: q.prompt, options: q.options };
            })
          : null,
      completed,
    };
  }

  /** A learner has read a lesson. */
  async completeLesson(
    actor: AuthenticatedAccount,
    courseId: string,
    itemId: string,
  ): Promise<CourseOutline> {
    const { item, enrolment } = await this.accessibleItem(actor, courseId, itemId, true);
    if (item.kind !== ItemKind.Lesson) {
      throw ValidationFailed.field(
        'itemId',
        'isLesson',
        'only lessons are completed by reading; quizzes by answering',
      );
    }
    await this.record(enrolment as Enrolment, item.id, null);
    return this.outline(actor, courseId);
  }

  /** Scores a quiz on the server; a passed quiz counts as completed. */
  async answerQuiz(
    actor: AuthenticatedAccount,
    courseId: string,
    itemId: string,
    answers: number[][],
  ): Promise<QuizResult> {
    const { item, enrolment } = await this.accessibleItem(actor, courseId, itemId, true);
    if (item.kind !== ItemKind.Quiz)
      throw ValidationFailed.field('itemId', 'isQuiz', 'this item is not a quiz');
    const questions = item.questions ?? [];
    if (answers.length !== questions.length) {
      throw ValidationFailed.field(
        'answers',
        'length',
        `answers must hold one list per question (${questions.length})`,
      );
    }
    const result = scoreQuiz(questions, answers);
    if (result.passed)
      await this.record(enrolment as Enrolment, item.id, result.correct / result.total);
    return result;
  }

  /** Marks an item completed for an enrolment, and the course once every item is. */
  async record(enrolment: EnrolmentRef, itemId: string, score: number | null): Promise<void> {
    await this.db.transaction(async (em) => {
      await em
        .createQueryBuilder()
        .insert()
        .into(ItemProgress)
        .values({ enrolmentId: enrolment.id, itemId, score })
        .orUpdate(['score'], ['enrolment_id', 'item_id'])
        .execute();
      const total = await em.count(CourseItem, {
        where: { module: { courseId: enrolment.courseId } },
      });
      const done = await em.countBy(ItemProgress, { enrolmentId: enrolment.id });
      if (done >= total && !enrolment.completedAt) {
        await em.update(Enrolment, { id: enrolment.id }, { completedAt: new Date() });
      }
    });
  }

  /** A published course (or any course, for mentors and admins), else 404. */
  private async visibleTree(actor: AuthenticatedAccount, courseId: string): Promise<CourseTree> {
    const tree = await loadCourseTree(this.db.manager, courseId);
    if (tree.course.status !== CourseStatus.Published && !isCourseAuthor(actor.role)) {
      throw new NotFound('No course has this id.');
    }
    return tree;
  }

  /**
   * An item of a course the actor may open: enrolled learners, and mentors and admins (who
   * preview). With `mustBeEnrolled`, only an enrolled learner, since progress is recorded.
   */
  async accessibleItem(
    actor: AuthenticatedAccount,
    courseId: string,
    itemId: string,
    mustBeEnrolled = false,
  ) {
    const tree = await this.visibleTree(actor, courseId);
    const item = tree.items.find((i) => i.id === itemId);
    if (!item) throw new NotFound('This course has no item with this id.');
    const enrolment = await this.enrolmentOf(courseId, actor.id);
    if (!enrolment && (mustBeEnrolled || !isCourseAuthor(actor.role))) {
      throw new Forbidden(
        'Start (enrol in) this course to open its lessons and quizzes.',
        ProblemType.NotEnrolled,
      );
    }
    return { tree, item, enrolment };
  }

  /** The learner's enrolment in the course that holds the item, if any. */
  enrolmentForItem(learnerId: string, itemId: string): Promise<Enrolment | null> {
    return this.db.getRepository(Enrolment).findOne({
      where: { learnerId, course: { modules: { items: { id: itemId } } } },
    });
  }

  private enrolmentOf(courseId: string, learnerId: string): Promise<Enrolment | null> {
    return this.db.getRepository(Enrolment).findOneBy({ courseId, learnerId });
  }

  private async completedIn(enrolment: Enrolment | null): Promise<Set<string>> {
    if (!enrolment) return new Set();
    const rows = await this.db.getRepository(ItemProgress).find({
      where: { enrolmentId: enrolment.id },
      select: { itemId: true },
    });
    return new Set(rows.map((r) => r.itemId));
  }

  private view(
    tree: CourseTree,
    language: LanguageCode | undefined,
    enrolment: Enrolment | null,
    completed: Set<string>,
  ): CourseView {
    const { course } = tree;
    const localized = localize(
      course.translations,
      language ?? course.defaultLanguage,
      course.defaultLanguage,
    );
    const done = tree.items.filter((i) => completed.has(i.id)).length;
    return {
      id: course.id,
      slug: course.slug,
      status: course.status,
      language: localized.language,
      title: localized.text.title,
      summary: localized.text.summary,
      levels: course.levels,
      itemCount: tree.items.length,
      enrolled: enrolment !== null,
      progress: enrolment ? progressOf(done, tree.items.length) : null,
    };
  }
}
