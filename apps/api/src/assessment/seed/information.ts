import type { SeedAssessmentItem } from './types';

/** Information and data literacy (DigComp 1.1–1.3): finding, judging and keeping information. */
export const INFORMATION_ITEMS: SeedAssessmentItem[] = [
  {
    key: 'info-search-icon-01',
    area: 'information',
    competence: '1.1',
    kind: 'picture',
    image: 'info-search-icon-01.svg',
    irt: { a: 1.3, b: -2.3, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt: 'You want to look for something on the internet. Which button do you tap?',
        options: ['Number 1', 'Number 2', 'Number 3', 'Number 4'],
        alt: 'Four buttons with numbers: 1 a house, 2 a magnifying glass, 3 a gear wheel, 4 a rubbish bin.',
      },
      fr: {
        prompt: 'Vous voulez chercher quelque chose sur internet. Sur quel bouton appuyez-vous ?',
        options: ['Numéro 1', 'Numéro 2', 'Numéro 3', 'Numéro 4'],
        alt: 'Quatre boutons avec des numéros : 1 une maison, 2 une loupe, 3 une roue dentée, 4 une poubelle.',
      },
      ar: {
        prompt: 'تريد أن تبحث عن شيء على الإنترنت. على أي زر تضغط؟',
        options: ['رقم 1', 'رقم 2', 'رقم 3', 'رقم 4'],
        alt: 'أربعة أزرار مرقّمة: 1 بيت، 2 عدسة مكبّرة، 3 عجلة مسنّنة، 4 سلة مهملات.',
      },
    },
  },
  {
    key: 'info-search-words-01',
    area: 'information',
    competence: '1.1',
    kind: 'single',
    irt: { a: 1.1, b: -1.6, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt:
          'You are looking for work as a cook near where you live. What is best to type in the search box?',
        options: ['hello', 'job', 'cook job near me', 'please help me I need something'],
      },
      fr: {
        prompt:
          'Vous cherchez un travail de cuisinier près de chez vous. Qu’est-ce qui est le mieux à écrire dans la barre de recherche ?',
        options: [
          'bonjour',
          'travail',
          'emploi cuisinier près de chez moi',
          's’il vous plaît aidez-moi j’ai besoin de quelque chose',
        ],
      },
      ar: {
        prompt: 'تبحث عن عمل طبّاخ قريب من مكان سكنك. ما الأفضل أن تكتب في خانة البحث؟',
        options: ['مرحبا', 'عمل', 'وظيفة طبّاخ قريبة مني', 'من فضلكم ساعدوني أحتاج شيئاً'],
      },
    },
  },
  {
    key: 'info-bus-timetable-01',
    area: 'information',
    competence: '1.2',
    kind: 'picture',
    image: 'info-bus-timetable-01.svg',
    irt: { a: 1.4, b: -0.9, c: 0.2, provisional: true },
    answer: [3],
    translations: {
      en: {
        prompt:
          'This is the timetable at your bus stop. You arrive at the stop at 08:30. When does the next bus come?',
        options: ['07:50', '09:20', '08:20', '08:50'],
        alt: 'A bus stop sign with a bus and four times: 07:50, 08:20, 08:50, 09:20.',
      },
      fr: {
        prompt:
          'Voici les horaires à votre arrêt de bus. Vous arrivez à l’arrêt à 08:30. À quelle heure passe le prochain bus ?',
        options: ['07:50', '09:20', '08:20', '08:50'],
        alt: 'Un panneau d’arrêt de bus avec un bus et quatre horaires : 07:50, 08:20, 08:50, 09:20.',
      },
      ar: {
        prompt:
          'هذا جدول المواعيد في موقف الحافلة. تصل إلى الموقف الساعة 08:30. متى تأتي الحافلة التالية؟',
        options: ['07:50', '09:20', '08:20', '08:50'],
        alt: 'لافتة موقف حافلة عليها صورة حافلة وأربعة مواعيد: 07:50، 08:20، 08:50، 09:20.',
      },
    },
  },
  {
    key: 'info-chart-week-01',
    area: 'information',
    competence: '1.2',
    kind: 'picture',
    image: 'info-chart-week-01.svg',
    irt: { a: 1.2, b: 0.5, c: 0.15, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt:
          'The chart shows how many new job offers a website had each week, for 4 weeks. How many more offers were there in week 2 than in week 3?',
        options: ['8', '12', '20', '28'],
        alt: 'A bar chart with 4 bars, numbered 1 to 4 under them. Week 1: 12. Week 2: 20. Week 3: 8. Week 4: 15.',
      },
      fr: {
        prompt:
          'Le graphique montre combien de nouvelles offres d’emploi un site a eues chaque semaine, pendant 4 semaines. Combien d’offres en plus y a-t-il eu la semaine 2 par rapport à la semaine 3 ?',
        options: ['8', '12', '20', '28'],
        alt: 'Un graphique avec 4 barres, numérotées de 1 à 4 en dessous. Semaine 1 : 12. Semaine 2 : 20. Semaine 3 : 8. Semaine 4 : 15.',
      },
      ar: {
        prompt:
          'يبيّن الرسم البياني عدد عروض العمل الجديدة على موقع إلكتروني في كل أسبوع، خلال 4 أسابيع. كم عرضاً زاد في الأسبوع 2 عن الأسبوع 3؟',
        options: ['8', '12', '20', '28'],
        alt: 'رسم بياني فيه 4 أعمدة، مرقّمة من 1 إلى 4 تحتها. الأسبوع 1: 12. الأسبوع 2: 20. الأسبوع 3: 8. الأسبوع 4: 15.',
      },
    },
  },
  {
    key: 'info-health-rumour-01',
    area: 'information',
    competence: '1.2',
    kind: 'single',
    irt: { a: 1.2, b: -0.3, c: 0.15, provisional: true },
    answer: [3],
    translations: {
      en: {
        prompt:
          'A message in a group chat says: "Hot water cures every illness. Share it with everyone!" What is best to do?',
        options: [
          'Share it with all your contacts',
          'Believe it, because many people shared it',
          'Stop taking your medicine',
          'Check it first with a doctor or a trusted health website',
        ],
      },
      fr: {
        prompt:
          'Un message dans un groupe dit : « L’eau chaude guérit toutes les maladies. Partagez à tout le monde ! » Que faut-il faire ?',
        options: [
          'Le partager avec tous vos contacts',
          'Le croire, parce que beaucoup de gens l’ont partagé',
          'Arrêter de prendre vos médicaments',
          'Vérifier d’abord avec un médecin ou un site de santé fiable',
        ],
      },
      ar: {
        prompt:
          'رسالة في مجموعة دردشة تقول: «الماء الساخن يشفي كل الأمراض. أرسلها للجميع!» ما الأفضل أن تفعل؟',
        options: [
          'أن ترسلها إلى كل جهات الاتصال عندك',
          'أن تصدّقها لأن كثيراً من الناس أرسلوها',
          'أن تتوقف عن أخذ دوائك',
          'أن تتحقق منها أولاً مع طبيب أو في موقع صحي موثوق',
        ],
      },
    },
  },
  {
    key: 'info-trust-source-01',
    area: 'information',
    competence: '1.2',
    kind: 'multiple',
    irt: { a: 1.3, b: 1.2, provisional: true },
    answer: [0, 2, 4],
    translations: {
      en: {
        prompt:
          'You read a news article online. Which signs help you trust it? Choose all the right answers.',
        options: [
          'The name of the author and the date are written',
          'It is full of shocking words and "!!!"',
          'Other serious news websites say the same thing',
          'It asks you to share it fast',
          'It comes from a known newspaper or an official website',
        ],
      },
      fr: {
        prompt:
          'Vous lisez un article d’information sur internet. Quels signes vous aident à lui faire confiance ? Choisissez toutes les bonnes réponses.',
        options: [
          'Le nom de l’auteur et la date sont écrits',
          'Il est plein de mots choquants et de « !!! »',
          'D’autres sites d’information sérieux disent la même chose',
          'Il vous demande de le partager vite',
          'Il vient d’un journal connu ou d’un site officiel',
        ],
      },
      ar: {
        prompt:
          'تقرأ مقالاً إخبارياً على الإنترنت. ما العلامات التي تساعدك على الثقة به؟ اختر كل الإجابات الصحيحة.',
        options: [
          'اسم الكاتب والتاريخ مكتوبان',
          'مليء بكلمات صادمة وبعلامات «!!!»',
          'مواقع إخبارية جادّة أخرى تقول الشيء نفسه',
          'يطلب منك أن تنشره بسرعة',
          'يأتي من صحيفة معروفة أو من موقع رسمي',
        ],
      },
    },
  },
  {
    key: 'info-ad-result-01',
    area: 'information',
    competence: '1.2',
    kind: 'single',
    irt: { a: 1.2, b: 1.0, c: 0.2, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt:
          'On a page of search results, some results have a small label "Ad" or "Sponsored". What does it mean?',
        options: [
          'It is the best answer to your question',
          'It comes from the government',
          'Someone paid to show it there',
          'The website has a virus',
        ],
      },
      fr: {
        prompt:
          'Sur une page de résultats de recherche, certains résultats ont une petite étiquette « Annonce » ou « Sponsorisé ». Qu’est-ce que cela veut dire ?',
        options: [
          'C’est la meilleure réponse à votre question',
          'Il vient du gouvernement',
          'Quelqu’un a payé pour le montrer là',
          'Le site a un virus',
        ],
      },
      ar: {
        prompt:
          'في صفحة نتائج البحث، بعض النتائج عليها كلمة صغيرة «إعلان» أو «مُموَّل». ماذا يعني ذلك؟',
        options: [
          'إنها أفضل إجابة عن سؤالك',
          'إنها من الحكومة',
          'شخص ما دفع مالاً ليظهرها هناك',
          'في الموقع فيروس',
        ],
      },
    },
  },
  {
    key: 'info-official-site-01',
    area: 'information',
    competence: '1.2',
    kind: 'single',
    irt: { a: 1.1, b: -0.4, c: 0.15, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt:
          'You need to renew your residence permit. Where do you find the most reliable information?',
        options: [
          'A video from a person you do not know',
          'The official website of the government or the city',
          'A comment in a social media group',
          'An advert that asks for money first',
        ],
      },
      fr: {
        prompt:
          'Vous devez renouveler votre titre de séjour. Où trouvez-vous l’information la plus fiable ?',
        options: [
          'Une vidéo d’une personne que vous ne connaissez pas',
          'Le site officiel de l’État ou de la mairie',
          'Un commentaire dans un groupe sur les réseaux sociaux',
          'Une publicité qui demande d’abord de l’argent',
        ],
      },
      ar: {
        prompt: 'عليك أن تجدّد تصريح الإقامة. أين تجد المعلومات الأكثر موثوقية؟',
        options: [
          'فيديو من شخص لا تعرفه',
          'الموقع الرسمي للحكومة أو البلدية',
          'تعليق في مجموعة على مواقع التواصل الاجتماعي',
          'إعلان يطلب المال أولاً',
        ],
      },
    },
  },
  {
    key: 'info-save-photo-01',
    area: 'information',
    competence: '1.3',
    kind: 'single',
    irt: { a: 1.0, b: -2.0, provisional: true },
    answer: [0],
    translations: {
      en: {
        prompt: 'A friend sends you a photo of a job advert. You want to keep it. What do you do?',
        options: [
          'Save the photo on your phone',
          'Delete the message',
          'Switch off the phone',
          'Block your friend',
        ],
      },
      fr: {
        prompt:
          'Un ami vous envoie la photo d’une offre d’emploi. Vous voulez la garder. Que faites-vous ?',
        options: [
          'J’enregistre la photo sur mon téléphone',
          'Je supprime le message',
          'J’éteins le téléphone',
          'Je bloque mon ami',
        ],
      },
      ar: {
        prompt: 'أرسل لك صديق صورة إعلان عن وظيفة. تريد أن تحتفظ بها. ماذا تفعل؟',
        options: ['أحفظ الصورة في هاتفي', 'أحذف الرسالة', 'أطفئ الهاتف', 'أحظر صديقي'],
      },
    },
  },
  {
    key: 'info-find-download-01',
    area: 'information',
    competence: '1.3',
    kind: 'single',
    irt: { a: 1.2, b: 0.0, c: 0.2, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt: 'You downloaded a form (a PDF file) on your phone. Where do you usually find it?',
        options: [
          'In your contacts',
          'In your list of calls',
          'In the "Downloads" folder of the Files app',
          'In the calculator',
        ],
      },
      fr: {
        prompt:
          'Vous avez téléchargé un formulaire (un fichier PDF) sur votre téléphone. Où le trouvez-vous en général ?',
        options: [
          'Dans vos contacts',
          'Dans la liste de vos appels',
          'Dans le dossier « Téléchargements » de l’application Fichiers',
          'Dans la calculatrice',
        ],
      },
      ar: {
        prompt: 'نزّلت استمارة (ملف PDF) على هاتفك. أين تجدها عادةً؟',
        options: [
          'في جهات الاتصال',
          'في قائمة المكالمات',
          'في مجلد «التنزيلات» في تطبيق الملفات',
          'في الآلة الحاسبة',
        ],
      },
    },
  },
  {
    key: 'info-job-folder-01',
    area: 'information',
    competence: '1.3',
    kind: 'ordering',
    irt: { a: 1.0, b: 0.6, provisional: true },
    answer: [1, 3, 0, 2],
    translations: {
      en: {
        prompt: 'You want to keep all your job documents in one place. Put the steps in order.',
        options: [
          'Give the folder the name "Work"',
          'Open the Files app',
          'Move your CV and your letters into the folder',
          'Create a new folder',
        ],
      },
      fr: {
        prompt:
          'Vous voulez garder tous vos documents pour l’emploi au même endroit. Mettez les étapes dans l’ordre.',
        options: [
          'Donner au dossier le nom « Travail »',
          'Ouvrir l’application Fichiers',
          'Déplacer votre CV et vos lettres dans le dossier',
          'Créer un nouveau dossier',
        ],
      },
      ar: {
        prompt: 'تريد أن تحفظ كل وثائق العمل في مكان واحد. رتّب الخطوات.',
        options: [
          'سمِّ المجلد «عمل»',
          'افتح تطبيق الملفات',
          'انقل سيرتك الذاتية ورسائلك إلى المجلد',
          'أنشئ مجلداً جديداً',
        ],
      },
    },
  },
  {
    key: 'info-cloud-backup-01',
    area: 'information',
    competence: '1.3',
    kind: 'single',
    irt: { a: 1.3, b: 1.1, c: 0.2, provisional: true },
    answer: [3],
    translations: {
      en: {
        prompt:
          'Your phone can break or get lost. How do you keep your important photos and documents safe?',
        options: [
          'Keep them only on that phone',
          'Send them to people you do not know',
          'Take a photo of the phone',
          'Keep a copy in online storage (the cloud) or on another device',
        ],
      },
      fr: {
        prompt:
          'Votre téléphone peut se casser ou se perdre. Comment garder vos photos et documents importants en sécurité ?',
        options: [
          'Les garder seulement sur ce téléphone',
          'Les envoyer à des inconnus',
          'Prendre le téléphone en photo',
          'Garder une copie dans un stockage en ligne (le cloud) ou sur un autre appareil',
        ],
      },
      ar: {
        prompt: 'قد ينكسر هاتفك أو يضيع. كيف تحافظ على صورك ووثائقك المهمة؟',
        options: [
          'أتركها على هذا الهاتف فقط',
          'أرسلها إلى أشخاص لا أعرفهم',
          'ألتقط صورة للهاتف',
          'أحفظ نسخة في التخزين على الإنترنت (السحابة) أو على جهاز آخر',
        ],
      },
    },
  },
  {
    key: 'info-search-filter-01',
    area: 'information',
    competence: '1.1',
    kind: 'single',
    irt: { a: 1.3, b: 0.7, c: 0.2, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt:
          'A job website shows 2000 offers. You only want part-time jobs close to home. What helps most?',
        options: [
          'Read all 2000 offers',
          'Use the filters (place, working hours)',
          'Go to the last page',
          'Search again with the same words',
        ],
      },
      fr: {
        prompt:
          'Un site d’emploi montre 2000 offres. Vous voulez seulement des emplois à temps partiel près de chez vous. Qu’est-ce qui aide le plus ?',
        options: [
          'Lire les 2000 offres',
          'Utiliser les filtres (lieu, heures de travail)',
          'Aller à la dernière page',
          'Chercher encore avec les mêmes mots',
        ],
      },
      ar: {
        prompt:
          'موقع للوظائف يعرض 2000 عرض عمل. تريد فقط وظائف بدوام جزئي قريبة من بيتك. ما الذي يساعدك أكثر؟',
        options: [
          'أقرأ كل العروض الـ2000',
          'أستخدم المرشِّحات (المكان، ساعات العمل)',
          'أذهب إلى الصفحة الأخيرة',
          'أبحث من جديد بالكلمات نفسها',
        ],
      },
    },
  },
  {
    key: 'info-search-quotes-01',
    area: 'information',
    competence: '1.1',
    kind: 'single',
    irt: { a: 1.2, b: 2.0, c: 0.2, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt:
          'In a search engine you type "kitchen assistant" with the quotation marks. What do the quotation marks do?',
        options: [
          'They search in another language',
          'They show only pictures',
          'They look for these exact words, together and in this order',
          'They remove these words from the search',
        ],
      },
      fr: {
        prompt:
          'Dans un moteur de recherche, vous tapez "aide de cuisine" avec les guillemets. À quoi servent les guillemets ?',
        options: [
          'Ils cherchent dans une autre langue',
          'Ils montrent seulement des images',
          'Ils cherchent exactement ces mots, ensemble et dans cet ordre',
          'Ils enlèvent ces mots de la recherche',
        ],
      },
      ar: {
        prompt: 'في محرك البحث تكتب "مساعد مطبخ" مع علامتَي التنصيص. ما فائدة علامتَي التنصيص؟',
        options: [
          'تبحثان بلغة أخرى',
          'تُظهران الصور فقط',
          'تبحثان عن هذه الكلمات نفسها، معاً وبهذا الترتيب',
          'تحذفان هذه الكلمات من البحث',
        ],
      },
    },
  },
  {
    key: 'info-web-address-01',
    area: 'information',
    competence: '1.2',
    kind: 'single',
    irt: { a: 1.5, b: 1.8, c: 0.2, provisional: true },
    answer: [3],
    translations: {
      en: {
        prompt:
          'The official website of your city is cityhall.example. Which link really goes to that website?',
        options: [
          'cityhall.example.free-forms.biz',
          'city-hall-forms.example.net',
          'cityhall-example.com/forms',
          'cityhall.example/forms',
        ],
      },
      fr: {
        prompt:
          'Le site officiel de votre ville est cityhall.example. Quel lien va vraiment sur ce site ?',
        options: [
          'cityhall.example.free-forms.biz',
          'city-hall-forms.example.net',
          'cityhall-example.com/forms',
          'cityhall.example/forms',
        ],
      },
      ar: {
        prompt: 'الموقع الرسمي لمدينتك هو cityhall.example. أي رابط يذهب فعلاً إلى هذا الموقع؟',
        options: [
          'cityhall.example.free-forms.biz',
          'city-hall-forms.example.net',
          'cityhall-example.com/forms',
          'cityhall.example/forms',
        ],
      },
    },
  },
  {
    key: 'info-old-offer-01',
    area: 'information',
    competence: '1.2',
    kind: 'single',
    irt: { a: 1.0, b: 0.3, c: 0.2, provisional: true },
    answer: [0],
    translations: {
      en: {
        prompt: 'You find a job offer online. It was published 2 years ago. What is most likely?',
        options: [
          'The job is probably not open anymore',
          'The job is surely still open',
          'The pay is higher now',
          'The offer comes from the government',
        ],
      },
      fr: {
        prompt:
          'Vous trouvez une offre d’emploi sur internet. Elle a été publiée il y a 2 ans. Qu’est-ce qui est le plus probable ?',
        options: [
          'Le poste n’est probablement plus ouvert',
          'Le poste est sûrement encore ouvert',
          'Le salaire est plus élevé maintenant',
          'L’offre vient du gouvernement',
        ],
      },
      ar: {
        prompt: 'وجدت عرض عمل على الإنترنت. نُشر قبل سنتين. ما الأرجح؟',
        options: [
          'الوظيفة على الأغلب لم تعد متاحة',
          'الوظيفة بالتأكيد ما زالت متاحة',
          'الراتب أعلى الآن',
          'العرض من الحكومة',
        ],
      },
    },
  },
  {
    key: 'info-voice-search-01',
    area: 'information',
    competence: '1.1',
    kind: 'single',
    irt: { a: 1.0, b: -1.5, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt: 'Typing is hard for you. How else can you search on your phone?',
        options: [
          'Shake the phone',
          'Switch the phone off and on again',
          'Tap the microphone and say the words',
          'Take a photo of the sky',
        ],
      },
      fr: {
        prompt: 'Écrire est difficile pour vous. Comment chercher autrement sur votre téléphone ?',
        options: [
          'Secouer le téléphone',
          'Éteindre et rallumer le téléphone',
          'Appuyer sur le micro et dire les mots',
          'Prendre le ciel en photo',
        ],
      },
      ar: {
        prompt: 'الكتابة صعبة عليك. كيف يمكنك أن تبحث بطريقة أخرى على هاتفك؟',
        options: [
          'أهزّ الهاتف',
          'أطفئ الهاتف ثم أشغّله',
          'أضغط على الميكروفون وأقول الكلمات',
          'ألتقط صورة للسماء',
        ],
      },
    },
  },
  {
    key: 'info-map-app-01',
    area: 'information',
    competence: '1.1',
    kind: 'single',
    irt: { a: 1.1, b: -2.0, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt: 'You need to find the way to the job centre. Which app helps you most?',
        options: ['The calculator', 'A map app', 'The camera', 'A music app'],
      },
      fr: {
        prompt:
          'Vous devez trouver le chemin jusqu’à l’agence pour l’emploi. Quelle application vous aide le plus ?',
        options: [
          'La calculatrice',
          'Une application de cartes',
          'L’appareil photo',
          'Une application de musique',
        ],
      },
      ar: {
        prompt: 'تحتاج أن تجد الطريق إلى مكتب التشغيل. أي تطبيق يساعدك أكثر؟',
        options: ['الآلة الحاسبة', 'تطبيق خرائط', 'الكاميرا', 'تطبيق موسيقى'],
      },
    },
  },
  {
    key: 'info-translate-letter-01',
    area: 'information',
    competence: '1.1',
    kind: 'single',
    irt: { a: 1.0, b: -1.1, provisional: true },
    answer: [3],
    translations: {
      en: {
        prompt:
          'You receive a letter in a language you do not read well. What can help you understand it with your phone?',
        options: [
          'The alarm clock',
          'The torch (flashlight)',
          'The ringtone',
          'A translation app: you can take a photo of the letter',
        ],
      },
      fr: {
        prompt:
          'Vous recevez une lettre dans une langue que vous lisez mal. Qu’est-ce qui peut vous aider à la comprendre avec votre téléphone ?',
        options: [
          'Le réveil',
          'La lampe torche',
          'La sonnerie',
          'Une application de traduction : vous pouvez prendre la lettre en photo',
        ],
      },
      ar: {
        prompt: 'وصلتك رسالة بلغة لا تقرؤها جيداً. ما الذي يساعدك على فهمها بهاتفك؟',
        options: ['المنبّه', 'المصباح', 'نغمة الرنين', 'تطبيق ترجمة: يمكنك أن تلتقط صورة للرسالة'],
      },
    },
  },
  {
    key: 'info-spreadsheet-sum-01',
    area: 'information',
    competence: '1.3',
    kind: 'single',
    code: '=SUM(B2:B8)',
    irt: { a: 1.4, b: 2.2, c: 0.2, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt:
          'In a spreadsheet, cells B2 to B8 hold your working hours for the 7 days of a week. What does this formula give?',
        options: [
          'The hours of day 2 and day 8 only',
          'The total hours of the 7 days',
          'The average hours per day',
          'The number of days you worked',
        ],
      },
      fr: {
        prompt:
          'Dans un tableur, les cellules B2 à B8 contiennent vos heures de travail pour les 7 jours d’une semaine. Que donne cette formule ? (Dans un tableur en français, SUM s’écrit SOMME.)',
        options: [
          'Les heures du jour 2 et du jour 8 seulement',
          'Le total des heures des 7 jours',
          'La moyenne des heures par jour',
          'Le nombre de jours travaillés',
        ],
      },
      ar: {
        prompt:
          'في جدول بيانات، الخلايا من B2 إلى B8 فيها ساعات عملك في أيام الأسبوع السبعة. ماذا تعطي هذه المعادلة؟',
        options: [
          'ساعات اليوم 2 واليوم 8 فقط',
          'مجموع ساعات الأيام السبعة',
          'متوسط الساعات في اليوم',
          'عدد الأيام التي عملت فيها',
        ],
      },
    },
  },
  {
    key: 'info-search-steps-01',
    area: 'information',
    competence: '1.1',
    kind: 'ordering',
    irt: { a: 1.1, b: -0.8, provisional: true },
    answer: [2, 0, 3, 1],
    translations: {
      en: {
        prompt: 'Put the steps in order to search for something on the internet.',
        options: [
          'Tap the search box',
          'Open a result that matches what you need',
          'Open the internet browser or a search app',
          'Type your words',
        ],
      },
      fr: {
        prompt: 'Mettez les étapes dans l’ordre pour chercher quelque chose sur internet.',
        options: [
          'Appuyer sur la barre de recherche',
          'Ouvrir un résultat qui correspond à ce que vous cherchez',
          'Ouvrir le navigateur internet ou une application de recherche',
          'Écrire vos mots',
        ],
      },
      ar: {
        prompt: 'رتّب الخطوات للبحث عن شيء على الإنترنت.',
        options: [
          'اضغط على خانة البحث',
          'افتح نتيجة تناسب ما تحتاجه',
          'افتح متصفح الإنترنت أو تطبيق بحث',
          'اكتب كلماتك',
        ],
      },
    },
  },
  {
    key: 'info-email-search-01',
    area: 'information',
    competence: '1.1',
    kind: 'single',
    irt: { a: 1.2, b: 0.4, c: 0.2, provisional: true },
    answer: [0],
    translations: {
      en: {
        prompt:
          'You want to find an old email from the job centre. You only remember the word "appointment". What is the fastest way?',
        options: [
          'Type "appointment" in the search box of your email app',
          'Read all your emails one by one',
          'Write a new email to yourself',
          'Delete your old emails',
        ],
      },
      fr: {
        prompt:
          'Vous voulez retrouver un ancien e-mail de l’agence pour l’emploi. Vous vous souvenez seulement du mot « rendez-vous ». Quel est le moyen le plus rapide ?',
        options: [
          'Taper « rendez-vous » dans la recherche de votre application e-mail',
          'Lire tous vos e-mails un par un',
          'Vous écrire un nouvel e-mail',
          'Supprimer vos anciens e-mails',
        ],
      },
      ar: {
        prompt:
          'تريد أن تجد رسالة بريد إلكتروني قديمة من مكتب التشغيل. تتذكر فقط كلمة «موعد». ما أسرع طريقة؟',
        options: [
          'أكتب «موعد» في خانة البحث في تطبيق البريد',
          'أقرأ كل رسائلي واحدة واحدة',
          'أكتب رسالة جديدة لنفسي',
          'أحذف رسائلي القديمة',
        ],
      },
    },
  },
  {
    key: 'info-check-news-01',
    area: 'information',
    competence: '1.2',
    kind: 'multiple',
    irt: { a: 1.5, b: -0.9, provisional: true },
    answer: [0, 2],
    translations: {
      en: {
        prompt:
          'A message in a group chat says: "From Monday, the buses in your town are free for everyone." How can you check that it is true? Choose all the right answers.',
        options: [
          'Look on the website of the bus company',
          'Believe it, because a friend sent it',
          'Ask at the ticket office or the information desk',
          'Share it in all your groups first',
          'Count how many people liked the message',
        ],
      },
      fr: {
        prompt:
          'Un message dans un groupe dit : « À partir de lundi, les bus de votre ville sont gratuits pour tout le monde. » Comment vérifier que c’est vrai ? Choisissez toutes les bonnes réponses.',
        options: [
          'Regarder sur le site internet de la compagnie de bus',
          'Le croire, parce qu’un ami l’a envoyé',
          'Demander au guichet ou à l’accueil',
          'Le partager d’abord dans tous vos groupes',
          'Compter combien de personnes ont aimé le message',
        ],
      },
      ar: {
        prompt:
          'تقول رسالة في مجموعة دردشة: «ابتداءً من يوم الاثنين، الحافلات في مدينتك مجانية للجميع.» كيف تتأكد من أن الخبر صحيح؟ اختر كل الإجابات الصحيحة.',
        options: [
          'انظر في الموقع الإلكتروني لشركة الحافلات',
          'صدّقه لأن صديقاً أرسله',
          'اسأل في شبّاك التذاكر أو في مكتب الاستعلامات',
          'شاركه أولاً في كل مجموعاتك',
          'عُدّ كم شخصاً أُعجب بالرسالة',
        ],
      },
    },
  },
  {
    key: 'info-save-letter-01',
    area: 'information',
    competence: '1.3',
    kind: 'ordering',
    irt: { a: 1.4, b: -1.1, provisional: true },
    answer: [1, 3, 0, 2],
    translations: {
      en: {
        prompt:
          'The job centre sends you a letter as a PDF file in an email. Put the steps in order to keep it on your phone and find it again later.',
        options: [
          'Tap "Download" (or "Save")',
          'Open the email',
          'Later, open the Files app and look in "Downloads"',
          'Tap the PDF file to open it',
        ],
      },
      fr: {
        prompt:
          'L’agence pour l’emploi vous envoie une lettre en fichier PDF dans un e-mail. Mettez les étapes dans l’ordre pour la garder sur votre téléphone et la retrouver plus tard.',
        options: [
          'Appuyer sur « Télécharger » (ou « Enregistrer »)',
          'Ouvrir l’e-mail',
          'Plus tard, ouvrir l’application Fichiers et regarder dans « Téléchargements »',
          'Appuyer sur le fichier PDF pour l’ouvrir',
        ],
      },
      ar: {
        prompt:
          'يرسل لك مكتب التشغيل رسالة في ملف PDF داخل بريد إلكتروني. رتّب الخطوات لتحفظها في هاتفك وتجدها لاحقاً.',
        options: [
          'اضغط على «تنزيل» (أو «حفظ»)',
          'افتح البريد الإلكتروني',
          'لاحقاً، افتح تطبيق الملفات وابحث في «التنزيلات»',
          'اضغط على ملف PDF لتفتحه',
        ],
      },
    },
  },
  {
    key: 'info-map-route-01',
    area: 'information',
    competence: '1.1',
    kind: 'ordering',
    irt: { a: 1.4, b: -1.2, provisional: true },
    answer: [1, 3, 0, 2],
    translations: {
      en: {
        prompt:
          'You have an appointment at the job centre. Put the steps in order to find the way there with a map app.',
        options: [
          'Tap "Directions"',
          'Open the map app',
          'Choose walking or the bus, then follow the line on the map',
          'Type the address of the job centre in the search box',
        ],
      },
      fr: {
        prompt:
          'Vous avez un rendez-vous à l’agence pour l’emploi. Mettez les étapes dans l’ordre pour trouver le chemin avec une application de cartes.',
        options: [
          'Appuyer sur « Itinéraire »',
          'Ouvrir l’application de cartes',
          'Choisir à pied ou en bus, puis suivre la ligne sur la carte',
          'Écrire l’adresse de l’agence pour l’emploi dans la barre de recherche',
        ],
      },
      ar: {
        prompt: 'لديك موعد في مكتب التشغيل. رتّب الخطوات لتجد الطريق إليه بتطبيق خرائط.',
        options: [
          'اضغط على «الاتجاهات»',
          'افتح تطبيق الخرائط',
          'اختر المشي أو الحافلة، ثم اتبع الخط على الخريطة',
          'اكتب عنوان مكتب التشغيل في خانة البحث',
        ],
      },
    },
  },
  {
    key: 'info-file-names-01',
    area: 'information',
    competence: '1.3',
    kind: 'multiple',
    irt: { a: 1.5, b: 0.9, provisional: true },
    answer: [1, 3],
    translations: {
      en: {
        prompt:
          'You keep photos and scans of your papers on your phone. Which file names will help you find the right paper quickly later? Choose all the right answers.',
        options: [
          'IMG_20261207_0931.jpg',
          'rent-contract-2026.pdf',
          'document (3).pdf',
          'payslip-november-2026.pdf',
          'scan.jpg',
        ],
      },
      fr: {
        prompt:
          'Vous gardez sur votre téléphone des photos et des scans de vos papiers. Quels noms de fichiers vous aideront à retrouver vite le bon papier plus tard ? Choisissez toutes les bonnes réponses.',
        options: [
          'IMG_20261207_0931.jpg',
          'contrat-de-location-2026.pdf',
          'document (3).pdf',
          'fiche-de-paie-novembre-2026.pdf',
          'scan.jpg',
        ],
      },
      ar: {
        prompt:
          'تحفظ في هاتفك صوراً ونسخاً ممسوحة ضوئياً من أوراقك. أيّ أسماء الملفات تساعدك لاحقاً على إيجاد الورقة الصحيحة بسرعة؟ اختر كل الإجابات الصحيحة.',
        options: [
          'IMG_20261207_0931.jpg',
          'عقد-الإيجار-2026.pdf',
          'document (3).pdf',
          'كشف-الراتب-نوفمبر-2026.pdf',
          'scan.jpg',
        ],
      },
    },
  },
  {
    key: 'info-weather-search-01',
    area: 'information',
    competence: '1.1',
    kind: 'multiple',
    irt: { a: 1.7, b: -1.2, provisional: true },
    answer: [0, 3],
    translations: {
      en: {
        prompt:
          'You want to know if it will rain tomorrow in your town. Where can you find this on your phone? Choose all the right answers.',
        options: [
          'In a weather app',
          'In the calculator',
          'In your list of contacts',
          'In an internet search: "weather" and the name of your town',
          'In the photo gallery',
        ],
      },
      fr: {
        prompt:
          'Vous voulez savoir s’il va pleuvoir demain dans votre ville. Où pouvez-vous le trouver sur votre téléphone ? Choisissez toutes les bonnes réponses.',
        options: [
          'Dans une application météo',
          'Dans la calculatrice',
          'Dans la liste de vos contacts',
          'Dans une recherche sur internet : « météo » et le nom de votre ville',
          'Dans la galerie de photos',
        ],
      },
      ar: {
        prompt:
          'تريد أن تعرف هل ستمطر غداً في مدينتك. أين تجد ذلك في هاتفك؟ اختر كل الإجابات الصحيحة.',
        options: [
          'في تطبيق الطقس',
          'في الآلة الحاسبة',
          'في قائمة جهات الاتصال',
          'في بحث على الإنترنت: «الطقس» واسم مدينتك',
          'في معرض الصور',
        ],
      },
    },
  },
  {
    key: 'info-screenshot-hours-01',
    area: 'information',
    competence: '1.3',
    kind: 'multiple',
    irt: { a: 1.8, b: -1.0, provisional: true },
    answer: [1, 3],
    translations: {
      en: {
        prompt:
          'On a website you find the opening hours of the town hall. You want to keep them, to look at them later without internet. Which ways work? Choose all the right answers.',
        options: [
          'Turn up the volume',
          'Take a screenshot (a picture of the screen)',
          'Zoom in on the page',
          'Write the hours in the Notes app',
          'Switch the phone off',
        ],
      },
      fr: {
        prompt:
          'Sur un site internet, vous trouvez les horaires d’ouverture de la mairie. Vous voulez les garder pour les regarder plus tard, sans internet. Quelles solutions marchent ? Choisissez toutes les bonnes réponses.',
        options: [
          'Monter le son',
          'Faire une capture d’écran (une photo de l’écran)',
          'Zoomer sur la page',
          'Écrire les horaires dans l’application Notes',
          'Éteindre le téléphone',
        ],
      },
      ar: {
        prompt:
          'وجدت في موقع إلكتروني ساعات عمل البلدية. تريد أن تحتفظ بها لتنظر إليها لاحقاً من دون إنترنت. ما الطرق التي تصلح لذلك؟ اختر كل الإجابات الصحيحة.',
        options: [
          'رفع الصوت',
          'التقاط لقطة شاشة (صورة لما على الشاشة)',
          'تكبير الصفحة',
          'كتابة الساعات في تطبيق الملاحظات',
          'إطفاء الهاتف',
        ],
      },
    },
  },
  {
    key: 'info-relevant-results-01',
    area: 'information',
    competence: '1.2',
    kind: 'multiple',
    irt: { a: 1.9, b: -0.8, provisional: true },
    answer: [1, 4],
    translations: {
      en: {
        prompt:
          'It is Sunday. You search the internet for a pharmacy that is open today in your town. Which results can really help you? Choose all the right answers.',
        options: [
          'An advert for a face cream',
          'A list of the pharmacies open on Sundays, on your town’s website',
          'A pharmacy in another country',
          'A news story about pharmacies from ten years ago',
          'The page of a pharmacy in your town that says "Open on Sundays, 9:00–13:00"',
        ],
      },
      fr: {
        prompt:
          'C’est dimanche. Vous cherchez sur internet une pharmacie ouverte aujourd’hui dans votre ville. Quels résultats peuvent vraiment vous aider ? Choisissez toutes les bonnes réponses.',
        options: [
          'Une publicité pour une crème pour le visage',
          'La liste des pharmacies ouvertes le dimanche, sur le site de votre ville',
          'Une pharmacie dans un autre pays',
          'Un article sur les pharmacies publié il y a dix ans',
          'La page d’une pharmacie de votre ville qui dit « Ouvert le dimanche, 9:00–13:00 »',
        ],
      },
      ar: {
        prompt:
          'اليوم يوم الأحد. تبحث على الإنترنت عن صيدلية مفتوحة اليوم في مدينتك. أيّ النتائج تساعدك فعلاً؟ اختر كل الإجابات الصحيحة.',
        options: [
          'إعلان عن كريم للوجه',
          'قائمة الصيدليات المفتوحة يوم الأحد، في الموقع الإلكتروني لمدينتك',
          'صيدلية في بلد آخر',
          'خبر عن الصيدليات نُشر قبل عشر سنوات',
          'صفحة صيدلية في مدينتك مكتوب فيها «مفتوحة يوم الأحد، 9:00–13:00»',
        ],
      },
    },
  },
  {
    key: 'info-file-types-01',
    area: 'information',
    competence: '1.3',
    kind: 'multiple',
    irt: { a: 1.8, b: 0.8, provisional: true },
    answer: [1, 3],
    translations: {
      en: {
        prompt:
          'In a folder you see these five files. Which of them are pictures (photos or images)? Choose all the right answers.',
        options: ['amina.docx', 'amina.jpg', 'amina.pdf', 'amina.png', 'amina.mp3'],
      },
      fr: {
        prompt:
          'Dans un dossier, vous voyez ces cinq fichiers. Lesquels sont des images (photos ou dessins) ? Choisissez toutes les bonnes réponses.',
        options: ['amina.docx', 'amina.jpg', 'amina.pdf', 'amina.png', 'amina.mp3'],
      },
      ar: {
        prompt: 'ترى في مجلد هذه الملفات الخمسة. أيّها ملفات صور؟ اختر كل الإجابات الصحيحة.',
        options: ['amina.docx', 'amina.jpg', 'amina.pdf', 'amina.png', 'amina.mp3'],
      },
    },
  },
  {
    key: 'info-ai-answer-01',
    area: 'information',
    competence: '1.2',
    kind: 'multiple',
    irt: { a: 1.8, b: 1.0, provisional: true },
    answer: [0, 2],
    translations: {
      en: {
        prompt:
          'You ask an AI chatbot which documents you need to enrol your child in school. It gives you a clear answer. What is true? Choose all the right answers.',
        options: [
          'The answer can be wrong or out of date',
          'If the answer sounds sure, it is right',
          'It is wise to check the list on the official website of the school or the town',
          'The chatbot knows your family’s situation better than the school',
          'The government checks the answers of chatbots',
        ],
      },
      fr: {
        prompt:
          'Vous demandez à un assistant d’intelligence artificielle (un chatbot) quels documents il faut pour inscrire votre enfant à l’école. Il vous donne une réponse claire. Qu’est-ce qui est vrai ? Choisissez toutes les bonnes réponses.',
        options: [
          'La réponse peut être fausse ou dépassée',
          'Si la réponse a l’air sûre, elle est juste',
          'Il est prudent de vérifier la liste sur le site officiel de l’école ou de la mairie',
          'Le chatbot connaît la situation de votre famille mieux que l’école',
          'L’État vérifie les réponses des chatbots',
        ],
      },
      ar: {
        prompt:
          'تسأل روبوت محادثة يعمل بالذكاء الاصطناعي عن الوثائق اللازمة لتسجيل طفلك في المدرسة. يعطيك جواباً واضحاً. ما الصحيح؟ اختر كل الإجابات الصحيحة.',
        options: [
          'قد يكون الجواب خاطئاً أو قديماً',
          'إذا بدا الجواب واثقاً فهو صحيح',
          'من الحكمة أن تتحقق من القائمة في الموقع الرسمي للمدرسة أو البلدية',
          'روبوت المحادثة يعرف وضع عائلتك أفضل من المدرسة',
          'الحكومة تراجع أجوبة روبوتات المحادثة',
        ],
      },
    },
  },
  {
    key: 'info-results-differ-01',
    area: 'information',
    competence: '1.1',
    kind: 'multiple',
    irt: { a: 1.7, b: 1.2, provisional: true },
    answer: [0, 2, 4],
    translations: {
      en: {
        prompt:
          'You and a friend type the same words in a search engine, at the same time, each on your own phone. You get different results. Why can this happen? Choose all the right answers.',
        options: [
          'The results depend partly on where each of you is',
          'One of you must have made a mistake: the results are the same for everyone',
          'The results depend partly on what each of you searched or opened before',
          'The search engine picks the results at random',
          'The results can depend on the language set on each phone',
        ],
      },
      fr: {
        prompt:
          'Vous et un ami tapez les mêmes mots dans un moteur de recherche, au même moment, chacun sur son téléphone. Vous obtenez des résultats différents. Pourquoi est-ce possible ? Choisissez toutes les bonnes réponses.',
        options: [
          'Les résultats dépendent en partie de l’endroit où chacun se trouve',
          'L’un de vous a forcément fait une erreur : les résultats sont les mêmes pour tout le monde',
          'Les résultats dépendent en partie de ce que chacun a cherché ou ouvert avant',
          'Le moteur de recherche choisit les résultats au hasard',
          'Les résultats peuvent dépendre de la langue réglée sur chaque téléphone',
        ],
      },
      ar: {
        prompt:
          'تكتب أنت وصديقك الكلمات نفسها في محرك بحث، في الوقت نفسه، كلٌّ على هاتفه. تظهر لكما نتائج مختلفة. لماذا يمكن أن يحدث ذلك؟ اختر كل الإجابات الصحيحة.',
        options: [
          'النتائج تتأثر جزئياً بالمكان الذي يوجد فيه كلٌّ منكما',
          'لا بد أن أحدكما أخطأ، فالنتائج واحدة للجميع',
          'النتائج تتأثر جزئياً بما بحث عنه كلٌّ منكما أو فتحه من قبل',
          'محرك البحث يختار النتائج عشوائياً',
          'قد تتأثر النتائج باللغة المضبوطة على كل هاتف',
        ],
      },
    },
  },
];
