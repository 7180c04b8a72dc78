import { type AuthoredModule, exercise, lines, TODO } from './authoring';

/** The cart of the shopping exercise, shown in its prompt in every language. */
const CART_EXAMPLE = [
  '```js',
  '[',
  "  { name: 'rice', price: 2.5, quantity: 2 },",
  "  { name: 'milk', price: 1.1, quantity: 3 },",
  ']',
  '```',
];

/** The departures of the bus-times exercise, shown in its prompt in every language. */
const DEPARTURES_EXAMPLE = [
  '```js',
  'byLine([',
  "  { line: '12', time: '08:15' },",
  "  { line: '7', time: '08:20' },",
  "  { line: '12', time: '08:45' },",
  ']);',
  "// { '12': ['08:15', '08:45'], '7': ['08:20'] }",
  '```',
];

export const OBJECTS: AuthoredModule = {
  translations: {
    en: { title: 'Objects' },
    fr: { title: 'Objets' },
    ar: { title: 'الكائنات' },
  },
  exercises: [
    exercise({
      file: 'contact-card',
      imports: 'contactCard',
      starter: 'export function contactCard(name, phone) {\n  return {};\n}\n',
      examples: `
describe('contactCard', () => {
  test('has the name and the phone number', () => {
    expect(contactCard('Samir', '0612345678')).toEqual(
      expect.objectContaining({ name: 'Samir', phone: '0612345678' }),
    );
  });
  test('is exactly the card we want', () => {
    expect(contactCard('Samir', '0612345678')).toEqual({
      name: 'Samir',
      phone: '0612345678',
      languages: [],
    });
  });
});`,
      hidden: `
describe('contactCard, more cases', () => {
  test('another person', () => {
    expect(contactCard('Fatima', '0798765432')).toStrictEqual({
      name: 'Fatima',
      phone: '0798765432',
      languages: [],
    });
  });
  test('the phone number stays text', () => {
    expect(contactCard('Lin', '0033123456')).toHaveProperty('phone', '0033123456');
  });
  test('each card has its own list of languages', () => {
    const first = contactCard('Ana', '0611111111');
    const second = contactCard('Omar', '0622222222');
    expect(first.languages).not.toBe(second.languages);
  });
});`,
      solution:
        'export function contactCard(name, phone) {\n  return { name, phone, languages: [] };\n}\n',
      en: {
        title: 'A contact card',
        prompt: lines(
          'Write `contactCard(name, phone)`. It returns an object with three properties:',
          '',
          '- `name`: the name,',
          '- `phone`: the phone number, as text,',
          '- `languages`: an empty list `[]`, to fill in later.',
          '',
          "`contactCard('Samir', '0612345678')` returns `{ name: 'Samir', phone: '0612345678', languages: [] }`.",
        ),
        hints: [
          'An object is written between braces: `{ name: name, phone: phone }`.',
          'When a property has the same name as a variable, you can write only `{ name, phone }`.',
          'Write `languages: []` inside the object: each call then makes a new list.',
        ],
      },
      fr: {
        title: 'Une fiche de contact',
        prompt: lines(
          'Écrivez `contactCard(name, phone)`. Elle renvoie un objet avec trois propriétés :',
          '',
          '- `name` : le nom,',
          '- `phone` : le numéro de téléphone, sous forme de texte,',
          '- `languages` : une liste vide `[]`, à remplir plus tard.',
          '',
          "`contactCard('Samir', '0612345678')` renvoie `{ name: 'Samir', phone: '0612345678', languages: [] }`.",
        ),
        hints: [
          'Un objet s’écrit entre accolades : `{ name: name, phone: phone }`.',
          'Quand une propriété a le même nom qu’une variable, vous pouvez écrire seulement `{ name, phone }`.',
          'Écrivez `languages: []` dans l’objet : chaque appel crée alors une nouvelle liste.',
        ],
      },
      ar: {
        title: 'بطاقة اتصال',
        prompt: lines(
          'اكتب الدالة `contactCard(name, phone)`. تُرجِع كائنًا له ثلاث خصائص:',
          '',
          '- `name`: الاسم،',
          '- `phone`: رقم الهاتف، نصًّا،',
          '- `languages`: قائمة فارغة `[]`، تُملأ لاحقًا.',
          '',
          "مثلًا `contactCard('Samir', '0612345678')` تُرجِع `{ name: 'Samir', phone: '0612345678', languages: [] }`.",
        ),
        hints: [
          'يُكتَب الكائن بين قوسين معقوفين: `{ name: name, phone: phone }`.',
          'إذا كان للخاصية اسمُ المتغير نفسُه، فيمكنك أن تكتب `{ name, phone }` فقط.',
          'اكتب `languages: []` داخل الكائن: هكذا يصنع كل استدعاء قائمةً جديدة.',
        ],
      },
    }),
    exercise({
      file: 'cart-total',
      imports: 'cartTotal',
      starter: 'export function cartTotal(cart) {\n  return cart.length;\n}\n',
      examples: `
describe('cartTotal', () => {
  test('rice and milk', () => {
    const cart = [
      { name: 'rice', price: 2.5, quantity: 2 },
      { name: 'milk', price: 1.1, quantity: 3 },
    ];
    expect(cartTotal(cart)).toBeCloseTo(8.3);
  });
  test('an empty cart', () => {
    expect(cartTotal([])).toBe(0);
  });
});`,
      hidden: `
describe('cartTotal, more cases', () => {
  test('ten of the same thing', () => {
    expect(cartTotal([{ name: 'bread', price: 0.99, quantity: 10 }])).toBeCloseTo(9.9);
  });
  test('nothing taken of one item', () => {
    const cart = [
      { name: 'tea', price: 3, quantity: 0 },
      { name: 'eggs', price: 0.25, quantity: 6 },
    ];
    expect(cartTotal(cart)).toBeCloseTo(1.5);
  });
  test('small prices add up', () => {
    const cart = [
      { name: 'stamp', price: 0.1, quantity: 3 },
      { name: 'envelope', price: 0.2, quantity: 1 },
    ];
    expect(cartTotal(cart)).toBeCloseTo(0.5, 5);
  });
});`,
      solution: lines(
        'export function cartTotal(cart) {',
        '  let total = 0;',
        '  for (const item of cart) total += item.price * item.quantity;',
        '  return total;',
        '}',
        '',
      ),
      en: {
        title: 'Shopping total',
        prompt: lines(
          'Your shopping cart is a list of objects. Each object has a `name`, the `price` of one item and a `quantity`:',
          '',
          ...CART_EXAMPLE,
          '',
          'Write `cartTotal(cart)`: it returns the total price. Here: 2.5 × 2 + 1.1 × 3 = 8.3. An empty cart costs `0`.',
        ),
        hints: [
          'Start with `let total = 0;` and visit each item of the cart.',
          'For each item, add `item.price * item.quantity` to the total.',
          'Prices like `1.1` are not exact in a computer, so the tests accept a very small difference.',
        ],
      },
      fr: {
        title: 'Total des courses',
        prompt: lines(
          'Votre panier est une liste d’objets. Chaque objet a un nom `name`, le prix d’un article `price` et une quantité `quantity` :',
          '',
          ...CART_EXAMPLE,
          '',
          'Écrivez `cartTotal(cart)` : elle renvoie le prix total. Ici : 2,5 × 2 + 1,1 × 3 = 8,3. Un panier vide coûte `0`.',
        ),
        hints: [
          'Commencez par `let total = 0;` et visitez chaque article du panier.',
          'Pour chaque article, ajoutez `item.price * item.quantity` au total.',
          'Des prix comme `1.1` ne sont pas exacts dans un ordinateur : les tests acceptent une toute petite différence.',
        ],
      },
      ar: {
        title: 'مجموع المشتريات',
        prompt: lines(
          'سلة مشترياتك قائمةٌ من الكائنات. لكل كائن اسم `name`، وسعر القطعة الواحدة `price`، والكمية `quantity`:',
          '',
          ...CART_EXAMPLE,
          '',
          'اكتب الدالة `cartTotal(cart)`: تُرجِع السعر الكلي. هنا: 2.5 × 2 + 1.1 × 3 = 8.3. السلة الفارغة سعرها `0`.',
        ),
        hints: [
          'ابدأ بـ `let total = 0;` ثم مُرَّ على كل عنصر في السلة.',
          'لكل عنصر، أضِف `item.price * item.quantity` إلى المجموع.',
          'الأسعار مثل `1.1` ليست دقيقة تمامًا في الحاسوب، لذلك تقبل الاختبارات فرقًا صغيرًا جدًّا.',
        ],
      },
    }),
    exercise({
      file: 'by-line',
      imports: 'byLine',
      starter: 'export function byLine(departures) {\n  return {};\n}\n',
      examples: `
describe('byLine', () => {
  test('two lines', () => {
    const departures = [
      { line: '12', time: '08:15' },
      { line: '7', time: '08:20' },
      { line: '12', time: '08:45' },
    ];
    expect(byLine(departures)).toEqual({ '12': ['08:15', '08:45'], '7': ['08:20'] });
  });
  test('no departures', () => {
    expect(byLine([])).toEqual({});
  });
});`,
      hidden: `
describe('byLine, more cases', () => {
  test('one line, many times', () => {
    const departures = [
      { line: 'N1', time: '23:10' },
      { line: 'N1', time: '23:40' },
      { line: 'N1', time: '00:10' },
    ];
    expect(byLine(departures)).toStrictEqual({ N1: ['23:10', '23:40', '00:10'] });
  });
  test('every line is there', () => {
    const departures = [
      { line: '3', time: '09:00' },
      { line: '5', time: '09:02' },
      { line: '8', time: '09:05' },
      { line: '5', time: '09:12' },
    ];
    const result = byLine(departures);
    expect(result).toEqual(expect.objectContaining({ '3': ['09:00'], '5': ['09:02', '09:12'] }));
    expect(Object.keys(result)).toHaveLength(3);
  });
});`,
      solution: lines(
        'export function byLine(departures) {',
        '  const result = {};',
        '  for (const d of departures) {',
        '    if (!result[d.line]) result[d.line] = [];',
        '    result[d.line].push(d.time);',
        '  }',
        '  return result;',
        '}',
        '',
      ),
      en: {
        title: 'Bus times by line',
        prompt: lines(
          "The screen at the bus stop lists departures as objects, like `{ line: '12', time: '08:15' }`. Write `byLine(departures)`: it returns one object. Its keys are the bus lines, and the value of each key is the list of times for that line, in the same order.",
          '',
          ...DEPARTURES_EXAMPLE,
        ),
        hints: [
          'Start with an empty object: `const result = {};`.',
          'If `result[d.line]` does not exist yet, make it an empty list: `result[d.line] = [];`.',
          'Then add the time to the list: `result[d.line].push(d.time);`.',
        ],
      },
      fr: {
        title: 'Horaires de bus par ligne',
        prompt: lines(
          "L’écran de l’arrêt de bus affiche les départs sous forme d’objets, comme `{ line: '12', time: '08:15' }`. Écrivez `byLine(departures)` : elle renvoie un seul objet. Ses clés sont les lignes de bus, et la valeur de chaque clé est la liste des horaires de cette ligne, dans le même ordre.",
          '',
          ...DEPARTURES_EXAMPLE,
        ),
        hints: [
          'Commencez avec un objet vide : `const result = {};`.',
          'Si `result[d.line]` n’existe pas encore, mettez-y une liste vide : `result[d.line] = [];`.',
          'Puis ajoutez l’horaire à la liste : `result[d.line].push(d.time);`.',
        ],
      },
      ar: {
        title: 'مواعيد الحافلات حسب الخط',
        prompt: lines(
          "تعرض شاشة محطة الحافلات مواعيد الانطلاق في شكل كائنات، مثل `{ line: '12', time: '08:15' }`. اكتب الدالة `byLine(departures)`: تُرجِع كائنًا واحدًا. مفاتيحه هي خطوط الحافلات، وقيمة كل مفتاح هي قائمة مواعيد ذلك الخط، بالترتيب نفسه.",
          '',
          ...DEPARTURES_EXAMPLE,
        ),
        hints: [
          'ابدأ بكائن فارغ: `const result = {};`.',
          'إذا لم يكن `result[d.line]` موجودًا بعد، فاجعله قائمة فارغة: `result[d.line] = [];`.',
          'ثم أضِف الموعد إلى القائمة: `result[d.line].push(d.time);`.',
        ],
      },
    }),
    exercise({
      file: 'word-counts',
      imports: 'wordCounts',
      starter: `export function wordCounts(text) {\n${TODO}\n}\n`,
      examples: `
describe('wordCounts', () => {
  test('a short sentence', () => {
    expect(wordCounts('the bus and the train')).toEqual({ the: 2, bus: 1, and: 1, train: 1 });
  });
  test('one word', () => {
    expect(wordCounts('hello')).toEqual({ hello: 1 });
  });
});`,
      hidden: `
describe('wordCounts, more cases', () => {
  test('capital letters do not matter', () => {
    expect(wordCounts('Go go GO')).toStrictEqual({ go: 3 });
  });
  test('extra spaces are not words', () => {
    expect(wordCounts('  one   two  ')).toStrictEqual({ one: 1, two: 1 });
  });
  test('empty text', () => {
    expect(wordCounts('')).toEqual({});
  });
  test('a longer text', () => {
    const counts = wordCounts('Rice and beans and bread and tea');
    expect(counts).toEqual(expect.objectContaining({ and: 3, rice: 1 }));
    expect(Object.keys(counts)).toContain('tea');
  });
});`,
      solution: lines(
        'export function wordCounts(text) {',
        '  const counts = {};',
        "  for (const word of text.toLowerCase().split(' ')) {",
        "    if (word === '') continue;",
        '    counts[word] = (counts[word] ?? 0) + 1;',
        '  }',
        '  return counts;',
        '}',
        '',
      ),
      en: {
        title: 'Count the words',
        prompt:
          "Write `wordCounts(text)`: it returns an object that says how many times each word is in the text. Words are separated by spaces. `Bus` and `bus` are the same word, so write the keys in small letters. `wordCounts('the bus and the train')` returns `{ the: 2, bus: 1, and: 1, train: 1 }`.",
        hints: [
          "`text.toLowerCase().split(' ')` gives the list of words, in small letters.",
          "Extra spaces give empty words `''`: skip them.",
          'For each word, add one: `counts[word] = (counts[word] ?? 0) + 1;`.',
        ],
      },
      fr: {
        title: 'Compter les mots',
        prompt:
          "Écrivez `wordCounts(text)` : elle renvoie un objet qui dit combien de fois chaque mot est dans le texte. Les mots sont séparés par des espaces. `Bus` et `bus` sont le même mot : écrivez donc les clés en minuscules. `wordCounts('the bus and the train')` renvoie `{ the: 2, bus: 1, and: 1, train: 1 }`.",
        hints: [
          "`text.toLowerCase().split(' ')` donne la liste des mots, en minuscules.",
          "Les espaces en trop donnent des mots vides `''` : passez-les.",
          'Pour chaque mot, ajoutez un : `counts[word] = (counts[word] ?? 0) + 1;`.',
        ],
      },
      ar: {
        title: 'عدّ الكلمات',
        prompt:
          "اكتب الدالة `wordCounts(text)`: تُرجِع كائنًا يُبيِّن عدد مرات ظهور كل كلمة في النص. تفصل المسافات بين الكلمات. الكلمتان `Bus` و`bus` كلمة واحدة، لذلك اكتب المفاتيح بالحروف الصغيرة. مثلًا `wordCounts('the bus and the train')` تُرجِع `{ the: 2, bus: 1, and: 1, train: 1 }`.",
        hints: [
          "العبارة `text.toLowerCase().split(' ')` يُعطي قائمة الكلمات بالحروف الصغيرة.",
          "المسافات الزائدة تُعطي كلمات فارغة `''`: تجاوَزها.",
          'لكل كلمة أضِف واحدًا: `counts[word] = (counts[word] ?? 0) + 1;`.',
        ],
      },
    }),
  ],
};
