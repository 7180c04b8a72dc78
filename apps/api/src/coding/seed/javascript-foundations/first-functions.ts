import { type AuthoredModule, exercise } from './authoring';

export const FIRST_FUNCTIONS: AuthoredModule = {
  translations: {
    en: { title: 'First functions' },
    fr: { title: 'Premières fonctions' },
    ar: { title: 'الدوال الأولى' },
  },
  exercises: [
    exercise({
      file: 'hello',
      imports: 'hello',
      starter: "export function hello() {\n  return 'Goodbye, Mars!';\n}\n",
      examples: `
describe('hello', () => {
  test('says hello to the world', () => {
    expect(hello()).toBe('Hello, World!');
  });
});`,
      hidden: `
describe('hello, again', () => {
  test('returns a string', () => {
    expect(typeof hello()).toBe('string');
  });
});`,
      solution: "export function hello() {\n  return 'Hello, World!';\n}\n",
      en: {
        title: 'Hello, world',
        prompt: 'Change the function `hello` so that it returns the text `Hello, World!`.',
        hints: [
          "Text goes between quotes: `'like this'`.",
          'Check the capital letters and the comma.',
        ],
      },
      fr: {
        title: 'Bonjour le monde',
        prompt: 'Modifiez la fonction `hello` pour qu’elle renvoie le texte `Hello, World!`.',
        hints: [
          "Le texte s’écrit entre guillemets : `'comme ceci'`.",
          'Vérifiez les majuscules et la virgule.',
        ],
      },
      ar: {
        title: 'مرحبًا بالعالم',
        prompt: 'غيِّر الدالة `hello` لكي تُرجِع النص `Hello, World!`.',
        hints: [
          "يُكتَب النص بين علامتَي اقتباس، هكذا: `'Hello'`.",
          'تحقَّق من الحروف الكبيرة ومن الفاصلة.',
        ],
      },
    }),
    exercise({
      file: 'two-fer',
      imports: 'twoFer',
      starter: 'export const twoFer = (name) => {\n  // your code here\n};\n',
      examples: `
describe('twoFer()', () => {
  test('no name given', () => {
    expect(twoFer()).toEqual('One for you, one for me.');
  });
  test('a name given', () => {
    expect(twoFer('Alice')).toEqual('One for Alice, one for me.');
  });
});`,
      hidden: `
describe('twoFer() with other names', () => {
  test('another name given', () => {
    expect(twoFer('Bob')).toEqual('One for Bob, one for me.');
  });
  test('a name in two words', () => {
    expect(twoFer('Nour Haddad')).toEqual('One for Nour Haddad, one for me.');
  });
});`,
      solution: "export const twoFer = (name = 'you') => `One for ${name}, one for me.`;\n",
      en: {
        title: 'Two for one',
        prompt:
          'Return `One for X, one for me.` where X is the name, or `you` when no name is given.',
        hints: [
          "A parameter can have a default value: `(name = 'you')`.",
          'Template strings use backticks: `` `One for ${name}` ``.',
        ],
      },
      fr: {
        title: 'Un pour toi',
        prompt:
          'Renvoyez `One for X, one for me.` où X est le nom, ou `you` si aucun nom n’est donné.',
        hints: [
          "Un paramètre peut avoir une valeur par défaut : `(name = 'you')`.",
          'Les gabarits de texte utilisent des accents graves : `` `One for ${name}` ``.',
        ],
      },
      ar: {
        title: 'واحد لك وواحد لي',
        prompt:
          'أرجِع النص `One for X, one for me.` حيث X هو الاسم، أو `you` إذا لم يُعطَ أيُّ اسم.',
        hints: [
          "يمكن أن تكون للمُعامِل قيمةٌ افتراضية: `(name = 'you')`.",
          'تُكتَب قوالب النصوص بين علامات الاقتباس المائلة: `` `One for ${name}` ``.',
        ],
      },
    }),
    exercise({
      file: 'sum',
      imports: 'sum',
      starter: 'export function sum(numbers) {\n  return 0;\n}\n',
      examples: `
describe('sum', () => {
  test('an empty list', () => {
    expect(sum([])).toBe(0);
  });
  test('a few numbers', () => {
    expect(sum([1, 2, 3])).toBe(6);
  });
});`,
      hidden: `
describe('sum, more cases', () => {
  test('negative numbers', () => {
    expect(sum([-1, 5, -4])).toBe(0);
  });
  test('one number', () => {
    expect(sum([42])).toBe(42);
  });
});`,
      solution:
        'export function sum(numbers) {\n  let total = 0;\n  for (const n of numbers) total += n;\n  return total;\n}\n',
      en: {
        title: 'Add up a list',
        prompt: 'Write `sum(numbers)`: it returns the total of all the numbers in the list.',
        hints: [
          'Start with `let total = 0;`.',
          'A `for (const n of numbers)` loop visits each number.',
        ],
      },
      fr: {
        title: 'Additionner une liste',
        prompt: 'Écrivez `sum(numbers)` : elle renvoie le total de tous les nombres de la liste.',
        hints: [
          'Commencez par `let total = 0;`.',
          'Une boucle `for (const n of numbers)` visite chaque nombre.',
        ],
      },
      ar: {
        title: 'جمع أعداد قائمة',
        prompt: 'اكتب الدالة `sum(numbers)`: تُرجِع مجموع كل الأعداد الموجودة في القائمة.',
        hints: [
          'ابدأ بالسطر `let total = 0;`.',
          'الحلقة `for (const n of numbers)` تمرّ على كل عدد في القائمة.',
        ],
      },
    }),
    exercise({
      file: 'to-minutes',
      imports: 'toMinutes',
      starter: 'export function toMinutes(hours, minutes) {\n  return hours + minutes;\n}\n',
      examples: `
describe('toMinutes', () => {
  test('one hour and a half', () => {
    expect(toMinutes(1, 30)).toBe(90);
  });
  test('less than one hour', () => {
    expect(toMinutes(0, 45)).toBe(45);
  });
});`,
      hidden: `
describe('toMinutes, more cases', () => {
  test('a full working day', () => {
    expect(toMinutes(8, 0)).toBe(480);
  });
  test('one minute before the hour', () => {
    expect(toMinutes(7, 59)).toBe(479);
  });
  test('no minutes given', () => {
    expect(toMinutes(3)).toBe(180);
  });
  test('nothing worked', () => {
    expect(toMinutes(0, 0)).toBe(0);
  });
});`,
      solution:
        'export function toMinutes(hours, minutes = 0) {\n  return hours * 60 + minutes;\n}\n',
      en: {
        title: 'Hours to minutes',
        prompt:
          'Your timesheet says how long you worked, in hours and minutes: for example 1 hour and 30 minutes. Write `toMinutes(hours, minutes)`: it returns the time in minutes only. If no minutes are given, count 0 minutes.',
        hints: [
          'One hour is 60 minutes.',
          'Multiply the hours by 60, then add the minutes.',
          'Give `minutes` a default value: `(hours, minutes = 0)`.',
        ],
      },
      fr: {
        title: 'Des heures en minutes',
        prompt:
          'Votre feuille d’heures indique combien de temps vous avez travaillé, en heures et en minutes : par exemple 1 heure et 30 minutes. Écrivez `toMinutes(hours, minutes)` : elle renvoie ce temps en minutes seulement. Si les minutes ne sont pas données, comptez 0 minute.',
        hints: [
          'Une heure, c’est 60 minutes.',
          'Multipliez les heures par 60, puis ajoutez les minutes.',
          'Donnez une valeur par défaut à `minutes` : `(hours, minutes = 0)`.',
        ],
      },
      ar: {
        title: 'من الساعات إلى الدقائق',
        prompt:
          'تُبيِّن ورقة ساعات العمل المدة التي عملتَها بالساعات والدقائق، مثلًا ساعة واحدة و30 دقيقة. اكتب الدالة `toMinutes(hours, minutes)`: تُرجِع هذه المدة بالدقائق فقط. إذا لم تُعطَ الدقائق، فاحسبها 0 دقيقة.',
        hints: [
          'الساعة الواحدة 60 دقيقة.',
          'اضرب عدد الساعات في 60، ثم أضِف الدقائق.',
          'أعطِ `minutes` قيمةً افتراضية: `(hours, minutes = 0)`.',
        ],
      },
    }),
  ],
};
