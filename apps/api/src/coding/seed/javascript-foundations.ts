import type {
  CreateCourseRequest,
  ExerciseDefinition,
  ModuleText,
  Translations,
} from '@passerelle/contracts';

export interface SeedExercise {
  translations: Translations<{ title: string }>;
  exercise: ExerciseDefinition;
}

export interface SeedCodingCourse {
  course: CreateCourseRequest;
  modules: { translations: Translations<ModuleText>; exercises: SeedExercise[] }[];
}

const spec = (imports: string, file: string, body: string) =>
  `import { describe, expect, test } from '@jest/globals';\nimport { ${imports} } from './${file}';\n\n${body.trim()}\n`;

/** Demo content for the code track: first exercises, in English and French. */
export const JAVASCRIPT_FOUNDATIONS: SeedCodingCourse = {
  course: {
    slug: 'javascript-foundations',
    defaultLanguage: 'en',
    translations: {
      en: {
        title: 'JavaScript foundations',
        summary: 'Write your first programs: values, functions, conditions and lists.',
      },
      fr: {
        title: 'Les bases de JavaScript',
        summary: 'Écrivez vos premiers programmes : valeurs, fonctions, conditions et listes.',
      },
    },
    levels: { coding: { entry: 1, target: 3 }, 'problem-solving': { entry: 2, target: 3 } },
  },
  modules: [
    {
      translations: { en: { title: 'First functions' }, fr: { title: 'Premières fonctions' } },
      exercises: [
        {
          translations: { en: { title: 'Hello, world' }, fr: { title: 'Bonjour le monde' } },
          exercise: {
            language: 'javascript',
            solutionFile: 'hello.js',
            starter: "export function hello() {\n  return 'Goodbye, Mars!';\n}\n",
            exampleTests: spec(
              'hello',
              'hello',
              `
describe('hello', () => {
  test('says hello to the world', () => {
    expect(hello()).toBe('Hello, World!');
  });
});`,
            ),
            hiddenTests: spec(
              'hello',
              'hello',
              `
describe('hello, again', () => {
  test('returns a string', () => {
    expect(typeof hello()).toBe('string');
  });
});`,
            ),
            translations: {
              en: {
                prompt: 'Change the function `hello` so that it returns the text `Hello, World!`.',
                hints: [
                  "Text goes between quotes: `'like this'`.",
                  'Check the capital letters and the comma.',
                ],
              },
              fr: {
                prompt:
                  'Modifiez la fonction `hello` pour qu’elle renvoie le texte `Hello, World!`.',
                hints: [
                  "Le texte s’écrit entre guillemets : `'comme ceci'`.",
                  'Vérifiez les majuscules et la virgule.',
                ],
              },
            },
          },
        },
        {
          translations: { en: { title: 'Two for one' }, fr: { title: 'Un pour toi' } },
          exercise: {
            language: 'javascript',
            solutionFile: 'two-fer.js',
            starter: 'export const twoFer = (name) => {\n  // your code here\n};\n',
            exampleTests: spec(
              'twoFer',
              'two-fer',
              `
describe('twoFer()', () => {
  test('no name given', () => {
    expect(twoFer()).toEqual('One for you, one for me.');
  });
  test('a name given', () => {
    expect(twoFer('Alice')).toEqual('One for Alice, one for me.');
  });
});`,
            ),
            hiddenTests: spec(
              'twoFer',
              'two-fer',
              `
describe('twoFer() with other names', () => {
  test('another name given', () => {
    expect(twoFer('Bob')).toEqual('One for Bob, one for me.');
  });
});`,
            ),
            translations: {
              en: {
                prompt:
                  'Return `One for X, one for me.` where X is the name, or `you` when no name is given.',
                hints: [
                  "A parameter can have a default value: `(name = 'you')`.",
                  'Template strings use backticks: `` `One for ${name}` ``.',
                ],
              },
              fr: {
                prompt:
                  'Renvoyez `One for X, one for me.` où X est le nom, ou `you` si aucun nom n’est donné.',
                hints: [
                  "Un paramètre peut avoir une valeur par défaut : `(name = 'you')`.",
                  'Les gabarits de texte utilisent des accents graves : `` `One for ${name}` ``.',
                ],
              },
            },
          },
        },
        {
          translations: { en: { title: 'Add up a list' }, fr: { title: 'Additionner une liste' } },
          exercise: {
            language: 'javascript',
            solutionFile: 'sum.js',
            starter: 'export function sum(numbers) {\n  return 0;\n}\n',
            exampleTests: spec(
              'sum',
              'sum',
              `
describe('sum', () => {
  test('an empty list', () => {
    expect(sum([])).toBe(0);
  });
  test('a few numbers', () => {
    expect(sum([1, 2, 3])).toBe(6);
  });
});`,
            ),
            hiddenTests: spec(
              'sum',
              'sum',
              `
describe('sum, more cases', () => {
  test('negative numbers', () => {
    expect(sum([-1, 5, -4])).toBe(0);
  });
  test('one number', () => {
    expect(sum([42])).toBe(42);
  });
});`,
            ),
            translations: {
              en: {
                prompt:
                  'Write `sum(numbers)`: it returns the total of all the numbers in the list.',
                hints: [
                  'Start with `let total = 0;`.',
                  'A `for (const n of numbers)` loop visits each number.',
                ],
              },
              fr: {
                prompt:
                  'Écrivez `sum(numbers)` : elle renvoie le total de tous les nombres de la liste.',
                hints: [
                  'Commencez par `let total = 0;`.',
                  'Une boucle `for (const n of numbers)` visite chaque nombre.',
                ],
              },
            },
          },
        },
      ],
    },
  ],
};

/** Reference solutions, used by the tests to prove each demo exercise can be passed. */
export const REFERENCE_SOLUTIONS: Record<string, string> = {
  'hello.js': "export function hello() {\n  return 'Hello, World!';\n}\n",
  'two-fer.js': "export const twoFer = (name = 'you') => `One for ${name}, one for me.`;\n",
  'sum.js':
    'export function sum(numbers) {\n  let total = 0;\n  for (const n of numbers) total += n;\n  return total;\n}\n',
};
