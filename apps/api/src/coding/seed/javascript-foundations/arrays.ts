import { type AuthoredModule, exercise, lines } from './authoring';

export const ARRAYS: AuthoredModule = {
  translations: {
    en: { title: 'Lists (arrays)' },
    fr: { title: 'Listes (tableaux)' },
    ar: { title: 'القوائم (المصفوفات)' },
  },
  exercises: [
    exercise({
      file: 'average',
      imports: 'average',
      starter: 'export function average(hours) {\n  return 0;\n}\n',
      examples: `
describe('average', () => {
  test('two days', () => {
    expect(average([8, 6])).toBe(7);
  });
  test('hours with parts of an hour', () => {
    expect(average([7.5, 8, 6.25])).toBeCloseTo(7.25);
  });
});`,
      hidden: `
describe('average, more cases', () => {
  test('an empty timesheet', () => {
    expect(average([])).toBe(0);
  });
  test('one day', () => {
    expect(average([4])).toBe(4);
  });
  test('small numbers', () => {
    expect(average([0.1, 0.2])).toBeCloseTo(0.15, 5);
  });
});`,
      solution: lines(
        'export function average(hours) {',
        '  if (hours.length === 0) return 0;',
        '  let total = 0;',
        '  for (const h of hours) total += h;',
        '  return total / hours.length;',
        '}',
        '',
      ),
      en: {
        title: 'Average hours',
        prompt:
          'Your timesheet has the hours you worked each day, like `[7.5, 8, 6.25]`. Write `average(hours)`: it returns the average, that is the total divided by the number of days. For an empty list, return `0`.',
        hints: [
          'First add up the hours, like in the exercise `sum`.',
          'Then divide the total by `hours.length`, the number of days.',
          'Check `hours.length === 0` first: dividing by 0 gives `NaN`, "not a number".',
        ],
      },
      fr: {
        title: 'Moyenne des heures',
        prompt:
          'Votre feuille d’heures contient les heures travaillées chaque jour, comme `[7.5, 8, 6.25]`. Écrivez `average(hours)` : elle renvoie la moyenne, c’est-à-dire le total divisé par le nombre de jours. Pour une liste vide, renvoyez `0`.',
        hints: [
          'Additionnez d’abord les heures, comme dans l’exercice `sum`.',
          'Puis divisez le total par `hours.length`, le nombre de jours.',
          'Vérifiez d’abord `hours.length === 0` : diviser par 0 donne `NaN`, « pas un nombre ».',
        ],
      },
      ar: {
        title: 'متوسط الساعات',
        prompt:
          'في ورقة ساعات العمل عدد الساعات التي عملتَها كل يوم، مثل `[7.5, 8, 6.25]`. اكتب الدالة `average(hours)`: تُرجِع المتوسط، أي المجموع مقسومًا على عدد الأيام. إذا كانت القائمة فارغة، فأرجِع `0`.',
        hints: [
          'اجمع الساعات أولًا، كما في تمرين `sum`.',
          'ثم اقسم المجموع على `hours.length`، أي عدد الأيام.',
          'تحقَّق من `hours.length === 0` أولًا: القسمة على 0 تُعطي `NaN`، أي «ليس عددًا».',
        ],
      },
    }),
    exercise({
      file: 'largest',
      imports: 'largest',
      starter: 'export function largest(numbers) {\n  return numbers[0];\n}\n',
      examples: `
describe('largest', () => {
  test('the biggest is in the middle', () => {
    expect(largest([3, 9, 4])).toBe(9);
  });
  test('a list of one number', () => {
    expect(largest([12])).toBe(12);
  });
});`,
      hidden: `
describe('largest, more cases', () => {
  test('cold winter days', () => {
    expect(largest([-5, -2, -9])).toBe(-2);
  });
  test('numbers with two digits', () => {
    expect(largest([9, 10, 2])).toBe(10);
  });
  test('an empty list', () => {
    expect(largest([])).toBeUndefined();
  });
  test('the list stays as it was', () => {
    const numbers = [4, 1, 8];
    largest(numbers);
    expect(numbers).toEqual([4, 1, 8]);
  });
});`,
      solution: lines(
        'export function largest(numbers) {',
        '  let biggest = numbers[0];',
        '  for (const n of numbers) {',
        '    if (n > biggest) biggest = n;',
        '  }',
        '  return biggest;',
        '}',
        '',
      ),
      en: {
        title: 'The biggest number',
        prompt:
          'Write `largest(numbers)`: it returns the biggest number in the list. The numbers can be below zero, like temperatures in winter. If the list is empty, return `undefined`. Do not change the list.',
        hints: [
          'Start with the first number: `let biggest = numbers[0];`.',
          'Visit each number, and keep it when it is bigger than `biggest`.',
          'Do not start at `0`: in `[-5, -2]`, the biggest number is `-2`.',
        ],
      },
      fr: {
        title: 'Le plus grand nombre',
        prompt:
          'Écrivez `largest(numbers)` : elle renvoie le plus grand nombre de la liste. Les nombres peuvent être en dessous de zéro, comme les températures en hiver. Si la liste est vide, renvoyez `undefined`. Ne modifiez pas la liste.',
        hints: [
          'Commencez par le premier nombre : `let biggest = numbers[0];`.',
          'Visitez chaque nombre, et gardez-le quand il est plus grand que `biggest`.',
          'Ne commencez pas à `0` : dans `[-5, -2]`, le plus grand nombre est `-2`.',
        ],
      },
      ar: {
        title: 'أكبر عدد',
        prompt:
          'اكتب الدالة `largest(numbers)`: تُرجِع أكبر عدد في القائمة. قد تكون الأعداد أقل من الصفر، مثل درجات الحرارة في الشتاء. إذا كانت القائمة فارغة، فأرجِع `undefined`. لا تُغيِّر القائمة.',
        hints: [
          'ابدأ بالعدد الأول: `let biggest = numbers[0];`.',
          'مُرَّ على كل عدد، واحتفِظ به إذا كان أكبر من `biggest`.',
          'لا تبدأ من `0`: في القائمة `[-5, -2]` أكبر عدد هو `-2`.',
        ],
      },
    }),
    exercise({
      file: 'evens',
      imports: 'evens',
      starter: 'export function evens(numbers) {\n  return numbers;\n}\n',
      examples: `
describe('evens', () => {
  test('keeps the even numbers', () => {
    expect(evens([1, 2, 3, 4])).toEqual([2, 4]);
  });
  test('no even numbers', () => {
    expect(evens([1, 3, 5])).toEqual([]);
  });
});`,
      hidden: `
describe('evens, more cases', () => {
  test('zero and negative numbers', () => {
    const result = evens([10, 7, -2, 0, 3]);
    expect(result).toStrictEqual([10, -2, 0]);
    expect(result).toHaveLength(3);
  });
  test('a new list, the old one unchanged', () => {
    const numbers = [5, 8, 11, 14];
    const result = evens(numbers);
    expect(result).not.toBe(numbers);
    expect(result).toContain(14);
    expect(numbers).toEqual([5, 8, 11, 14]);
  });
});`,
      solution:
        'export function evens(numbers) {\n  return numbers.filter((n) => n % 2 === 0);\n}\n',
      en: {
        title: 'One side of the street',
        prompt:
          'In many streets, the houses with even numbers are on one side. Write `evens(numbers)`: it returns a new list with only the even numbers, in the same order. Do not change the list you are given.',
        hints: [
          'Lists have a `filter` method: `numbers.filter((n) => …)` keeps each `n` for which the test is `true`.',
          'A number is even when `n % 2 === 0`.',
          'Or make an empty list, `const result = [];`, and `push` each even number into it.',
        ],
      },
      fr: {
        title: 'Un côté de la rue',
        prompt:
          'Dans beaucoup de rues, les maisons aux numéros pairs sont du même côté. Écrivez `evens(numbers)` : elle renvoie une nouvelle liste avec seulement les nombres pairs, dans le même ordre. Ne modifiez pas la liste reçue.',
        hints: [
          'Les listes ont une méthode `filter` : `numbers.filter((n) => …)` garde chaque `n` pour lequel le test vaut `true`.',
          'Un nombre est pair quand `n % 2 === 0`.',
          'Ou créez une liste vide, `const result = [];`, et ajoutez-y chaque nombre pair avec `push`.',
        ],
      },
      ar: {
        title: 'جانب واحد من الشارع',
        prompt:
          'في شوارع كثيرة تكون البيوت ذات الأرقام الزوجية في جانب واحد. اكتب الدالة `evens(numbers)`: تُرجِع قائمةً جديدة فيها الأعداد الزوجية فقط، بالترتيب نفسه. لا تُغيِّر القائمة التي تصلك.',
        hints: [
          'للقوائم دالة `filter`: العبارة `numbers.filter((n) => …)` يحتفظ بكل `n` يكون الشرط له `true`.',
          'يكون العدد زوجيًّا عندما يكون `n % 2 === 0`.',
          'أو أنشِئ قائمة فارغة `const result = [];` وأضِف إليها كل عدد زوجي بالدالة `push`.',
        ],
      },
    }),
    exercise({
      file: 'count-of',
      imports: 'countOf',
      starter: 'export function countOf(list, wanted) {\n  return list.length;\n}\n',
      examples: `
describe('countOf', () => {
  test('bus 12 passed three times', () => {
    expect(countOf(['12', '7', '12', '3', '12'], '12')).toBe(3);
  });
  test('bus 99 never passed', () => {
    expect(countOf(['12', '7'], '99')).toBe(0);
  });
});`,
      hidden: `
describe('countOf, more cases', () => {
  test('an empty list', () => {
    expect(countOf([], '12')).toBe(0);
  });
  test('a number is not the same as a text', () => {
    expect(countOf([1, '1', 1], 1)).toBe(2);
  });
  test('capital letters matter', () => {
    expect(countOf(['Bus', 'bus', 'tram'], 'bus')).toBe(1);
  });
});`,
      solution: lines(
        'export function countOf(list, wanted) {',
        '  let count = 0;',
        '  for (const item of list) {',
        '    if (item === wanted) count += 1;',
        '  }',
        '  return count;',
        '}',
        '',
      ),
      en: {
        title: 'How many times?',
        prompt:
          "You wrote down the bus lines that stopped at your stop: `['12', '7', '12', '3', '12']`. Write `countOf(list, wanted)`: it returns how many times `wanted` is in the list. `countOf(['12', '7', '12'], '12')` returns `2`.",
        hints: [
          'Start a counter at `0`.',
          'Visit each item of the list, and add 1 to the counter when `item === wanted`.',
          "Use `===`: the number `1` and the text `'1'` are not the same.",
        ],
      },
      fr: {
        title: 'Combien de fois ?',
        prompt:
          "Vous avez noté les lignes de bus qui se sont arrêtées à votre arrêt : `['12', '7', '12', '3', '12']`. Écrivez `countOf(list, wanted)` : elle renvoie le nombre de fois où `wanted` est dans la liste. `countOf(['12', '7', '12'], '12')` renvoie `2`.",
        hints: [
          'Commencez un compteur à `0`.',
          'Visitez chaque élément de la liste, et ajoutez 1 au compteur quand `item === wanted`.',
          "Utilisez `===` : le nombre `1` et le texte `'1'` ne sont pas pareils.",
        ],
      },
      ar: {
        title: 'كم مرة؟',
        prompt:
          "كتبتَ أرقام خطوط الحافلات التي توقفت في محطتك: `['12', '7', '12', '3', '12']`. اكتب الدالة `countOf(list, wanted)`: تُرجِع عدد المرات التي يوجد فيها `wanted` في القائمة. مثلًا `countOf(['12', '7', '12'], '12')` تُرجِع `2`.",
        hints: [
          'ابدأ عدّادًا من `0`.',
          'مُرَّ على كل عنصر في القائمة، وأضِف 1 إلى العدّاد عندما يكون `item === wanted`.',
          "استعمل `===`: العدد `1` والنص `'1'` ليسا الشيء نفسه.",
        ],
      },
    }),
  ],
};
