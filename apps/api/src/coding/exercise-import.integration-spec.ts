import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { CourseOutline, ExerciseView, SubmissionView } from '@passerelle/contracts';
import { DataSource, IsNull, Not } from 'typeorm';

import { bearer, createTestApp, DEMO, type TestApp } from '../../test/test-app';
import { Account } from '../identity/entities/account.entity';
import { Course } from '../learning/entities/course.entity';
import { CourseItem } from '../learning/entities/course-item.entity';
import { Exercise } from './entities/exercise.entity';
import {
  ExerciseImportService,
  findExerciseFolders,
  ImportError,
  type ImportTarget,
} from './import/exercise-import.service';
import { runImport } from './import/import-command';

const PRACTICE = join(__dirname, '../../test/fixtures/exercism/practice');
const DEFAULT_TARGET: ImportTarget = { course: null, module: null };

describe('importing Exercism-style exercises', () => {
  let t: TestApp;
  let db: DataSource;
  let scratch: string;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    scratch = await mkdtemp(join(tmpdir(), 'passerelle-import-'));
  }, 30_000);
  afterAll(async () => {
    await t.close();
    await rm(scratch, { recursive: true, force: true });
  });

  const run = async (folder: string, target = DEFAULT_TARGET) => {
    const lines: string[] = [];
    const code = await runImport(
      t.app.get(ExerciseImportService),
      target,
      await findExerciseFolders(folder),
      (line) => lines.push(line),
    );
    return { code, lines };
  };
  const imported = () =>
    db.getRepository(Exercise).find({
      where: { origin: Not(IsNull()) },
      relations: { item: { module: { course: true } } },
      order: { createdAt: 'ASC' },
    });

  it('saves an exercise whose example passes and whose stub fails, and refuses the others', async () => {
    const { code, lines } = await run(PRACTICE);
    expect(lines).toEqual([
      'refused   double                   the stub passes every test; it must fail at least one',
      'imported  leap                     → imported-exercises / Imported',
      // The example solution of shout fails only a test marked xtest: graders run those too.
      expect.stringMatching(
        /^refused {3}shout {20}the example solution does not pass: "shout > spaces around the text": .*HELLO!/,
      ),
      '3 exercises: 1 imported, 0 updated, 0 unchanged, 2 refused',
    ]);
    expect(code).toBe(1);

    const admin = await db.getRepository(Account).findOneByOrFail({ email: DEMO.admin });
    const exercises = await imported();
    expect(exercises).toHaveLength(1);
    const [leap] = exercises;
    expect(leap.origin).toBe('exercism:leap');
    expect(leap.item?.translations).toEqual({ en: { title: 'Leap Years' } });
    expect(leap.item?.module?.translations).toEqual({ en: { title: 'Imported' } });
    expect(leap.item?.module?.course).toMatchObject({
      slug: 'imported-exercises',
      status: 'draft',
      defaultLanguage: 'en',
      createdById: admin.id,
    });
    expect(leap.definition).toEqual({
      language: 'javascript',
      solutionFile: 'leap.js',
      starter: await readFile(join(PRACTICE, 'leap/leap.js'), 'utf8'),
      exampleTests: await readFile(join(PRACTICE, 'leap/leap.spec.js'), 'utf8'),
      hiddenTests: '',
      translations: {
        en: {
          prompt: expect.stringMatching(/^# Instructions\n\nWrite the function `isLeap\(year\)`/),
          hints: [
            'The remainder operator `%` tells you if a number divides another: `year % 4 === 0`.',
            'Check the rarest rule first:\nyears divided by 400 are always leap years.',
          ],
        },
      },
    });
  });

  it('updates a re-imported exercise in place, keeping what mentors added', async () => {
    expect(await run(join(PRACTICE, 'leap'))).toEqual({
      code: 0,
      lines: [
        'unchanged leap                     → imported-exercises / Imported',
        '1 exercise: 0 imported, 0 updated, 1 unchanged, 0 refused',
      ],
    });

    const [before] = await imported();
    const fr = { prompt: 'Écrivez isLeap.', hints: [] };
    await db.getRepository(Exercise).update(
      { itemId: before.itemId },
      {
        definition: {
          ...before.definition,
          translations: { ...before.definition.translations, fr },
        },
      },
    );
    await cp(join(PRACTICE, 'leap'), join(scratch, 'leap'), { recursive: true });
    await writeFile(
      join(scratch, 'leap/.docs/instructions.md'),
      '# Instructions\n\nSay whether a year has 366 days.\n',
    );
    const again = await run(join(scratch, 'leap'), { course: null, module: 'Elsewhere' });
    expect(again.lines[0]).toBe(
      'updated   leap                     → imported-exercises / Imported',
    );
    expect(again.code).toBe(0);

    const exercises = await imported();
    expect(exercises).toHaveLength(1);
    expect(exercises[0].itemId).toBe(before.itemId);
    expect(exercises[0].definition.translations).toEqual({
      en: {
        prompt: '# Instructions\n\nSay whether a year has 366 days.',
        hints: expect.any(Array),
      },
      fr,
    });
    expect(await db.getRepository(CourseItem).countBy({ moduleId: before.item?.moduleId })).toBe(1);
  });

  it('imports into a named course and module, after the items already there', async () => {
    const mentor = await t.signIn(DEMO.mentor);
    const created = (
      await t.http
        .post('/api/courses')
        .set(...bearer(mentor))
        .send({
          slug: 'pratique-js',
          defaultLanguage: 'fr',
          translations: { fr: { title: 'Pratique', summary: 'Des exercices.' } },
          levels: {},
        })
        .expect(201)
    ).body as CourseOutline;
    const withModule = (
      await t.http
        .post(`/api/courses/${created.id}/modules`)
        .set(...bearer(mentor))
        .send({ translations: { fr: { title: 'Années' } } })
        .expect(201)
    ).body as CourseOutline;
    const moduleId = withModule.modules[0].id;
    await t.http
      .post(`/api/courses/${created.id}/modules/${moduleId}/items`)
      .set(...bearer(mentor))
      .send({ kind: 'lesson', translations: { fr: { title: 'Lire', body: 'Bonjour.' } } })
      .expect(201);

    await cp(join(PRACTICE, 'leap'), join(scratch, 'leap-again'), { recursive: true });
    const { lines } = await run(join(scratch, 'leap-again'), {
      course: 'pratique-js',
      module: 'années',
    });
    expect(lines[0]).toBe('imported  leap-again               → pratique-js / Années');
    const item = await db.getRepository(CourseItem).findOneByOrFail({
      moduleId,
      kind: 'exercise',
    });
    expect(item).toMatchObject({ position: 1, translations: { en: { title: 'Leap Again' } } });

    await expect(run(join(PRACTICE, 'leap'), { course: 'nope', module: null })).rejects.toThrow(
      new ImportError('no course has the slug "nope"'),
    );
    await expect(findExerciseFolders(join(PRACTICE, 'leap/.docs'))).rejects.toThrow(
      'holds no exercise',
    );
  });

  it('gives an enrolled learner an imported exercise graded like any other', async () => {
    const [leap] = await imported();
    const courseId = (
      await db.getRepository(Course).findOneByOrFail({ slug: 'imported-exercises' })
    ).id;
    const admin = await t.signIn(DEMO.admin);
    await t.http
      .post(`/api/courses/${courseId}/publication`)
      .set(...bearer(admin))
      .expect(200);
    const learner = await t.signIn(DEMO.learner);
    await t.http
      .post(`/api/courses/${courseId}/enrolments`)
      .set(...bearer(learner))
      .expect(200);
    const path = `/api/courses/${courseId}/items/${leap.itemId}`;
    const view = (
      await t.http
        .get(`${path}/exercise`)
        .set(...bearer(learner))
        .expect(200)
    ).body as ExerciseView;
    expect(view).toMatchObject({ solutionFile: 'leap.js', hintCount: 2, passed: false });

    const submit = async (source: string) =>
      (
        await t.http
          .post(`${path}/submissions`)
          .set(...bearer(learner))
          .send({ kind: 'submit', source })
          .expect(200)
      ).body as SubmissionView;
    expect((await submit(view.starter)).result.status).toBe('fail');
    const passed = await submit(await readFile(join(PRACTICE, 'leap/.meta/proof.ci.js'), 'utf8'));
    expect(passed.result.status).toBe('pass');
    expect(passed.result.tests).toHaveLength(4);
  });
});
