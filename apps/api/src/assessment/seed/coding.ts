import type { SeedAssessmentItem } from './types';

/**
 * Coding readiness: logic (C.1), sequences (C.2), reading code (C.3), patterns (C.4), conditions
 * and loops (C.5). Rules in plain words first, then small pseudo-code, then a little JavaScript,
 * the language of the code track. Code stays in Latin script in every language.
 */
export const CODING_ITEMS: SeedAssessmentItem[] = [
  {
    key: 'coding-pattern-shapes-01',
    area: 'coding',
    competence: 'C.4',
    kind: 'picture',
    image: 'coding-pattern-shapes-01.svg',
    irt: { a: 1.1, b: -2.2, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt: 'What comes next in this row?',
        options: ['A circle', 'A square', 'A triangle'],
        alt: 'A row of shapes: blue circle, orange square, blue circle, orange square, blue circle, then an empty box with a question mark.',
      },
      fr: {
        prompt: 'Qu’est-ce qui vient ensuite dans cette rangée ?',
        options: ['Un rond', 'Un carré', 'Un triangle'],
        alt: 'Une rangée de formes : rond bleu, carré orange, rond bleu, carré orange, rond bleu, puis une case vide avec un point d’interrogation.',
      },
      ar: {
        prompt: 'ما الذي يأتي بعد ذلك في هذا الصف؟',
        options: ['دائرة', 'مربع', 'مثلث'],
        alt: 'صف من الأشكال: دائرة زرقاء، مربع برتقالي، دائرة زرقاء، مربع برتقالي، دائرة زرقاء، ثم خانة فارغة فيها علامة استفهام.',
      },
    },
  },
  {
    key: 'coding-count-by-two-01',
    area: 'coding',
    competence: 'C.4',
    kind: 'single',
    irt: { a: 1.2, b: -1.6, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt: 'Which number comes next? 2, 4, 6, 8, …',
        options: ['9', '10', '12', '16'],
      },
      fr: {
        prompt: 'Quel nombre vient ensuite ? 2, 4, 6, 8, …',
        options: ['9', '10', '12', '16'],
      },
      ar: {
        prompt: 'ما العدد التالي؟ 2، 4، 6، 8، …',
        options: ['9', '10', '12', '16'],
      },
    },
  },
  {
    key: 'coding-doubling-01',
    area: 'coding',
    competence: 'C.4',
    kind: 'single',
    irt: { a: 1.3, b: 0.3, c: 0.2, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt: 'Which number comes next? 1, 2, 4, 8, 16, …',
        options: ['18', '24', '32', '20'],
      },
      fr: {
        prompt: 'Quel nombre vient ensuite ? 1, 2, 4, 8, 16, …',
        options: ['18', '24', '32', '20'],
      },
      ar: {
        prompt: 'ما العدد التالي؟ 1، 2، 4، 8، 16، …',
        options: ['18', '24', '32', '20'],
      },
    },
  },
  {
    key: 'coding-two-before-01',
    area: 'coding',
    competence: 'C.4',
    kind: 'single',
    irt: { a: 1.3, b: 1.5, c: 0.2, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt:
          'Which number comes next? 1, 1, 2, 3, 5, 8, … (Tip: look at the two numbers before each number.)',
        options: ['11', '13', '10', '16'],
      },
      fr: {
        prompt:
          'Quel nombre vient ensuite ? 1, 1, 2, 3, 5, 8, … (Aide : regardez les deux nombres avant chaque nombre.)',
        options: ['11', '13', '10', '16'],
      },
      ar: {
        prompt:
          'ما العدد التالي؟ 1، 1، 2، 3، 5، 8، … (مساعدة: انظر إلى العددين اللذين قبل كل عدد.)',
        options: ['11', '13', '10', '16'],
      },
    },
  },
  {
    key: 'coding-call-steps-01',
    area: 'coding',
    competence: 'C.2',
    kind: 'ordering',
    irt: { a: 1.0, b: -2.0, provisional: true },
    answer: [2, 3, 0, 1],
    translations: {
      en: {
        prompt: 'Put the steps in order to call a friend.',
        options: [
          'Find your friend in your contacts',
          'Tap the call button',
          'Unlock the phone',
          'Open the Phone app',
        ],
      },
      fr: {
        prompt: 'Mettez les étapes dans l’ordre pour appeler un ami.',
        options: [
          'Trouver votre ami dans vos contacts',
          'Appuyer sur le bouton d’appel',
          'Déverrouiller le téléphone',
          'Ouvrir l’application Téléphone',
        ],
      },
      ar: {
        prompt: 'رتّب الخطوات للاتصال بصديق.',
        options: [
          'ابحث عن صديقك في جهات الاتصال',
          'اضغط على زر الاتصال',
          'افتح قفل الهاتف',
          'افتح تطبيق الهاتف',
        ],
      },
    },
  },
  {
    key: 'coding-robot-path-01',
    area: 'coding',
    competence: 'C.2',
    kind: 'picture',
    image: 'coding-robot-path-01.svg',
    irt: { a: 1.4, b: 0.3, c: 0.2, provisional: true },
    answer: [3],
    translations: {
      en: {
        prompt:
          'The robot looks up (see the red arrow). "forward 1" moves it one square in the direction it looks. "turn right" and "turn left" turn it without moving. Which instructions bring the robot to the star?',
        options: [
          'turn right, forward 3',
          'forward 2, turn left, forward 2',
          'forward 1, turn right, forward 1',
          'forward 2, turn right, forward 2',
        ],
        alt: 'A grid of 4 columns and 3 rows. The robot is in the bottom left square and looks up. The star is in the top row, in the third square from the left.',
      },
      fr: {
        prompt:
          'Le robot regarde vers le haut (voir la flèche rouge). « avancer 1 » le fait avancer d’une case dans la direction où il regarde. « tourner à droite » et « tourner à gauche » le font tourner sans avancer. Quelles instructions amènent le robot à l’étoile ?',
        options: [
          'tourner à droite, avancer 3',
          'avancer 2, tourner à gauche, avancer 2',
          'avancer 1, tourner à droite, avancer 1',
          'avancer 2, tourner à droite, avancer 2',
        ],
        alt: 'Une grille de 4 colonnes et 3 lignes. Le robot est dans la case en bas à gauche et regarde vers le haut. L’étoile est sur la ligne du haut, dans la troisième case en partant de la gauche.',
      },
      ar: {
        prompt:
          'الروبوت ينظر إلى الأعلى (انظر السهم الأحمر). «تقدّم 1» يحرّكه مربعاً واحداً في الاتجاه الذي ينظر إليه. «استدر يميناً» و«استدر يساراً» تديرانه دون أن يتحرك. أي تعليمات توصل الروبوت إلى النجمة؟',
        options: [
          'استدر يميناً، تقدّم 3',
          'تقدّم 2، استدر يساراً، تقدّم 2',
          'تقدّم 1، استدر يميناً، تقدّم 1',
          'تقدّم 2، استدر يميناً، تقدّم 2',
        ],
        alt: 'شبكة من 4 أعمدة و3 صفوف. الروبوت في المربع أسفل اليسار وينظر إلى الأعلى. النجمة في الصف الأعلى، في المربع الثالث من اليسار.',
      },
    },
  },
  {
    key: 'coding-sequence-bug-01',
    area: 'coding',
    competence: 'C.2',
    kind: 'single',
    irt: { a: 1.3, b: 0.5, c: 0.2, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt:
          'These steps should send an email, but one step is in the wrong place: 1. Open the email app. 2. Tap "Send". 3. Write the message. 4. Type the address. What is wrong?',
        options: [
          'Nothing is wrong',
          '"Send" comes too early: it must be the last step',
          'The email app must be opened last',
          'Step 3 is not needed',
        ],
      },
      fr: {
        prompt:
          'Ces étapes doivent envoyer un e-mail, mais une étape n’est pas à la bonne place : 1. Ouvrir l’application e-mail. 2. Appuyer sur « Envoyer ». 3. Écrire le message. 4. Taper l’adresse. Qu’est-ce qui ne va pas ?',
        options: [
          'Tout est juste',
          '« Envoyer » vient trop tôt : ce doit être la dernière étape',
          'L’application e-mail doit être ouverte à la fin',
          'L’étape 3 n’est pas utile',
        ],
      },
      ar: {
        prompt:
          'هذه الخطوات يجب أن ترسل بريداً إلكترونياً، لكن خطوة واحدة في غير مكانها: 1. افتح تطبيق البريد. 2. اضغط «إرسال». 3. اكتب الرسالة. 4. اكتب العنوان. ما الخطأ؟',
        options: [
          'لا يوجد خطأ',
          '«إرسال» جاءت مبكراً جداً: يجب أن تكون الخطوة الأخيرة',
          'يجب فتح تطبيق البريد في النهاية',
          'الخطوة 3 غير ضرورية',
        ],
      },
    },
  },
  {
    key: 'coding-biggest-number-01',
    area: 'coding',
    competence: 'C.2',
    kind: 'ordering',
    irt: { a: 1.2, b: 1.5, provisional: true },
    answer: [3, 2, 0, 4, 1],
    translations: {
      en: {
        prompt: 'A program finds the biggest number in a list. Put its steps in order.',
        options: [
          'If it is bigger than "the biggest so far", write it down in its place',
          'The number written down is the biggest',
          'Look at the next number in the list',
          'Write down the first number as "the biggest so far"',
          'Do the same with each number, until the end of the list',
        ],
      },
      fr: {
        prompt:
          'Un programme trouve le plus grand nombre d’une liste. Mettez ses étapes dans l’ordre.',
        options: [
          'S’il est plus grand que « le plus grand pour l’instant », le noter à sa place',
          'Le nombre noté est le plus grand',
          'Regarder le nombre suivant de la liste',
          'Noter le premier nombre comme « le plus grand pour l’instant »',
          'Recommencer avec chaque nombre, jusqu’à la fin de la liste',
        ],
      },
      ar: {
        prompt: 'برنامج يجد أكبر عدد في قائمة. رتّب خطواته.',
        options: [
          'إذا كان أكبر من «الأكبر حتى الآن»، سجّله مكانه',
          'العدد المسجَّل هو الأكبر',
          'انظر إلى العدد التالي في القائمة',
          'سجّل العدد الأول على أنه «الأكبر حتى الآن»',
          'كرّر ذلك مع كل عدد حتى نهاية القائمة',
        ],
      },
    },
  },
  {
    key: 'coding-all-buses-01',
    area: 'coding',
    competence: 'C.1',
    kind: 'single',
    irt: { a: 1.1, b: -1.4, c: 0.2, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt: 'All the buses of line 5 are blue. This bus is a line 5 bus. What colour is it?',
        options: ['Red', 'Blue', 'We cannot know'],
      },
      fr: {
        prompt:
          'Tous les bus de la ligne 5 sont bleus. Ce bus est un bus de la ligne 5. De quelle couleur est-il ?',
        options: ['Rouge', 'Bleu', 'On ne peut pas savoir'],
      },
      ar: {
        prompt: 'كل حافلات الخط 5 زرقاء. هذه الحافلة من الخط 5. ما لونها؟',
        options: ['حمراء', 'زرقاء', 'لا يمكن أن نعرف'],
      },
    },
  },
  {
    key: 'coding-and-rule-01',
    area: 'coding',
    competence: 'C.1',
    kind: 'single',
    irt: { a: 1.3, b: 0.5, c: 0.25, provisional: true },
    answer: [0],
    translations: {
      en: {
        prompt:
          'Rule: you can join the course if you are 18 or older AND you have signed up. Sam is 20 and has not signed up. Can Sam join?',
        options: ['No', 'Yes', 'Only on Mondays'],
      },
      fr: {
        prompt:
          'Règle : on peut suivre le cours si on a 18 ans ou plus ET si on a fait son inscription. Sam a 20 ans et n’a pas fait son inscription. Sam peut-il suivre le cours ?',
        options: ['Non', 'Oui', 'Seulement le lundi'],
      },
      ar: {
        prompt:
          'القاعدة: يمكنك أن تلتحق بالدورة إذا كان عمرك 18 سنة أو أكثر «و» سجّلت اسمك. عمر سام 20 سنة ولم يسجّل اسمه. هل يستطيع سام أن يلتحق؟',
        options: ['لا', 'نعم', 'فقط يوم الاثنين'],
      },
    },
  },
  {
    key: 'coding-or-rule-01',
    area: 'coding',
    competence: 'C.1',
    kind: 'single',
    irt: { a: 1.3, b: 1.0, c: 0.25, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt:
          'Rule: you get a free bus pass if you are under 26 OR you are looking for work. Lina is 40 and is looking for work. Does Lina get the pass?',
        options: ['No', 'Yes', 'We cannot know'],
      },
      fr: {
        prompt:
          'Règle : on a une carte de bus gratuite si on a moins de 26 ans OU si on cherche du travail. Lina a 40 ans et cherche du travail. Est-ce que Lina a la carte ?',
        options: ['Non', 'Oui', 'On ne peut pas savoir'],
      },
      ar: {
        prompt:
          'القاعدة: تحصل على بطاقة حافلة مجانية إذا كان عمرك أقل من 26 سنة «أو» كنت تبحث عن عمل. عمر لينا 40 سنة وهي تبحث عن عمل. هل تحصل لينا على البطاقة؟',
        options: ['لا', 'نعم', 'لا يمكن أن نعرف'],
      },
    },
  },
  {
    key: 'coding-not-sure-01',
    area: 'coding',
    competence: 'C.1',
    kind: 'single',
    irt: { a: 1.2, b: 1.8, c: 0.25, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt:
          'Every learner in group A has a laptop. Rami has a laptop. Is Rami surely in group A?',
        options: ['Yes, for sure', 'Rami has no laptop', 'No, not for sure'],
      },
      fr: {
        prompt:
          'Chaque apprenant du groupe A a un ordinateur portable. Rami a un ordinateur portable. Est-ce que Rami est sûrement dans le groupe A ?',
        options: ['Oui, c’est sûr', 'Rami n’a pas d’ordinateur portable', 'Non, ce n’est pas sûr'],
      },
      ar: {
        prompt:
          'كل متعلّم في المجموعة A عنده حاسوب محمول. رامي عنده حاسوب محمول. هل رامي بالتأكيد في المجموعة A؟',
        options: ['نعم، بالتأكيد', 'رامي ليس عنده حاسوب محمول', 'لا، ليس بالتأكيد'],
      },
    },
  },
  {
    key: 'coding-flowchart-rain-01',
    area: 'coding',
    competence: 'C.5',
    kind: 'picture',
    image: 'coding-flowchart-rain-01.svg',
    irt: { a: 1.2, b: -0.8, c: 0.2, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt:
          'This chart is a rule. Start at the dot at the top. The diamond asks: "Is it raining?" ✓ means yes, ✗ means no. It is raining. Where do you arrive?',
        options: ['At the sun', 'At the umbrella', 'Back at the start'],
        alt: 'A chart. From a dot at the top, an arrow goes to a diamond with a rain cloud. From the diamond, an arrow with a green tick (✓) goes to a box with an umbrella, and an arrow with a red cross (✗) goes to a box with a sun.',
      },
      fr: {
        prompt:
          'Ce schéma est une règle. Commencez au point en haut. Le losange demande : « Est-ce qu’il pleut ? » ✓ veut dire oui, ✗ veut dire non. Il pleut. Où arrivez-vous ?',
        options: ['Au soleil', 'Au parapluie', 'De nouveau au début'],
        alt: 'Un schéma. D’un point en haut, une flèche va vers un losange avec un nuage de pluie. Du losange, une flèche avec une coche verte (✓) va vers une case avec un parapluie, et une flèche avec une croix rouge (✗) va vers une case avec un soleil.',
      },
      ar: {
        prompt:
          'هذا المخطط قاعدة. ابدأ من النقطة في الأعلى. المعيّن يسأل: «هل تمطر؟» ✓ تعني نعم، و✗ تعني لا. الجو ممطر. أين تصل؟',
        options: ['إلى الشمس', 'إلى المظلة', 'إلى البداية من جديد'],
        alt: 'مخطط. من نقطة في الأعلى يذهب سهم إلى معيّن فيه سحابة مطر. من المعيّن يذهب سهم عليه علامة صح خضراء (✓) إلى خانة فيها مظلة، وسهم عليه علامة خطأ حمراء (✗) إلى خانة فيها شمس.',
      },
    },
  },
  {
    key: 'coding-traffic-light-01',
    area: 'coding',
    competence: 'C.5',
    kind: 'single',
    irt: { a: 1.0, b: -2.2, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt:
          'Rule: if the traffic light is red, stop; if it is green, go. The light is red. What do you do?',
        options: ['I go', 'I stop', 'I run'],
      },
      fr: {
        prompt:
          'Règle : si le feu est rouge, on s’arrête ; s’il est vert, on avance. Le feu est rouge. Que faites-vous ?',
        options: ['J’avance', 'Je m’arrête', 'Je cours'],
      },
      ar: {
        prompt:
          'القاعدة: إذا كانت إشارة المرور حمراء، توقّف؛ وإذا كانت خضراء، امشِ. الإشارة حمراء. ماذا تفعل؟',
        options: ['أمشي', 'أتوقف', 'أركض'],
      },
    },
  },
  {
    key: 'coding-clap-repeat-01',
    area: 'coding',
    competence: 'C.5',
    kind: 'single',
    irt: { a: 1.0, b: -2.0, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt: 'Instruction: "Repeat 3 times: clap your hands." How many times do you clap?',
        options: ['1', '6', '3', '0'],
      },
      fr: {
        prompt:
          'Instruction : « Répéter 3 fois : taper dans les mains. » Combien de fois tapez-vous dans les mains ?',
        options: ['1', '6', '3', '0'],
      },
      ar: {
        prompt: 'التعليمة: «كرّر 3 مرات: صفّق بيديك.» كم مرة تصفّق؟',
        options: ['1', '6', '3', '0'],
      },
    },
  },
  {
    key: 'coding-sugar-until-01',
    area: 'coding',
    competence: 'C.5',
    kind: 'single',
    irt: { a: 1.1, b: -0.5, c: 0.2, provisional: true },
    answer: [3],
    translations: {
      en: {
        prompt:
          'Rule: "Add one spoon of sugar, then taste. Repeat until the tea is sweet enough." When do you stop?',
        options: [
          'Always after one spoon',
          'Never',
          'Before you start',
          'When the tea is sweet enough',
        ],
      },
      fr: {
        prompt:
          'Règle : « Ajouter une cuillère de sucre, puis goûter. Recommencer jusqu’à ce que le thé soit assez sucré. » Quand vous arrêtez-vous ?',
        options: [
          'Toujours après une cuillère',
          'Jamais',
          'Avant de commencer',
          'Quand le thé est assez sucré',
        ],
      },
      ar: {
        prompt:
          'القاعدة: «أضف ملعقة سكر، ثم تذوّق. كرّر حتى يصبح الشاي حلواً بما يكفي.» متى تتوقف؟',
        options: [
          'دائماً بعد ملعقة واحدة',
          'أبداً',
          'قبل أن أبدأ',
          'عندما يصبح الشاي حلواً بما يكفي',
        ],
      },
    },
  },
  {
    key: 'coding-read-assign-01',
    area: 'coding',
    competence: 'C.3',
    kind: 'single',
    code: 'x = 3\nx = x + 2\nshow x',
    irt: { a: 1.6, b: 0.4, c: 0.2, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt:
          'Read this small program. The computer does one line after the other. "show" writes a value on the screen. What does it show?',
        options: ['3', '5', '2', 'x + 2'],
      },
      fr: {
        prompt:
          'Lisez ce petit programme. L’ordinateur fait une ligne après l’autre. « show » écrit une valeur à l’écran. Qu’est-ce qu’il affiche ?',
        options: ['3', '5', '2', 'x + 2'],
      },
      ar: {
        prompt:
          'اقرأ هذا البرنامج الصغير. ينفّذ الحاسوب سطراً بعد سطر. الأمر show يكتب قيمة على الشاشة. ماذا يُظهر؟',
        options: ['3', '5', '2', 'x + 2'],
      },
    },
  },
  {
    key: 'coding-read-swap-01',
    area: 'coding',
    competence: 'C.3',
    kind: 'single',
    code: 'a = 1\nb = 2\na = b\nb = a\nshow b',
    irt: { a: 1.6, b: 1.6, c: 0.2, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt:
          'The computer does one line after the other, and "=" puts the value on the right into the name on the left. What does this program show?',
        options: ['1', '2', '0', '3'],
      },
      fr: {
        prompt:
          'L’ordinateur fait une ligne après l’autre, et « = » met la valeur de droite dans le nom de gauche. Qu’est-ce que ce programme affiche ?',
        options: ['1', '2', '0', '3'],
      },
      ar: {
        prompt:
          'ينفّذ الحاسوب سطراً بعد سطر، والرمز = يضع القيمة التي على اليمين في الاسم الذي على اليسار. ماذا يُظهر هذا البرنامج؟',
        options: ['1', '2', '0', '3'],
      },
    },
  },
  {
    key: 'coding-variable-box-01',
    area: 'coding',
    competence: 'C.3',
    kind: 'single',
    irt: { a: 1.1, b: 0.2, c: 0.2, provisional: true },
    answer: [3],
    translations: {
      en: {
        prompt: 'In a program, what is a variable like?',
        options: [
          'A broken part of the computer',
          'A picture on the screen',
          'The power cable',
          'A box with a name, which keeps a value',
        ],
      },
      fr: {
        prompt: 'Dans un programme, à quoi ressemble une variable ?',
        options: [
          'Une pièce cassée de l’ordinateur',
          'Une image sur l’écran',
          'Le câble électrique',
          'Une boîte avec un nom, qui garde une valeur',
        ],
      },
      ar: {
        prompt: 'في البرنامج، بماذا يشبه المتغيّر؟',
        options: [
          'قطعة مكسورة من الحاسوب',
          'صورة على الشاشة',
          'سلك الكهرباء',
          'علبة لها اسم تحفظ قيمة',
        ],
      },
    },
  },
  {
    key: 'coding-read-if-01',
    area: 'coding',
    competence: 'C.5',
    kind: 'single',
    code: 'price = 4\nmoney = 10\nif money >= price:\n    money = money - price\nshow money',
    irt: { a: 1.5, b: 0.9, c: 0.2, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt:
          'A small program for buying a bus ticket. ">=" means "is bigger than or equal to". The line after "if" runs only when the condition is true. What does it show?',
        options: ['10', '4', '6', '14'],
      },
      fr: {
        prompt:
          'Un petit programme pour acheter un ticket de bus. « >= » veut dire « est plus grand ou égal à ». La ligne après « if » se fait seulement si la condition est vraie. Qu’est-ce qu’il affiche ?',
        options: ['10', '4', '6', '14'],
      },
      ar: {
        prompt:
          'برنامج صغير لشراء تذكرة حافلة. الرمز >= يعني «أكبر من أو يساوي». السطر الذي بعد if يُنفَّذ فقط إذا كان الشرط صحيحاً. ماذا يُظهر؟',
        options: ['10', '4', '6', '14'],
      },
    },
  },
  {
    key: 'coding-read-repeat-01',
    area: 'coding',
    competence: 'C.5',
    kind: 'single',
    code: 'total = 0\nrepeat 3 times:\n    total = total + 5\nshow total',
    irt: { a: 1.5, b: 1.1, c: 0.2, provisional: true },
    answer: [0],
    translations: {
      en: {
        prompt:
          'The line that starts further in (indented) is repeated. What does this program show?',
        options: ['15', '5', '8', '3'],
      },
      fr: {
        prompt:
          'La ligne qui commence plus loin (en retrait) est répétée. Qu’est-ce que ce programme affiche ?',
        options: ['15', '5', '8', '3'],
      },
      ar: {
        prompt: 'السطر الذي يبدأ بعد مسافة فارغة يتكرّر. ماذا يُظهر هذا البرنامج؟',
        options: ['15', '5', '8', '3'],
      },
    },
  },
  {
    key: 'coding-js-loop-01',
    area: 'coding',
    competence: 'C.5',
    kind: 'single',
    code: 'let sum = 0;\nfor (let i = 1; i <= 4; i++) {\n  sum = sum + i;\n}\nconsole.log(sum);',
    irt: { a: 1.7, b: 2.2, c: 0.2, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt:
          'This is JavaScript. "i++" adds 1 to i, and console.log shows a value. What does this program show?',
        options: ['4', '10', '6', '15'],
      },
      fr: {
        prompt:
          'Voici du JavaScript. « i++ » ajoute 1 à i, et console.log affiche une valeur. Qu’est-ce que ce programme affiche ?',
        options: ['4', '10', '6', '15'],
      },
      ar: {
        prompt:
          'هذا برنامج بلغة JavaScript. الأمر i++ يضيف 1 إلى i، والأمر console.log يُظهر قيمة. ماذا يُظهر هذا البرنامج؟',
        options: ['4', '10', '6', '15'],
      },
    },
  },
  {
    key: 'coding-js-function-01',
    area: 'coding',
    competence: 'C.3',
    kind: 'single',
    code: 'function double(n) {\n  return n * 2;\n}\nconsole.log(double(double(3)));',
    irt: { a: 1.7, b: 2.5, c: 0.2, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt:
          'This is JavaScript. A function is a set of instructions with a name; "return" gives back its result. What does this program show?',
        options: ['6', '9', '12', '36'],
      },
      fr: {
        prompt:
          'Voici du JavaScript. Une fonction est un groupe d’instructions avec un nom ; « return » renvoie son résultat. Qu’est-ce que ce programme affiche ?',
        options: ['6', '9', '12', '36'],
      },
      ar: {
        prompt:
          'هذا برنامج بلغة JavaScript. الدالّة (function) مجموعة تعليمات لها اسم، والأمر return يُرجع نتيجتها. ماذا يُظهر هذا البرنامج؟',
        options: ['6', '9', '12', '36'],
      },
    },
  },
  {
    key: 'coding-free-ticket-01',
    area: 'coding',
    competence: 'C.1',
    kind: 'multiple',
    irt: { a: 1.4, b: -1.9, provisional: true },
    answer: [0, 2],
    translations: {
      en: {
        prompt:
          'Rule: "Children under 12 travel for free." Who travels for free? Choose all the right answers.',
        options: ['A girl of 8', 'A woman of 30', 'A boy of 5', 'A boy of 15'],
      },
      fr: {
        prompt:
          'Règle : « Les enfants de moins de 12 ans voyagent gratuitement. » Qui voyage gratuitement ? Choisissez toutes les bonnes réponses.',
        options: [
          'Une fille de 8 ans',
          'Une femme de 30 ans',
          'Un garçon de 5 ans',
          'Un garçon de 15 ans',
        ],
      },
      ar: {
        prompt:
          'القاعدة: «الأطفال الذين أعمارهم أقل من 12 سنة يسافرون مجاناً.» من يسافر مجاناً؟ اختر كل الإجابات الصحيحة.',
        options: ['بنت عمرها 8 سنوات', 'امرأة عمرها 30 سنة', 'ولد عمره 5 سنوات', 'ولد عمره 15 سنة'],
      },
    },
  },
  {
    key: 'coding-ticket-machine-01',
    area: 'coding',
    competence: 'C.2',
    kind: 'ordering',
    irt: { a: 1.4, b: -1.2, provisional: true },
    answer: [1, 3, 0, 2],
    translations: {
      en: {
        prompt:
          'A machine sells bus tickets. Put its instructions in the order the machine must follow them.',
        options: [
          'Take the money',
          'Show the tickets and their prices',
          'Print the ticket',
          'Wait for the person to choose a ticket',
        ],
      },
      fr: {
        prompt:
          'Une machine vend des tickets de bus. Mettez ses instructions dans l’ordre où la machine doit les suivre.',
        options: [
          'Prendre l’argent',
          'Montrer les tickets et leurs prix',
          'Imprimer le ticket',
          'Attendre que la personne choisisse un ticket',
        ],
      },
      ar: {
        prompt: 'آلة تبيع تذاكر الحافلة. رتّب تعليماتها بالترتيب الذي يجب أن تتبعه الآلة.',
        options: [
          'خذ النقود',
          'اعرض التذاكر وأسعارها',
          'اطبع التذكرة',
          'انتظر حتى يختار الشخص تذكرة',
        ],
      },
    },
  },
  {
    key: 'coding-read-battery-01',
    area: 'coding',
    competence: 'C.5',
    kind: 'multiple',
    code: 'if battery < 20:\n    saver = "on"',
    irt: { a: 1.5, b: -0.7, provisional: true },
    answer: [0, 2],
    translations: {
      en: {
        prompt:
          'A phone follows this rule. "battery" is how full the battery is, in %. "<" means "is smaller than". For which values of battery does the phone turn the saver on? Choose all the right answers.',
        options: ['10', '45', '19', '20', '80'],
      },
      fr: {
        prompt:
          'Un téléphone suit cette règle. « battery » est le niveau de la batterie, en %. « < » veut dire « est plus petit que ». Pour quelles valeurs de battery le téléphone allume-t-il l’économiseur (saver) ? Choisissez toutes les bonnes réponses.',
        options: ['10', '45', '19', '20', '80'],
      },
      ar: {
        prompt:
          'يتبع الهاتف هذه القاعدة. battery هي نسبة شحن البطارية بالمئة. الرمز \u2066<\u2069 يعني «أصغر من». عند أيّ قيم لـ battery يشغّل الهاتف وضع التوفير (saver)؟ اختر كل الإجابات الصحيحة.',
        options: ['10', '45', '19', '20', '80'],
      },
    },
  },
  {
    key: 'coding-read-age-price-01',
    area: 'coding',
    competence: 'C.5',
    kind: 'multiple',
    code: 'if age < 18 or age >= 65:\n    price = 1\nelse:\n    price = 3\nshow price',
    irt: { a: 1.6, b: 1.0, provisional: true },
    answer: [0, 3, 4],
    translations: {
      en: {
        prompt:
          'A program gives the price of a bus ticket. "<" means "is smaller than", ">=" means "is bigger than or equal to", and with "or" one of the two is enough. For which ages does it show 1? Choose all the right answers.',
        options: ['10', '18', '40', '65', '70'],
      },
      fr: {
        prompt:
          'Un programme donne le prix d’un ticket de bus. « < » veut dire « est plus petit que », « >= » veut dire « est plus grand ou égal à », et avec « or » (ou), une des deux conditions suffit. Pour quels âges affiche-t-il 1 ? Choisissez toutes les bonnes réponses.',
        options: ['10', '18', '40', '65', '70'],
      },
      ar: {
        prompt:
          'برنامج يعطي سعر تذكرة الحافلة. الرمز \u2066<\u2069 يعني «أصغر من»، والرمز \u2066>=\u2069 يعني «أكبر من أو يساوي»، ومع or (أو) يكفي أن يصحّ أحد الشرطين. لأيّ أعمار يُظهر 1؟ اختر كل الإجابات الصحيحة.',
        options: ['10', '18', '40', '65', '70'],
      },
    },
  },
  {
    key: 'coding-pool-days-01',
    area: 'coding',
    competence: 'C.1',
    kind: 'multiple',
    irt: { a: 1.4, b: -2.0, provisional: true },
    answer: [1, 3, 4],
    translations: {
      en: {
        prompt:
          'Rule: "The swimming pool is open every day, except Monday and Tuesday." On which days is it open? Choose all the right answers.',
        options: ['Monday', 'Wednesday', 'Tuesday', 'Friday', 'Sunday'],
      },
      fr: {
        prompt:
          'Règle : « La piscine est ouverte tous les jours, sauf le lundi et le mardi. » Quels jours est-elle ouverte ? Choisissez toutes les bonnes réponses.',
        options: ['Lundi', 'Mercredi', 'Mardi', 'Vendredi', 'Dimanche'],
      },
      ar: {
        prompt:
          'القاعدة: «المسبح مفتوح كل يوم ما عدا الاثنين والثلاثاء.» في أيّ أيام يكون مفتوحاً؟ اختر كل الإجابات الصحيحة.',
        options: ['الاثنين', 'الأربعاء', 'الثلاثاء', 'الجمعة', 'الأحد'],
      },
    },
  },
  {
    key: 'coding-read-work-hours-01',
    area: 'coding',
    competence: 'C.5',
    kind: 'multiple',
    code: 'if hours >= 35:\n    show "full time"\nelse:\n    show "part time"',
    irt: { a: 1.5, b: -0.2, provisional: true },
    answer: [0, 2, 4],
    translations: {
      en: {
        prompt:
          'A program says if a job is full time or part time. "hours" is the number of hours of work in a week. ">=" means "is bigger than or equal to". The line after "else" runs only when the condition is not true. For which values of hours does it show "part time"? Choose all the right answers.',
        options: ['20', '35', '34', '40', '10'],
      },
      fr: {
        prompt:
          'Un programme dit si un travail est à temps plein (full time) ou à temps partiel (part time). « hours » est le nombre d’heures de travail par semaine. « >= » veut dire « est plus grand ou égal à ». La ligne après « else » (sinon) se fait seulement si la condition n’est pas vraie. Pour quelles valeurs de hours affiche-t-il « part time » ? Choisissez toutes les bonnes réponses.',
        options: ['20', '35', '34', '40', '10'],
      },
      ar: {
        prompt:
          'برنامج يقول إن كان العمل بدوام كامل (full time) أو بدوام جزئي (part time). hours هو عدد ساعات العمل في الأسبوع. الرمز \u2066>=\u2069 يعني «أكبر من أو يساوي». السطر الذي بعد else (وإلّا) يُنفَّذ فقط إذا لم يكن الشرط صحيحاً. لأيّ قيم لـ hours يُظهر \u2066"part time"\u2069؟ اختر كل الإجابات الصحيحة.',
        options: ['20', '35', '34', '40', '10'],
      },
    },
  },
  {
    key: 'coding-count-adults-01',
    area: 'coding',
    competence: 'C.2',
    kind: 'ordering',
    irt: { a: 1.5, b: 0.1, provisional: true },
    answer: [2, 0, 3, 1],
    translations: {
      en: {
        prompt:
          'A program counts how many people in a list are 18 or older. Put its steps in order.',
        options: [
          'Look at the person: if they are 18 or older, add 1 to the counter',
          'Show the counter',
          'Set the counter to 0 and start with the first person in the list',
          'Move to the next person and go back to "Look at the person", until no one is left',
        ],
      },
      fr: {
        prompt:
          'Un programme compte combien de personnes d’une liste ont 18 ans ou plus. Mettez ses étapes dans l’ordre.',
        options: [
          'Regarder la personne : si elle a 18 ans ou plus, ajouter 1 au compteur',
          'Afficher le compteur',
          'Mettre le compteur à 0 et commencer par la première personne de la liste',
          'Passer à la personne suivante et revenir à « Regarder la personne », jusqu’à ce qu’il ne reste personne',
        ],
      },
      ar: {
        prompt: 'برنامج يعدّ كم شخصاً في قائمة عمره 18 سنة أو أكثر. رتّب خطواته.',
        options: [
          'انظر إلى الشخص: إذا كان عمره 18 سنة أو أكثر، أضف 1 إلى العدّاد',
          'أظهر العدّاد',
          'اجعل قيمة العدّاد 0 وابدأ بأول شخص في القائمة',
          'انتقل إلى الشخص التالي وارجع إلى «انظر إلى الشخص»، حتى لا يبقى أحد',
        ],
      },
    },
  },
  {
    key: 'coding-read-countdown-01',
    area: 'coding',
    competence: 'C.5',
    kind: 'multiple',
    code: 'count = 10\nrepeat 3 times:\n    count = count - 2\n    show count',
    irt: { a: 1.6, b: 0.3, provisional: true },
    answer: [1, 2, 3],
    translations: {
      en: {
        prompt:
          'The computer does one line after the other. The two lines that start further in (indented) are repeated 3 times. "show" writes a value on the screen. Which numbers does this program show? Choose all the right answers.',
        options: ['10', '8', '6', '4', '2'],
      },
      fr: {
        prompt:
          'L’ordinateur fait une ligne après l’autre. Les deux lignes qui commencent plus loin (en retrait) sont répétées 3 fois. « show » écrit une valeur à l’écran. Quels nombres ce programme affiche-t-il ? Choisissez toutes les bonnes réponses.',
        options: ['10', '8', '6', '4', '2'],
      },
      ar: {
        prompt:
          'ينفّذ الحاسوب سطراً بعد سطر. السطران اللذان يبدآن بعد مسافة فارغة يتكرّران 3 مرات. الأمر show يكتب قيمة على الشاشة. ما الأعداد التي يُظهرها هذا البرنامج؟ اختر كل الإجابات الصحيحة.',
        options: ['10', '8', '6', '4', '2'],
      },
    },
  },
  {
    key: 'coding-wash-hands-01',
    area: 'coding',
    competence: 'C.2',
    kind: 'ordering',
    irt: { a: 1.7, b: -2.2, provisional: true },
    answer: [1, 3, 0, 2],
    translations: {
      en: {
        prompt: 'Put the steps in order to wash your hands.',
        options: [
          'Rinse off the soap with water',
          'Wet your hands with water',
          'Dry your hands with a towel',
          'Put soap on your hands and rub them',
        ],
      },
      fr: {
        prompt: 'Mettez les étapes dans l’ordre pour vous laver les mains.',
        options: [
          'Rincer le savon avec de l’eau',
          'Mouiller vos mains avec de l’eau',
          'Sécher vos mains avec une serviette',
          'Mettre du savon sur vos mains et les frotter',
        ],
      },
      ar: {
        prompt: 'رتّب الخطوات لتغسل يديك.',
        options: [
          'اشطف الصابون بالماء',
          'بلّل يديك بالماء',
          'جفّف يديك بمنشفة',
          'ضع الصابون على يديك وافركهما',
        ],
      },
    },
  },
  {
    key: 'coding-laundry-rule-01',
    area: 'coding',
    competence: 'C.5',
    kind: 'multiple',
    irt: { a: 1.8, b: -2.0, provisional: true },
    answer: [1, 3],
    translations: {
      en: {
        prompt:
          'Rule: "If a piece of clothing is white, put it in washing machine 1. If not, put it in washing machine 2." What goes in machine 2? Choose all the right answers.',
        options: ['A white shirt', 'A blue shirt', 'White socks', 'Black trousers'],
      },
      fr: {
        prompt:
          'Règle : « Si un vêtement est blanc, mettez-le dans la machine à laver 1. Sinon, mettez-le dans la machine à laver 2. » Qu’est-ce qui va dans la machine 2 ? Choisissez toutes les bonnes réponses.',
        options: [
          'Une chemise blanche',
          'Une chemise bleue',
          'Des chaussettes blanches',
          'Un pantalon noir',
        ],
      },
      ar: {
        prompt:
          'القاعدة: «إذا كانت قطعة الملابس بيضاء، فضعها في الغسالة 1. وإلا، فضعها في الغسالة 2.» ما الذي يوضع في الغسالة 2؟ اختر كل الإجابات الصحيحة.',
        options: ['قميص أبيض', 'قميص أزرق', 'جوارب بيضاء', 'بنطال أسود'],
      },
    },
  },
  {
    key: 'coding-count-by-five-01',
    area: 'coding',
    competence: 'C.4',
    kind: 'multiple',
    irt: { a: 1.8, b: -1.8, provisional: true },
    answer: [0, 2],
    translations: {
      en: {
        prompt:
          'The row goes on in the same way: 5, 10, 15, 20, … Which of these numbers also come later in the row? Choose all the right answers.',
        options: ['25', '27', '30', '32'],
      },
      fr: {
        prompt:
          'La suite continue de la même façon : 5, 10, 15, 20, … Lesquels de ces nombres viennent aussi plus loin dans la suite ? Choisissez toutes les bonnes réponses.',
        options: ['25', '27', '30', '32'],
      },
      ar: {
        prompt:
          'تستمر هذه السلسلة بالطريقة نفسها: 5، 10، 15، 20، … أيّ هذه الأعداد يأتي أيضاً بعد ذلك في السلسلة؟ اختر كل الإجابات الصحيحة.',
        options: ['25', '27', '30', '32'],
      },
    },
  },
  {
    key: 'coding-library-rule-01',
    area: 'coding',
    competence: 'C.1',
    kind: 'multiple',
    irt: { a: 1.8, b: -1.2, provisional: true },
    answer: [0, 3],
    translations: {
      en: {
        prompt:
          'Library rule: "You can borrow a book if you have a library card and you have brought back all the books you borrowed before." Who can borrow a book today? Choose all the right answers.',
        options: [
          'Nadia: she has a card, and she has brought back all her books',
          'Omar: he has brought back all his books, but he has no card',
          'Paul: he has a card, but one of his books is still at home',
          'Mei: she has a card, and she has no borrowed books at home',
        ],
      },
      fr: {
        prompt:
          'Règle de la bibliothèque : « Vous pouvez emprunter un livre si vous avez une carte de bibliothèque et si vous avez rendu tous les livres empruntés avant. » Qui peut emprunter un livre aujourd’hui ? Choisissez toutes les bonnes réponses.',
        options: [
          'Nadia : elle a une carte, et elle a rendu tous ses livres',
          'Omar : il a rendu tous ses livres, mais il n’a pas de carte',
          'Paul : il a une carte, mais un de ses livres est encore chez lui',
          'Mei : elle a une carte, et elle n’a aucun livre emprunté chez elle',
        ],
      },
      ar: {
        prompt:
          'قاعدة المكتبة: «يمكنك أن تستعير كتاباً إذا كانت عندك بطاقة مكتبة وأعدت كل الكتب التي استعرتها من قبل.» من يستطيع أن يستعير كتاباً اليوم؟ اختر كل الإجابات الصحيحة.',
        options: [
          'نادية: عندها بطاقة، وأعادت كل كتبها',
          'عمر: أعاد كل كتبه، لكن ليست عنده بطاقة',
          'بول: عنده بطاقة، لكن أحد كتبه ما زال في بيته',
          'مي: عندها بطاقة، وليس في بيتها أي كتاب مستعار',
        ],
      },
    },
  },
  {
    key: 'coding-heating-rule-01',
    area: 'coding',
    competence: 'C.5',
    kind: 'multiple',
    irt: { a: 1.8, b: -1.0, provisional: true },
    answer: [1, 4],
    translations: {
      en: {
        prompt:
          'Rule for the heating: "If the room is colder than 19 °C, turn the heating on. If not, turn it off." For which room temperatures is the heating on? Choose all the right answers.',
        options: ['23 °C', '15 °C', '19 °C', '21 °C', '18 °C'],
      },
      fr: {
        prompt:
          'Règle pour le chauffage : « Si la pièce est à moins de 19 °C, allumez le chauffage. Sinon, éteignez-le. » Pour quelles températures de la pièce le chauffage est-il allumé ? Choisissez toutes les bonnes réponses.',
        options: ['23 °C', '15 °C', '19 °C', '21 °C', '18 °C'],
      },
      ar: {
        prompt:
          'قاعدة التدفئة: «إذا كانت حرارة الغرفة أقل من 19 درجة، فشغّل التدفئة. وإلا، فأطفئها.» عند أيّ درجات حرارة في الغرفة تكون التدفئة مشغّلة؟ اختر كل الإجابات الصحيحة.',
        options: ['23 درجة', '15 درجة', '19 درجة', '21 درجة', '18 درجة'],
      },
    },
  },
  {
    key: 'coding-read-greeting-01',
    area: 'coding',
    competence: 'C.3',
    kind: 'multiple',
    code: 'name = "Sara"\nshow "Hello"\nshow name',
    irt: { a: 1.8, b: -0.8, provisional: true },
    answer: [0, 2],
    translations: {
      en: {
        prompt:
          'The computer does one line after the other. "=" puts the value on the right into the name on the left, and "show" writes a value on the screen. What does this program write on the screen? Choose all the right answers.',
        options: ['Hello', 'name', 'Sara', 'show'],
      },
      fr: {
        prompt:
          'L’ordinateur fait une ligne après l’autre. « = » met la valeur de droite dans le nom de gauche, et « show » écrit une valeur à l’écran. Qu’est-ce que ce programme écrit à l’écran ? Choisissez toutes les bonnes réponses.',
        options: ['Hello', 'name', 'Sara', 'show'],
      },
      ar: {
        prompt:
          'ينفّذ الحاسوب سطراً بعد سطر. الرمز = يضع القيمة التي على اليمين في الاسم الذي على اليسار، والأمر show يكتب قيمة على الشاشة. ماذا يكتب هذا البرنامج على الشاشة؟ اختر كل الإجابات الصحيحة.',
        options: ['Hello', 'name', 'Sara', 'show'],
      },
    },
  },
  {
    key: 'coding-alarm-program-01',
    area: 'coding',
    competence: 'C.2',
    kind: 'ordering',
    irt: { a: 1.8, b: -0.2, provisional: true },
    answer: [2, 1, 3, 0],
    translations: {
      en: {
        prompt: 'A phone alarm works like a small program. Put its steps in order.',
        options: [
          'Ring until the person taps "Stop"',
          'Look at the clock',
          'Save the time the person chooses, for example 06:00',
          'If it is not 06:00 yet, wait one minute and go back to "Look at the clock"',
        ],
      },
      fr: {
        prompt:
          'Une alarme de téléphone marche comme un petit programme. Mettez ses étapes dans l’ordre.',
        options: [
          'Sonner jusqu’à ce que la personne appuie sur « Arrêter »',
          'Regarder l’horloge',
          'Enregistrer l’heure que la personne choisit, par exemple 06:00',
          'S’il n’est pas encore 06:00, attendre une minute et revenir à « Regarder l’horloge »',
        ],
      },
      ar: {
        prompt: 'منبّه الهاتف يعمل مثل برنامج صغير. رتّب خطواته.',
        options: [
          'شغّل الرنين حتى يضغط الشخص على «إيقاف»',
          'انظر إلى الساعة',
          'احفظ الوقت الذي يختاره الشخص، مثلاً 06:00',
          'إذا لم تصل الساعة إلى 06:00 بعد، فانتظر دقيقة وارجع إلى «انظر إلى الساعة»',
        ],
      },
    },
  },
  {
    key: 'coding-read-weather-01',
    area: 'coding',
    competence: 'C.3',
    kind: 'multiple',
    code: 'temperature = 28\nif temperature > 25:\n    show "Take water"\nif temperature < 10:\n    show "Take a coat"\nshow "Have a nice day"',
    irt: { a: 1.8, b: 0.0, provisional: true },
    answer: [1, 3],
    translations: {
      en: {
        prompt:
          'The computer does one line after the other. ">" means "is bigger than" and "<" means "is smaller than". A line that starts further in (indented) runs only when the condition above it is true. What does this program show? Choose all the right answers.',
        options: ['28', 'Take water', 'Take a coat', 'Have a nice day'],
      },
      fr: {
        prompt:
          'L’ordinateur fait une ligne après l’autre. « > » veut dire « est plus grand que » et « < » veut dire « est plus petit que ». Une ligne qui commence plus loin (en retrait) ne s’exécute que si la condition au-dessus d’elle est vraie. Qu’est-ce que ce programme affiche ? Choisissez toutes les bonnes réponses.',
        options: ['28', 'Take water', 'Take a coat', 'Have a nice day'],
      },
      ar: {
        prompt:
          'ينفّذ الحاسوب سطراً بعد سطر. الرمز \u2066>\u2069 يعني «أكبر من» والرمز \u2066<\u2069 يعني «أصغر من». السطر الذي يبدأ بعد مسافة فارغة لا يُنفَّذ إلا إذا كان الشرط الذي فوقه صحيحاً. ماذا يُظهر هذا البرنامج؟ اختر كل الإجابات الصحيحة.',
        options: ['28', 'Take water', 'Take a coat', 'Have a nice day'],
      },
    },
  },
  {
    key: 'coding-discount-rule-01',
    area: 'coding',
    competence: 'C.1',
    kind: 'multiple',
    irt: { a: 1.8, b: 0.2, provisional: true },
    answer: [0, 3],
    translations: {
      en: {
        prompt:
          'Rule at the museum: "You get a discount if you are a student or if you are 65 or older. There is no discount on Saturdays." Who gets a discount? Choose all the right answers.',
        options: [
          'A student, on a Monday',
          'A woman of 70, on a Saturday',
          'A man of 40 who is not a student, on a Tuesday',
          'A man of 67, on a Wednesday',
          'A student, on a Saturday',
        ],
      },
      fr: {
        prompt:
          'Règle au musée : « Vous avez une réduction si vous êtes étudiant ou si vous avez 65 ans ou plus. Il n’y a pas de réduction le samedi. » Qui a une réduction ? Choisissez toutes les bonnes réponses.',
        options: [
          'Un étudiant, un lundi',
          'Une femme de 70 ans, un samedi',
          'Un homme de 40 ans qui n’est pas étudiant, un mardi',
          'Un homme de 67 ans, un mercredi',
          'Une étudiante, un samedi',
        ],
      },
      ar: {
        prompt:
          'قاعدة في المتحف: «تحصل على تخفيض إذا كنت طالباً أو إذا كان عمرك 65 سنة أو أكثر. لا يوجد تخفيض يوم السبت.» من يحصل على تخفيض؟ اختر كل الإجابات الصحيحة.',
        options: [
          'طالب، يوم الاثنين',
          'امرأة عمرها 70 سنة، يوم السبت',
          'رجل عمره 40 سنة وليس طالباً، يوم الثلاثاء',
          'رجل عمره 67 سنة، يوم الأربعاء',
          'طالبة، يوم السبت',
        ],
      },
    },
  },
  {
    key: 'coding-read-price-filter-01',
    area: 'coding',
    competence: 'C.5',
    kind: 'multiple',
    code: 'prices = [3, 12, 7, 20]\nfor each price in prices:\n    if price > 10:\n        show price',
    irt: { a: 1.8, b: 0.8, provisional: true },
    answer: [1, 3],
    translations: {
      en: {
        prompt:
          '"prices" is a list of four prices. "for each" runs the lines that start further in (indented) once for every price in the list, one after the other. ">" means "is bigger than". Which numbers does this program show? Choose all the right answers.',
        options: ['3', '12', '7', '20', '10'],
      },
      fr: {
        prompt:
          '« prices » est une liste de quatre prix. « for each » (pour chaque) exécute les lignes qui commencent plus loin (en retrait) une fois pour chaque prix de la liste, l’un après l’autre. « > » veut dire « est plus grand que ». Quels nombres ce programme affiche-t-il ? Choisissez toutes les bonnes réponses.',
        options: ['3', '12', '7', '20', '10'],
      },
      ar: {
        prompt:
          'القائمة prices فيها أربعة أسعار. الأمر for each (لكل) ينفّذ الأسطر التي تبدأ بعد مسافة فارغة مرة واحدة لكل سعر في القائمة، سعراً بعد سعر. الرمز \u2066>\u2069 يعني «أكبر من». ما الأعداد التي يُظهرها هذا البرنامج؟ اختر كل الإجابات الصحيحة.',
        options: ['3', '12', '7', '20', '10'],
      },
    },
  },
  {
    key: 'coding-read-copy-value-01',
    area: 'coding',
    competence: 'C.3',
    kind: 'multiple',
    code: 'a = 5\nb = a + 1\na = 10\nshow a\nshow b',
    irt: { a: 1.9, b: 1.0, provisional: true },
    answer: [1, 2],
    translations: {
      en: {
        prompt:
          'The computer does one line after the other, and "=" puts the value on the right into the name on the left. Which numbers does this program show? Choose all the right answers.',
        options: ['5', '6', '10', '11', '15'],
      },
      fr: {
        prompt:
          'L’ordinateur fait une ligne après l’autre, et « = » met la valeur de droite dans le nom de gauche. Quels nombres ce programme affiche-t-il ? Choisissez toutes les bonnes réponses.',
        options: ['5', '6', '10', '11', '15'],
      },
      ar: {
        prompt:
          'ينفّذ الحاسوب سطراً بعد سطر، والرمز = يضع القيمة التي على اليمين في الاسم الذي على اليسار. ما الأعداد التي يُظهرها هذا البرنامج؟ اختر كل الإجابات الصحيحة.',
        options: ['5', '6', '10', '11', '15'],
      },
    },
  },
  {
    key: 'coding-square-numbers-01',
    area: 'coding',
    competence: 'C.4',
    kind: 'multiple',
    irt: { a: 1.8, b: 1.2, provisional: true },
    answer: [0, 4],
    translations: {
      en: {
        prompt:
          'The row goes on in the same way: 1, 4, 9, 16, 25, … Which of these numbers also come later in the row? (Tip: look at how much each number grows from the one before.) Choose all the right answers.',
        options: ['36', '30', '45', '50', '49'],
      },
      fr: {
        prompt:
          'La suite continue de la même façon : 1, 4, 9, 16, 25, … Lesquels de ces nombres viennent aussi plus loin dans la suite ? (Astuce : regardez de combien chaque nombre augmente par rapport au précédent.) Choisissez toutes les bonnes réponses.',
        options: ['36', '30', '45', '50', '49'],
      },
      ar: {
        prompt:
          'تستمر هذه السلسلة بالطريقة نفسها: 1، 4، 9، 16، 25، … أيّ هذه الأعداد يأتي أيضاً بعد ذلك في السلسلة؟ (تلميح: انظر كم يزيد كل عدد على العدد الذي قبله.) اختر كل الإجابات الصحيحة.',
        options: ['36', '30', '45', '50', '49'],
      },
    },
  },
];
