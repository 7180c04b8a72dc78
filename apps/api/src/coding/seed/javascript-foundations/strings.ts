import { type AuthoredModule, exercise, lines, TODO } from './authoring';

export const STRINGS: AuthoredModule = {
  translations: {
    en: { title: 'Working with text' },
    fr: { title: 'Travailler avec du texte' },
    ar: { title: 'العمل مع النصوص' },
  },
  exercises: [
    exercise({
      file: 'shout',
      imports: 'shout',
      starter: 'export function shout(text) {\n  return text;\n}\n',
      examples: `
describe('shout', () => {
  test('one word', () => {
    expect(shout('hello')).toBe('HELLO!');
  });
  test('a few words', () => {
    expect(shout('the bus is here')).toBe('THE BUS IS HERE!');
  });
});`,
      hidden: `
describe('shout, more cases', () => {
  test('no second "!"', () => {
    expect(shout('wait!')).toBe('WAIT!');
  });
  test('numbers stay the same', () => {
    expect(shout('Stop 5')).toBe('STOP 5!');
  });
  test('letters with accents', () => {
    expect(shout('café')).toBe('CAFÉ!');
  });
});`,
      solution: lines(
        'export function shout(text) {',
        '  const loud = text.toUpperCase();',
        "  return loud.endsWith('!') ? loud : loud + '!';",
        '}',
        '',
      ),
      en: {
        title: 'Speak up',
        prompt:
          "At a busy bus station, you must shout. Write `shout(text)`: it returns the same text in capital letters, with `!` at the end. `shout('the bus is here')` returns `'THE BUS IS HERE!'`. If the text already ends with `!`, do not add another one.",
        hints: [
          '`text.toUpperCase()` gives the text in capital letters.',
          "Join two texts with `+`: `'HI' + '!'`.",
          "`text.endsWith('!')` is `true` when the text already ends with `!`.",
        ],
      },
      fr: {
        title: 'Parler fort',
        prompt:
          "Dans une gare routière pleine de monde, il faut crier. Écrivez `shout(text)` : elle renvoie le même texte en majuscules, avec `!` à la fin. `shout('the bus is here')` renvoie `'THE BUS IS HERE!'`. Si le texte finit déjà par `!`, n’en ajoutez pas un autre.",
        hints: [
          '`text.toUpperCase()` donne le texte en majuscules.',
          "Collez deux textes avec `+` : `'HI' + '!'`.",
          "`text.endsWith('!')` vaut `true` quand le texte finit déjà par `!`.",
        ],
      },
      ar: {
        title: 'ارفع صوتك',
        prompt:
          "في محطة حافلات مزدحمة، عليك أن تصرخ. اكتب الدالة `shout(text)`: تُرجِع النص نفسه بالحروف الكبيرة، مع `!` في آخره. مثلًا `shout('the bus is here')` تُرجِع `'THE BUS IS HERE!'`. إذا كان النص ينتهي بـ `!` أصلًا، فلا تُضِف علامةً أخرى.",
        hints: [
          'الدالة `text.toUpperCase()` تُعطي النص بالحروف الكبيرة.',
          "اجمع نصَّين بالعلامة `+`: `'HI' + '!'`.",
          "قيمة `text.endsWith('!')` هي `true` إذا كان النص ينتهي بـ `!`.",
        ],
      },
    }),
    exercise({
      file: 'count-vowels',
      imports: 'countVowels',
      starter: 'export function countVowels(text) {\n  return text.length;\n}\n',
      examples: `
describe('countVowels', () => {
  test('a word with three vowels', () => {
    expect(countVowels('banana')).toBe(3);
  });
  test('a word with no vowels', () => {
    expect(countVowels('rhythm')).toBe(0);
  });
});`,
      hidden: `
describe('countVowels, more cases', () => {
  test('capital letters count too', () => {
    expect(countVowels('AEIOU')).toBe(5);
  });
  test('spaces are not vowels', () => {
    expect(countVowels('Hello World')).toBe(3);
  });
  test('empty text', () => {
    expect(countVowels('')).toBe(0);
  });
});`,
      solution: lines(
        'export function countVowels(text) {',
        '  let count = 0;',
        '  for (const letter of text.toLowerCase()) {',
        "    if ('aeiou'.includes(letter)) count += 1;",
        '  }',
        '  return count;',
        '}',
        '',
      ),
      en: {
        title: 'Count the vowels',
        prompt:
          'The vowels are `a`, `e`, `i`, `o` and `u`. Write `countVowels(text)`: it returns how many vowels the text has. Capital letters count too: `A` is a vowel.',
        hints: [
          'Visit each letter with a loop: `for (const letter of text)`.',
          "`'aeiou'.includes(letter)` is `true` when the letter is a vowel.",
          'Use `text.toLowerCase()` first, so that `A` counts like `a`.',
        ],
      },
      fr: {
        title: 'Compter les voyelles',
        prompt:
          'Les voyelles sont `a`, `e`, `i`, `o` et `u`. Écrivez `countVowels(text)` : elle renvoie le nombre de voyelles du texte. Les majuscules comptent aussi : `A` est une voyelle.',
        hints: [
          'Visitez chaque lettre avec une boucle : `for (const letter of text)`.',
          "`'aeiou'.includes(letter)` vaut `true` quand la lettre est une voyelle.",
          'Utilisez d’abord `text.toLowerCase()`, pour que `A` compte comme `a`.',
        ],
      },
      ar: {
        title: 'عدّ حروف العلة',
        prompt:
          'حروف العلة في الإنجليزية هي `a` و`e` و`i` و`o` و`u`. اكتب الدالة `countVowels(text)`: تُرجِع عدد حروف العلة في النص. الحروف الكبيرة تُحسَب أيضًا: `A` حرف علة.',
        hints: [
          'مُرَّ على كل حرف بحلقة: `for (const letter of text)`.',
          "قيمة `'aeiou'.includes(letter)` هي `true` إذا كان الحرف حرف علة.",
          'استعمل `text.toLowerCase()` أولًا، لكي يُحسَب `A` مثل `a`.',
        ],
      },
    }),
    exercise({
      file: 'reverse',
      imports: 'reverse',
      starter: 'export function reverse(text) {\n  return text;\n}\n',
      examples: `
describe('reverse', () => {
  test('a short word', () => {
    expect(reverse('stop')).toBe('pots');
  });
  test('another word', () => {
    expect(reverse('hello')).toBe('olleh');
  });
});`,
      hidden: `
describe('reverse, more cases', () => {
  test('empty text', () => {
    expect(reverse('')).toBe('');
  });
  test('one letter', () => {
    expect(reverse('a')).toBe('a');
  });
  test('spaces and numbers move too', () => {
    expect(reverse('bus 42')).toBe('24 sub');
  });
});`,
      solution: "export function reverse(text) {\n  return text.split('').reverse().join('');\n}\n",
      en: {
        title: 'Backwards',
        prompt:
          "Write `reverse(text)`: it returns the text written backwards, from the last letter to the first. `reverse('stop')` returns `'pots'`.",
        hints: [
          "`text.split('')` makes a list of the letters.",
          "A list has `.reverse()`, and `.join('')` turns the list back into text.",
          'Or build a new text with a loop that starts at the last letter, `text.length - 1`.',
        ],
      },
      fr: {
        title: 'À l’envers',
        prompt:
          "Écrivez `reverse(text)` : elle renvoie le texte écrit à l’envers, de la dernière lettre à la première. `reverse('stop')` renvoie `'pots'`.",
        hints: [
          "`text.split('')` fait une liste des lettres.",
          "Une liste a `.reverse()`, et `.join('')` retransforme la liste en texte.",
          'Ou construisez un nouveau texte avec une boucle qui commence à la dernière lettre, `text.length - 1`.',
        ],
      },
      ar: {
        title: 'بالمقلوب',
        prompt:
          "اكتب الدالة `reverse(text)`: تُرجِع النص مكتوبًا بالمقلوب، من آخر حرف إلى أول حرف. مثلًا `reverse('stop')` تُرجِع `'pots'`.",
        hints: [
          "الدالة `text.split('')` تصنع قائمةً من الحروف.",
          "للقائمة الدالة `.reverse()`، والدالة `.join('')` تُعيد القائمة نصًّا.",
          'أو ابنِ نصًّا جديدًا بحلقة تبدأ من آخر حرف، أي من `text.length - 1`.',
        ],
      },
    }),
    exercise({
      file: 'initials',
      imports: 'initials',
      starter: `export function initials(fullName) {\n${TODO}\n}\n`,
      examples: `
describe('initials', () => {
  test('first name and family name', () => {
    expect(initials('Amina Yusuf')).toBe('A.Y.');
  });
  test('another name', () => {
    expect(initials('Olena Petrenko')).toBe('O.P.');
  });
});`,
      hidden: `
describe('initials, more cases', () => {
  test('one name only', () => {
    expect(initials('ali')).toBe('A.');
  });
  test('three names', () => {
    expect(initials('Kofi Annan Mensah')).toBe('K.A.M.');
  });
  test('small letters and extra spaces', () => {
    expect(initials('  maria  de la cruz ')).toBe('M.D.L.C.');
  });
});`,
      solution: lines(
        'export function initials(fullName) {',
        "  let result = '';",
        "  for (const name of fullName.split(' ')) {",
        "    if (name !== '') result += name[0].toUpperCase() + '.';",
        '  }',
        '  return result;',
        '}',
        '',
      ),
      en: {
        title: 'Initials',
        prompt:
          "On forms, you often write only your initials. Write `initials(fullName)`: it returns the first letter of each name, in capital letters, each one followed by a dot. `initials('Amina Yusuf')` returns `'A.Y.'`. Careful: names can be in small letters, and there can be extra spaces.",
        hints: [
          "`fullName.split(' ')` cuts the text at each space and gives a list of names.",
          "Extra spaces give empty texts `''` in the list: skip them.",
          '`name[0].toUpperCase()` is the first letter of `name`, in capitals.',
        ],
      },
      fr: {
        title: 'Initiales',
        prompt:
          "Sur les formulaires, on écrit souvent seulement ses initiales. Écrivez `initials(fullName)` : elle renvoie la première lettre de chaque nom, en majuscule, suivie d’un point. `initials('Amina Yusuf')` renvoie `'A.Y.'`. Attention : les noms peuvent être en minuscules, et il peut y avoir des espaces en trop.",
        hints: [
          "`fullName.split(' ')` coupe le texte à chaque espace et donne une liste de noms.",
          "Les espaces en trop donnent des textes vides `''` dans la liste : passez-les.",
          '`name[0].toUpperCase()` est la première lettre de `name`, en majuscule.',
        ],
      },
      ar: {
        title: 'الأحرف الأولى',
        prompt:
          "في الاستمارات تكتب أحيانًا الأحرف الأولى من اسمك فقط. اكتب الدالة `initials(fullName)`: تُرجِع الحرف الأول من كل اسم بالحرف الكبير، وبعد كل حرف نقطة. مثلًا `initials('Amina Yusuf')` تُرجِع `'A.Y.'`. انتبه: قد تكون الأسماء بحروف صغيرة، وقد توجد مسافات زائدة.",
        hints: [
          "الدالة `fullName.split(' ')` تقطع النص عند كل مسافة وتُعطي قائمةً بالأسماء.",
          "المسافات الزائدة تُعطي نصوصًا فارغة `''` في القائمة: تجاوَزها.",
          'القيمة `name[0].toUpperCase()` هي الحرف الأول من `name` بالحرف الكبير.',
        ],
      },
    }),
  ],
};
