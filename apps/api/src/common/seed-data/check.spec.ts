import { seedAssessmentItem, seedItemFile } from '../../assessment/seed/schema';
import { codingCourseSource } from '../../coding/seed/javascript-foundations/schema';
import { seedCourse } from '../../learning/seed/schema';
import { array, integer, object, oneOf, optional, parseAs, SeedDataError, string } from './check';
import { readSeedData, seedDataFiles, seedDataPath } from './seed-data';

const item = () => ({
  key: 'safety-example-01',
  area: 'safety',
  competence: '4.1',
  kind: 'single',
  irt: { a: 1, b: 0, provisional: true },
  answer: [0],
  translations: { en: { prompt: 'Which?', options: ['This', 'That'] } },
});

const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof SeedDataError) return error.message;
    throw error;
  }
  return null;
};

describe('seed data checks', () => {
  const shape = object({ name: string, count: optional(integer), tags: array(oneOf(['a', 'b'])) });

  it('pass a value of the shape through unchanged', () => {
    const value = { name: 'x', tags: ['a'] };
    expect(parseAs(shape, value, 'file.json')).toBe(value);
  });

  it('name the first place a value departs from its shape', () => {
    expect(errorOf(() => parseAs(shape, { name: 3, tags: [] }, 'f.json'))).toBe(
      'f.json.name: expected a string, got number 3',
    );
    expect(errorOf(() => parseAs(shape, { name: 'x', tags: ['a', 'c'] }, 'f.json'))).toBe(
      'f.json.tags[1]: expected one of "a", "b", got string "c"',
    );
    expect(errorOf(() => parseAs(shape, { name: 'x', count: 1.5, tags: [] }, 'f.json'))).toBe(
      'f.json.count: expected an integer, got number 1.5',
    );
    expect(errorOf(() => parseAs(shape, { tags: [] }, 'f.json'))).toBe(
      'f.json: missing key "name"',
    );
    expect(errorOf(() => parseAs(shape, { name: 'x', tags: [], colour: 1 }, 'f.json'))).toMatch(
      /^f\.json: unknown key "colour"/,
    );
    expect(errorOf(() => parseAs(shape, [], 'f.json'))).toBe(
      'f.json: expected an object, got an array',
    );
  });

  it('refuse items with a misspelt field, a wrong area, kind or language, or a guessed scale', () => {
    expect(errorOf(() => parseAs(seedAssessmentItem, item(), 'i'))).toBeNull();
    expect(errorOf(() => parseAs(seedAssessmentItem, { ...item(), anwser: [0] }, 'i'))).toMatch(
      /unknown key "anwser"/,
    );
    expect(errorOf(() => parseAs(seedAssessmentItem, { ...item(), area: 'cooking' }, 'i'))).toMatch(
      /^i\.area: expected one of/,
    );
    expect(errorOf(() => parseAs(seedAssessmentItem, { ...item(), kind: 'essay' }, 'i'))).toMatch(
      /^i\.kind: expected one of/,
    );
    const german = { ...item(), translations: { de: { prompt: 'Welche?', options: [] } } };
    expect(errorOf(() => parseAs(seedAssessmentItem, german, 'i'))).toMatch(
      /^i\.translations: unknown key "de"/,
    );
    const fitted = { ...item(), irt: { a: 1, b: 0, provisional: false } };
    expect(errorOf(() => parseAs(seedAssessmentItem, fitted, 'i'))).toMatch(
      /^i\.irt\.provisional: expected one of true/,
    );
  });
});

describe('the seed data files', () => {
  it('are one item file per area, every one of the expected shape', () => {
    expect(seedDataFiles('assessment/items')).toEqual([
      'coding.json',
      'communication.json',
      'content-creation.json',
      'information.json',
      'problem-solving.json',
      'safety.json',
    ]);
    for (const file of seedDataFiles('assessment/items')) {
      expect(readSeedData(`assessment/items/${file}`, seedItemFile).length).toBeGreaterThan(0);
    }
  });

  it('hold the demo courses in the expected shapes', () => {
    expect(readSeedData('courses/digital-basics.json', seedCourse).course.slug).toBe(
      'digital-basics',
    );
    expect(
      readSeedData('courses/javascript-foundations.json', codingCourseSource).course.slug,
    ).toBe('javascript-foundations');
  });

  it('are found from the module, not the working directory', () => {
    const cwd = process.cwd();
    try {
      process.chdir('/');
      expect(seedDataPath('courses')).toMatch(/apps\/api\/seed\/courses$/);
    } finally {
      process.chdir(cwd);
    }
  });
});
