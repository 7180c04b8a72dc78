import { type AuthoredModule, exercise, lines, TODO } from './authoring';

export const CONDITIONS: AuthoredModule = {
  translations: {
    en: { title: 'Conditions' },
    fr: { title: 'Conditions' },
    ar: { title: 'الشروط' },
  },
  exercises: [
    exercise({
      file: 'is-even',
      imports: 'isEven',
      starter: 'export function isEven(number) {\n  return false;\n}\n',
      examples: `
describe('isEven', () => {
  test('4 is even', () => {
    expect(isEven(4)).toBe(true);
  });
  test('7 is odd', () => {
    expect(isEven(7)).toBe(false);
  });
});`,
      hidden: `
describe('isEven, more cases', () => {
  test('0 is even', () => {
    expect(isEven(0)).toBe(true);
  });
  test('negative numbers', () => {
    expect(isEven(-4)).toBe(true);
    expect(isEven(-7)).toBe(false);
  });
  test('1 is not even', () => {
    expect(isEven(1)).not.toBe(true);
  });
});`,
      solution: 'export function isEven(number) {\n  return number % 2 === 0;\n}\n',
      en: {
        title: 'Even or odd?',
        prompt:
          'Write `isEven(number)`. It returns `true` when the number is even (0, 2, 4, …) and `false` when it is odd (1, 3, 5, …). Negative numbers can be even too: -4 is even.',
        hints: [
          'The `%` operator gives what is left after a division: `7 % 2` is `1`.',
          'A number is even when `number % 2` is `0`.',
          'You can return a comparison directly: `return a === b;`.',
        ],
      },
      fr: {
        title: 'Pair ou impair ?',
        prompt:
          'Écrivez `isEven(number)`. Elle renvoie `true` quand le nombre est pair (0, 2, 4, …) et `false` quand il est impair (1, 3, 5, …). Les nombres négatifs peuvent aussi être pairs : -4 est pair.',
        hints: [
          'L’opérateur `%` donne le reste d’une division : `7 % 2` vaut `1`.',
          'Un nombre est pair quand `number % 2` vaut `0`.',
          'Vous pouvez renvoyer directement une comparaison : `return a === b;`.',
        ],
      },
      ar: {
        title: 'زوجي أم فردي؟',
        prompt:
          'اكتب الدالة `isEven(number)`. تُرجِع `true` إذا كان العدد زوجيًّا (0، 2، 4، …) و`false` إذا كان فرديًّا (1، 3، 5، …). الأعداد السالبة قد تكون زوجية أيضًا: العدد -4 زوجي.',
        hints: [
          'العامل `%` يُعطي باقي القسمة: `7 % 2` يساوي `1`.',
          'يكون العدد زوجيًّا عندما يساوي `number % 2` القيمة `0`.',
          'يمكنك أن تُرجِع نتيجة المقارنة مباشرةً: `return a === b;`.',
        ],
      },
    }),
    exercise({
      file: 'leap-year',
      imports: 'isLeapYear',
      starter: `export function isLeapYear(year) {\n${TODO}\n}\n`,
      examples: `
describe('isLeapYear', () => {
  test('2024 is a leap year', () => {
    expect(isLeapYear(2024)).toBe(true);
  });
  test('2023 is not a leap year', () => {
    expect(isLeapYear(2023)).toBe(false);
  });
});`,
      hidden: `
describe('isLeapYear, century years', () => {
  test('1900 divides by 100 but not by 400', () => {
    expect(isLeapYear(1900)).toBe(false);
  });
  test('2000 divides by 400', () => {
    expect(isLeapYear(2000)).toBe(true);
  });
  test('2100 is not a leap year', () => {
    expect(isLeapYear(2100)).toBe(false);
  });
  test('1996 is a leap year', () => {
    expect(isLeapYear(1996)).toBe(true);
  });
});`,
      solution:
        'export function isLeapYear(year) {\n  if (year % 400 === 0) return true;\n  if (year % 100 === 0) return false;\n  return year % 4 === 0;\n}\n',
      en: {
        title: 'Leap years',
        prompt: lines(
          'In a leap year, February has 29 days. A year is a leap year when:',
          '',
          '- it divides by 4 (nothing is left over),',
          '- but not by 100,',
          '- except when it also divides by 400.',
          '',
          'So 2024 is a leap year, 1900 is not, and 2000 is. Write `isLeapYear(year)`: it returns `true` or `false`.',
        ),
        hints: [
          '`year % 4 === 0` is `true` when the year divides by 4.',
          'Check the biggest number first: 400, then 100, then 4.',
          'After `return`, the function stops. The next lines only run for the other years.',
        ],
      },
      fr: {
        title: 'Années bissextiles',
        prompt: lines(
          'Dans une année bissextile, février a 29 jours. Une année est bissextile quand :',
          '',
          '- elle se divise par 4 (il ne reste rien),',
          '- mais pas par 100,',
          '- sauf si elle se divise aussi par 400.',
          '',
          'Donc 2024 est bissextile, 1900 ne l’est pas, et 2000 l’est. Écrivez `isLeapYear(year)` : elle renvoie `true` ou `false`.',
        ),
        hints: [
          '`year % 4 === 0` vaut `true` quand l’année se divise par 4.',
          'Vérifiez d’abord le plus grand nombre : 400, puis 100, puis 4.',
          'Après `return`, la fonction s’arrête. Les lignes suivantes ne servent que pour les autres années.',
        ],
      },
      ar: {
        title: 'السنوات الكبيسة',
        prompt: lines(
          'في السنة الكبيسة يكون شهر فبراير 29 يومًا. تكون السنة كبيسة عندما:',
          '',
          '- تقبل القسمة على 4 (لا يبقى شيء)،',
          '- ولا تقبل القسمة على 100،',
          '- إلا إذا قبلت القسمة على 400 أيضًا.',
          '',
          'إذن سنة 2024 كبيسة، وسنة 1900 ليست كبيسة، وسنة 2000 كبيسة. اكتب الدالة `isLeapYear(year)`: تُرجِع `true` أو `false`.',
        ),
        hints: [
          'قيمة `year % 4 === 0` هي `true` عندما تقبل السنة القسمة على 4.',
          'تحقَّق من العدد الأكبر أولًا: 400، ثم 100، ثم 4.',
          'بعد `return` تتوقف الدالة، فلا تُنفَّذ الأسطر التالية إلا للسنوات الأخرى.',
        ],
      },
    }),
    exercise({
      file: 'grade',
      imports: 'grade',
      starter: `export function grade(mark) {\n${TODO}\n}\n`,
      examples: `
describe('grade', () => {
  test('a very good mark', () => {
    expect(grade(95)).toBe('excellent');
  });
  test('a good mark', () => {
    expect(grade(72)).toBe('good');
  });
  test('a mark above 100 is a mistake', () => {
    expect(() => grade(120)).toThrow('Mark must be between 0 and 100');
  });
});`,
      hidden: `
describe('grade, at the limits', () => {
  test('90, 70 and 50 are the lowest marks of their group', () => {
    expect(grade(90)).toBe('excellent');
    expect(grade(70)).toBe('good');
    expect(grade(50)).toBe('pass');
  });
  test('marks below 50', () => {
    expect(grade(49)).toBe('try again');
    expect(grade(30)).toBe('try again');
  });
  test('0 and 100 are real marks', () => {
    expect(grade(0)).toBe('try again');
    expect(() => grade(100)).not.toThrow();
  });
  test('a mark below 0 is a mistake', () => {
    expect(() => grade(-1)).toThrow('Mark must be between 0 and 100');
  });
});`,
      solution: lines(
        'export function grade(mark) {',
        "  if (mark < 0 || mark > 100) throw new Error('Mark must be between 0 and 100');",
        "  if (mark >= 90) return 'excellent';",
        "  if (mark >= 70) return 'good';",
        "  if (mark >= 50) return 'pass';",
        "  return 'try again';",
        '}',
        '',
      ),
      en: {
        title: 'Grade a test',
        prompt: lines(
          'Your language course gives a mark from 0 to 100. Write `grade(mark)`. It returns:',
          '',
          "- `'excellent'` for 90 or more,",
          "- `'good'` for 70 or more,",
          "- `'pass'` for 50 or more,",
          "- `'try again'` for less than 50.",
          '',
          'A mark below 0 or above 100 is a mistake: throw an error with the message `Mark must be between 0 and 100`.',
        ),
        hints: [
          "Stop wrong marks first: `if (mark < 0 || mark > 100) throw new Error('…');`.",
          "Then check from the biggest marks down: `if (mark >= 90) return 'excellent';`.",
          'After a `return`, the function stops, so the next `if` only sees smaller marks.',
        ],
      },
      fr: {
        title: 'Noter un examen',
        prompt: lines(
          'Votre cours de langue donne une note de 0 à 100. Écrivez `grade(mark)`. Elle renvoie :',
          '',
          "- `'excellent'` pour 90 ou plus,",
          "- `'good'` pour 70 ou plus,",
          "- `'pass'` pour 50 ou plus,",
          "- `'try again'` pour moins de 50.",
          '',
          'Une note en dessous de 0 ou au-dessus de 100 est une erreur : lancez une erreur avec le message `Mark must be between 0 and 100`.',
        ),
        hints: [
          "Arrêtez d’abord les mauvaises notes : `if (mark < 0 || mark > 100) throw new Error('…');`.",
          "Ensuite, vérifiez les notes de la plus haute à la plus basse : `if (mark >= 90) return 'excellent';`.",
          'Après un `return`, la fonction s’arrête : le `if` suivant ne voit que les notes plus basses.',
        ],
      },
      ar: {
        title: 'تقدير نتيجة الامتحان',
        prompt: lines(
          'يُعطي درس اللغة علامةً من 0 إلى 100. اكتب الدالة `grade(mark)`. تُرجِع:',
          '',
          "- `'excellent'` للعلامة 90 أو أكثر،",
          "- `'good'` للعلامة 70 أو أكثر،",
          "- `'pass'` للعلامة 50 أو أكثر،",
          "- `'try again'` للعلامة الأقل من 50.",
          '',
          'العلامة الأقل من 0 أو الأكبر من 100 خطأ: ارمِ خطأً (`throw`) برسالة `Mark must be between 0 and 100`.',
        ),
        hints: [
          "أوقِف العلامات الخاطئة أولًا: `if (mark < 0 || mark > 100) throw new Error('…');`.",
          "ثم تحقَّق من العلامات من الأعلى إلى الأدنى: `if (mark >= 90) return 'excellent';`.",
          'بعد `return` تتوقف الدالة، فلا يرى الشرط `if` التالي إلا العلامات الأصغر.',
        ],
      },
    }),
    exercise({
      file: 'fizz-buzz',
      imports: 'fizzBuzz',
      starter: 'export function fizzBuzz(number) {\n  return String(number);\n}\n',
      examples: `
describe('fizzBuzz', () => {
  test('3 divides by 3', () => {
    expect(fizzBuzz(3)).toBe('Fizz');
  });
  test('10 divides by 5', () => {
    expect(fizzBuzz(10)).toBe('Buzz');
  });
  test('15 divides by 3 and by 5', () => {
    expect(fizzBuzz(15)).toBe('FizzBuzz');
  });
});`,
      hidden: `
describe('fizzBuzz, more numbers', () => {
  test('other numbers come back as text', () => {
    expect(fizzBuzz(7)).toBe('7');
    expect(fizzBuzz(1)).toBe('1');
  });
  test('30 divides by 3 and by 5', () => {
    expect(fizzBuzz(30)).toBe('FizzBuzz');
  });
  test('9 divides by 3 only', () => {
    expect(fizzBuzz(9)).toBe('Fizz');
    expect(fizzBuzz(9)).not.toContain('Buzz');
  });
});`,
      solution: lines(
        'export function fizzBuzz(number) {',
        "  if (number % 15 === 0) return 'FizzBuzz';",
        "  if (number % 3 === 0) return 'Fizz';",
        "  if (number % 5 === 0) return 'Buzz';",
        '  return String(number);',
        '}',
        '',
      ),
      en: {
        title: 'Fizz buzz',
        prompt: lines(
          'In this counting game, players say the numbers in turn, but some numbers get a word instead. Write `fizzBuzz(number)`. It returns:',
          '',
          "- `'FizzBuzz'` when the number divides by 3 and by 5,",
          "- `'Fizz'` when it divides by 3 only,",
          "- `'Buzz'` when it divides by 5 only,",
          "- otherwise the number as text, for example `'7'`.",
        ),
        hints: [
          'Check "by 3 and by 5" first. If not, 15 gives only `Fizz`.',
          'A number divides by 3 when `number % 3 === 0`.',
          "`String(7)` turns the number `7` into the text `'7'`.",
        ],
      },
      fr: {
        title: 'Fizz buzz',
        prompt: lines(
          'Dans ce jeu, les joueurs disent les nombres chacun à leur tour, mais certains nombres sont remplacés par un mot. Écrivez `fizzBuzz(number)`. Elle renvoie :',
          '',
          "- `'FizzBuzz'` quand le nombre se divise par 3 et par 5,",
          "- `'Fizz'` quand il se divise seulement par 3,",
          "- `'Buzz'` quand il se divise seulement par 5,",
          "- sinon le nombre sous forme de texte, par exemple `'7'`.",
        ),
        hints: [
          'Vérifiez d’abord « par 3 et par 5 ». Sinon, 15 donne seulement `Fizz`.',
          'Un nombre se divise par 3 quand `number % 3 === 0`.',
          "`String(7)` transforme le nombre `7` en texte `'7'`.",
        ],
      },
      ar: {
        title: 'لعبة Fizz Buzz',
        prompt: lines(
          'في لعبة العدّ هذه يقول اللاعبون الأعداد بالدور، لكن بعض الأعداد تُستبدَل بكلمة. اكتب الدالة `fizzBuzz(number)`. تُرجِع:',
          '',
          "- `'FizzBuzz'` إذا قَبِل العدد القسمة على 3 وعلى 5،",
          "- `'Fizz'` إذا قَبِل القسمة على 3 فقط،",
          "- `'Buzz'` إذا قَبِل القسمة على 5 فقط،",
          "- وإلا فالعدد نفسه نصًّا، مثلًا `'7'`.",
        ),
        hints: [
          'تحقَّق أولًا من «القسمة على 3 وعلى 5»، وإلا أعطى العدد 15 الكلمة `Fizz` فقط.',
          'يقبل العدد القسمة على 3 عندما يكون `number % 3 === 0`.',
          "الدالة `String(7)` تُحوِّل العدد `7` إلى النص `'7'`.",
        ],
      },
    }),
  ],
};
