import type { SeedAssessmentItem } from './types';

/** Communication and collaboration (DigComp 2.1–2.6): messages, sharing, public services, manners. */
export const COMMUNICATION_ITEMS: SeedAssessmentItem[] = [
  {
    key: 'comm-send-icon-01',
    area: 'communication',
    competence: '2.1',
    kind: 'picture',
    image: 'comm-send-icon-01.svg',
    irt: { a: 1.3, b: -2.2, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt: 'You wrote a message to your family. Which button sends it?',
        options: ['Number 1', 'Number 2', 'Number 3', 'Number 4'],
        alt: 'A chat on a phone. Under the box where you type, there are four buttons: 1 a camera, 2 a microphone, 3 a paper plane in a green circle, 4 a smiling face.',
      },
      fr: {
        prompt: 'Vous avez écrit un message à votre famille. Quel bouton l’envoie ?',
        options: ['Numéro 1', 'Numéro 2', 'Numéro 3', 'Numéro 4'],
        alt: 'Une discussion sur un téléphone. Sous la zone où l’on écrit, il y a quatre boutons : 1 un appareil photo, 2 un micro, 3 un avion en papier dans un rond vert, 4 un visage qui sourit.',
      },
      ar: {
        prompt: 'كتبت رسالة لعائلتك. أي زر يرسلها؟',
        options: ['رقم 1', 'رقم 2', 'رقم 3', 'رقم 4'],
        alt: 'محادثة على هاتف. تحت خانة الكتابة أربعة أزرار: 1 كاميرا، 2 ميكروفون، 3 طائرة ورقية في دائرة خضراء، 4 وجه مبتسم.',
      },
    },
  },
  {
    key: 'comm-video-call-01',
    area: 'communication',
    competence: '2.1',
    kind: 'picture',
    image: 'comm-video-call-01.svg',
    irt: { a: 1.2, b: -1.7, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt:
          'You want to see your sister on the screen while you talk to her. Which button do you tap?',
        options: ['Number 1', 'Number 2', 'Number 3', 'Number 4'],
        alt: 'Four buttons with numbers: 1 a telephone, 2 a video camera, 3 an envelope, 4 a paper clip.',
      },
      fr: {
        prompt:
          'Vous voulez voir votre sœur sur l’écran pendant que vous lui parlez. Sur quel bouton appuyez-vous ?',
        options: ['Numéro 1', 'Numéro 2', 'Numéro 3', 'Numéro 4'],
        alt: 'Quatre boutons avec des numéros : 1 un téléphone, 2 une caméra vidéo, 3 une enveloppe, 4 un trombone.',
      },
      ar: {
        prompt: 'تريد أن ترى أختك على الشاشة وأنت تكلّمها. على أي زر تضغط؟',
        options: ['رقم 1', 'رقم 2', 'رقم 3', 'رقم 4'],
        alt: 'أربعة أزرار مرقّمة: 1 سمّاعة هاتف، 2 كاميرا فيديو، 3 ظرف رسالة، 4 مشبك ورق.',
      },
    },
  },
  {
    key: 'comm-notification-01',
    area: 'communication',
    competence: '2.1',
    kind: 'picture',
    image: 'comm-notification-01.svg',
    irt: { a: 1.1, b: -1.2, c: 0.15, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt: 'You see this on your phone screen. What does it mean?',
        options: [
          'Your battery is at 3 %',
          'You have 3 missed calls',
          'You have 3 new messages in a chat app',
          'It is 3 o’clock',
        ],
        alt: 'A locked phone screen showing the time 10:42. Below it, a notice with a green speech-bubble icon and a red circle with the number 3.',
      },
      fr: {
        prompt: 'Vous voyez ceci sur l’écran de votre téléphone. Qu’est-ce que cela veut dire ?',
        options: [
          'Votre batterie est à 3 %',
          'Vous avez 3 appels manqués',
          'Vous avez 3 nouveaux messages dans une application de discussion',
          'Il est 3 heures',
        ],
        alt: 'Un écran de téléphone verrouillé qui montre l’heure 10:42. En dessous, une notification avec une icône verte en forme de bulle et un rond rouge avec le chiffre 3.',
      },
      ar: {
        prompt: 'ترى هذا على شاشة هاتفك. ماذا يعني؟',
        options: [
          'البطارية عند 3 %',
          'لديك 3 مكالمات فائتة',
          'لديك 3 رسائل جديدة في تطبيق دردشة',
          'الساعة الآن 3',
        ],
        alt: 'شاشة هاتف مقفلة تُظهر الساعة 10:42. تحتها إشعار فيه أيقونة خضراء على شكل فقاعة كلام ودائرة حمراء فيها الرقم 3.',
      },
    },
  },
  {
    key: 'comm-voice-message-01',
    area: 'communication',
    competence: '2.1',
    kind: 'single',
    irt: { a: 1.0, b: -1.6, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt: 'Writing in a chat is hard for you. How else can you send your message?',
        options: [
          'Change the wallpaper',
          'Record a voice message (hold the microphone button)',
          'Switch the phone off',
          'Delete the chat',
        ],
      },
      fr: {
        prompt:
          'Écrire dans une discussion est difficile pour vous. Comment envoyer votre message autrement ?',
        options: [
          'Changer le fond d’écran',
          'Enregistrer un message vocal (garder le doigt sur le bouton micro)',
          'Éteindre le téléphone',
          'Supprimer la discussion',
        ],
      },
      ar: {
        prompt: 'الكتابة في الدردشة صعبة عليك. كيف ترسل رسالتك بطريقة أخرى؟',
        options: [
          'أغيّر خلفية الشاشة',
          'أسجّل رسالة صوتية (أضغط مطوّلاً على زر الميكروفون)',
          'أطفئ الهاتف',
          'أحذف المحادثة',
        ],
      },
    },
  },
  {
    key: 'comm-answer-call-01',
    area: 'communication',
    competence: '2.1',
    kind: 'single',
    irt: { a: 0.9, b: -2.6, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt:
          'Your phone rings. On the screen there is a green button and a red button. Which one answers the call?',
        options: [
          'The red button',
          'The green button',
          'The volume button',
          'No button: just wait',
        ],
      },
      fr: {
        prompt:
          'Votre téléphone sonne. Sur l’écran, il y a un bouton vert et un bouton rouge. Lequel permet de répondre ?',
        options: [
          'Le bouton rouge',
          'Le bouton vert',
          'Le bouton du volume',
          'Aucun bouton : il faut attendre',
        ],
      },
      ar: {
        prompt: 'يرنّ هاتفك. على الشاشة زر أخضر وزر أحمر. أيهما يردّ على المكالمة؟',
        options: ['الزر الأحمر', 'الزر الأخضر', 'زر الصوت', 'لا زر: أنتظر فقط'],
      },
    },
  },
  {
    key: 'comm-save-contact-01',
    area: 'communication',
    competence: '2.1',
    kind: 'single',
    irt: { a: 1.0, b: -1.8, provisional: true },
    answer: [3],
    translations: {
      en: {
        prompt:
          'A new friend gives you their phone number. Where do you save it to find it again later?',
        options: [
          'In the calculator',
          'In the camera',
          'In the sound settings',
          'In your contacts',
        ],
      },
      fr: {
        prompt:
          'Une nouvelle amie vous donne son numéro. Où l’enregistrez-vous pour le retrouver plus tard ?',
        options: [
          'Dans la calculatrice',
          'Dans l’appareil photo',
          'Dans les réglages du son',
          'Dans vos contacts',
        ],
      },
      ar: {
        prompt: 'أعطاك صديق جديد رقم هاتفه. أين تحفظه لتجده لاحقاً؟',
        options: ['في الآلة الحاسبة', 'في الكاميرا', 'في إعدادات الصوت', 'في جهات الاتصال'],
      },
    },
  },
  {
    key: 'comm-email-subject-01',
    area: 'communication',
    competence: '2.1',
    kind: 'single',
    irt: { a: 1.2, b: 0.0, c: 0.2, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt: 'You send your CV to an employer by email. Which subject line is best?',
        options: [
          'hello',
          'URGENT!!! READ NOW',
          'Application for the kitchen assistant job – Amina Diallo',
          '(no subject)',
        ],
      },
      fr: {
        prompt: 'Vous envoyez votre CV à un employeur par e-mail. Quel objet est le meilleur ?',
        options: [
          'salut',
          'URGENT !!! À LIRE TOUT DE SUITE',
          'Candidature au poste d’aide de cuisine – Amina Diallo',
          '(pas d’objet)',
        ],
      },
      ar: {
        prompt: 'ترسل سيرتك الذاتية إلى صاحب عمل بالبريد الإلكتروني. أي موضوع للرسالة هو الأفضل؟',
        options: [
          'أهلاً',
          'عاجل!!! اقرأ الآن',
          'طلب عمل لوظيفة مساعد مطبخ – أمينة ديالو',
          '(بدون موضوع)',
        ],
      },
    },
  },
  {
    key: 'comm-email-parts-01',
    area: 'communication',
    competence: '2.1',
    kind: 'ordering',
    irt: { a: 1.0, b: 0.3, provisional: true },
    answer: [2, 1, 3, 0],
    translations: {
      en: {
        prompt: 'Put the parts of an email to an employer in order, from top to bottom.',
        options: [
          'Your name and your phone number',
          'Why you write: "I am applying for the job of cleaner."',
          'Greeting: "Dear Ms Martin,"',
          'Thanks: "Thank you for your time."',
        ],
      },
      fr: {
        prompt: 'Mettez les parties d’un e-mail à un employeur dans l’ordre, de haut en bas.',
        options: [
          'Votre nom et votre numéro de téléphone',
          'Pourquoi vous écrivez : « Je pose ma candidature pour le poste d’agent d’entretien. »',
          'Salutation : « Bonjour Madame Martin, »',
          'Remerciements : « Merci pour votre temps. »',
        ],
      },
      ar: {
        prompt: 'رتّب أجزاء رسالة بريد إلكتروني إلى صاحب عمل، من الأعلى إلى الأسفل.',
        options: [
          'اسمك ورقم هاتفك',
          'سبب الكتابة: «أتقدّم لوظيفة عامل نظافة.»',
          'التحية: «السيدة مارتان المحترمة،»',
          'الشكر: «شكراً على وقتكم.»',
        ],
      },
    },
  },
  {
    key: 'comm-reply-sender-01',
    area: 'communication',
    competence: '2.1',
    kind: 'single',
    irt: { a: 1.2, b: 1.0, c: 0.2, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt:
          'An email was sent to you and to 30 other people. You want to answer only the person who wrote it. Which button do you use?',
        options: ['Forward', 'Reply all', 'Reply', 'Delete'],
      },
      fr: {
        prompt:
          'Un e-mail a été envoyé à vous et à 30 autres personnes. Vous voulez répondre seulement à la personne qui l’a écrit. Quel bouton utilisez-vous ?',
        options: ['Transférer', 'Répondre à tous', 'Répondre', 'Supprimer'],
      },
      ar: {
        prompt:
          'أُرسلت رسالة بريد إلكتروني إليك وإلى 30 شخصاً آخرين. تريد أن تردّ فقط على من كتبها. أي زر تستخدم؟',
        options: ['إعادة توجيه', 'الرد على الكل', 'رد', 'حذف'],
      },
    },
  },
  {
    key: 'comm-share-location-01',
    area: 'communication',
    competence: '2.2',
    kind: 'single',
    irt: { a: 1.0, b: -0.6, c: 0.15, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt:
          'You are meeting a friend, but you cannot find the place. What can you send in the chat so that your friend finds you?',
        options: ['Your password', 'Your live location', 'A photo of your bank card', 'A song'],
      },
      fr: {
        prompt:
          'Vous devez retrouver un ami, mais vous ne trouvez pas le lieu. Que pouvez-vous envoyer dans la discussion pour que votre ami vous trouve ?',
        options: [
          'Votre mot de passe',
          'Votre position en direct',
          'Une photo de votre carte bancaire',
          'Une chanson',
        ],
      },
      ar: {
        prompt: 'عندك موعد مع صديق، لكنك لا تجد المكان. ماذا ترسل في الدردشة حتى يجدك صديقك؟',
        options: ['كلمة المرور', 'موقعك المباشر', 'صورة بطاقتك البنكية', 'أغنية'],
      },
    },
  },
  {
    key: 'comm-attach-file-01',
    area: 'communication',
    competence: '2.2',
    kind: 'single',
    irt: { a: 1.2, b: 0.5, c: 0.2, provisional: true },
    answer: [3],
    translations: {
      en: {
        prompt: 'The job centre asks you to send a document by email. What is the right way?',
        options: [
          'Copy the name of the file into the email',
          'Send the email first, then the file by text message',
          'Write the whole document in the subject line',
          'Attach the file to the email (the paper clip button)',
        ],
      },
      fr: {
        prompt:
          'L’agence pour l’emploi vous demande d’envoyer un document par e-mail. Quelle est la bonne façon ?',
        options: [
          'Copier le nom du fichier dans l’e-mail',
          'Envoyer d’abord l’e-mail, puis le fichier par SMS',
          'Écrire tout le document dans l’objet',
          'Joindre le fichier à l’e-mail (le bouton trombone)',
        ],
      },
      ar: {
        prompt: 'يطلب منك مكتب التشغيل أن ترسل وثيقة بالبريد الإلكتروني. ما الطريقة الصحيحة؟',
        options: [
          'أنسخ اسم الملف في الرسالة',
          'أرسل الرسالة أولاً، ثم الملف برسالة نصية',
          'أكتب الوثيقة كلها في موضوع الرسالة',
          'أرفق الملف بالرسالة (زر مشبك الورق)',
        ],
      },
    },
  },
  {
    key: 'comm-bcc-01',
    area: 'communication',
    competence: '2.2',
    kind: 'single',
    irt: { a: 1.3, b: 2.0, c: 0.2, provisional: true },
    answer: [3],
    translations: {
      en: {
        prompt:
          'You send one email to 20 employers. You do not want each employer to see the other addresses. Where do you put the addresses?',
        options: ['In "To"', 'In "Cc"', 'In the subject line', 'In "Bcc"'],
      },
      fr: {
        prompt:
          'Vous envoyez un e-mail à 20 employeurs. Vous ne voulez pas que chaque employeur voie les autres adresses. Où mettez-vous les adresses ?',
        options: ['Dans « À »', 'Dans « Cc »', 'Dans l’objet', 'Dans « Cci »'],
      },
      ar: {
        prompt:
          'ترسل رسالة بريد إلكتروني واحدة إلى 20 صاحب عمل. لا تريد أن يرى كل واحد منهم العناوين الأخرى. أين تضع العناوين؟',
        options: ['في «إلى»', 'في «نسخة» (Cc)', 'في موضوع الرسالة', 'في «نسخة مخفية» (Bcc)'],
      },
    },
  },
  {
    key: 'comm-public-service-01',
    area: 'communication',
    competence: '2.3',
    kind: 'single',
    irt: { a: 1.0, b: -0.7, c: 0.15, provisional: true },
    answer: [0],
    translations: {
      en: {
        prompt: 'Many public offices have a website. What can you often do there?',
        options: [
          'Book an appointment or fill in a form',
          'Nothing: you always have to go there in person',
          'Play games',
          'Only look at photos of the building',
        ],
      },
      fr: {
        prompt:
          'Beaucoup d’administrations ont un site internet. Que pouvez-vous souvent y faire ?',
        options: [
          'Prendre rendez-vous ou remplir un formulaire',
          'Rien : il faut toujours y aller en personne',
          'Jouer à des jeux',
          'Seulement regarder des photos du bâtiment',
        ],
      },
      ar: {
        prompt: 'لكثير من الإدارات العامة موقع إلكتروني. ماذا يمكنك أن تفعل فيه غالباً؟',
        options: [
          'أحجز موعداً أو أملأ استمارة',
          'لا شيء: يجب دائماً أن أذهب بنفسي',
          'ألعب ألعاباً',
          'أنظر فقط إلى صور المبنى',
        ],
      },
    },
  },
  {
    key: 'comm-online-appointment-01',
    area: 'communication',
    competence: '2.3',
    kind: 'ordering',
    irt: { a: 1.1, b: 1.0, provisional: true },
    answer: [2, 4, 0, 3, 1],
    translations: {
      en: {
        prompt: 'You book an appointment online at a public office. Put the steps in order.',
        options: [
          'Pick a free day and time',
          'Keep the confirmation (save it or take a screenshot)',
          'Open the official website',
          'Type your name and contact details',
          'Choose the service you need',
        ],
      },
      fr: {
        prompt:
          'Vous prenez rendez-vous en ligne dans une administration. Mettez les étapes dans l’ordre.',
        options: [
          'Choisir un jour et une heure libres',
          'Garder la confirmation (l’enregistrer ou faire une capture d’écran)',
          'Ouvrir le site officiel',
          'Écrire votre nom et vos coordonnées',
          'Choisir le service dont vous avez besoin',
        ],
      },
      ar: {
        prompt: 'تحجز موعداً عبر الإنترنت في إدارة عامة. رتّب الخطوات.',
        options: [
          'اختر يوماً وساعة متاحين',
          'احتفظ بالتأكيد (احفظه أو التقط صورة للشاشة)',
          'افتح الموقع الرسمي',
          'اكتب اسمك ومعلومات الاتصال بك',
          'اختر الخدمة التي تحتاجها',
        ],
      },
    },
  },
  {
    key: 'comm-shared-document-01',
    area: 'communication',
    competence: '2.4',
    kind: 'single',
    irt: { a: 1.2, b: 1.4, c: 0.2, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt:
          'You and two classmates must write one text together, each from your own phone. What is the best tool?',
        options: [
          'Each person writes on paper and takes a photo',
          'Sending the file back and forth by text message',
          'One shared online document that all three can edit',
          'A voice call where one person writes everything',
        ],
      },
      fr: {
        prompt:
          'Vous et deux camarades devez écrire un texte ensemble, chacun sur son téléphone. Quel est le meilleur outil ?',
        options: [
          'Chacun écrit sur papier et prend une photo',
          'S’envoyer le fichier par SMS, encore et encore',
          'Un seul document partagé en ligne que les trois peuvent modifier',
          'Un appel où une seule personne écrit tout',
        ],
      },
      ar: {
        prompt: 'عليك أنت وزميلين أن تكتبوا نصاً واحداً معاً، كلٌّ من هاتفه. ما أفضل أداة؟',
        options: [
          'كل شخص يكتب على ورقة ويلتقط صورة',
          'إرسال الملف ذهاباً وإياباً برسائل نصية',
          'مستند واحد مشترك على الإنترنت يستطيع الثلاثة تعديله',
          'مكالمة يكتب فيها شخص واحد كل شيء',
        ],
      },
    },
  },
  {
    key: 'comm-meeting-mute-01',
    area: 'communication',
    competence: '2.4',
    kind: 'single',
    irt: { a: 1.1, b: 0.3, c: 0.2, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt:
          'You are in an online meeting. It is noisy around you, and another person is talking. What do you do?',
        options: [
          'Turn the volume up',
          'Switch off your microphone (mute) until it is your turn to speak',
          'Leave the meeting',
          'Talk louder',
        ],
      },
      fr: {
        prompt:
          'Vous êtes dans une réunion en ligne. Il y a du bruit autour de vous et une autre personne parle. Que faites-vous ?',
        options: [
          'Monter le volume',
          'Couper votre micro jusqu’à ce que ce soit à vous de parler',
          'Quitter la réunion',
          'Parler plus fort',
        ],
      },
      ar: {
        prompt: 'أنت في اجتماع عبر الإنترنت. حولك ضجيج، وشخص آخر يتكلم. ماذا تفعل؟',
        options: [
          'أرفع الصوت',
          'أطفئ الميكروفون (كتم الصوت) حتى يحين دوري في الكلام',
          'أغادر الاجتماع',
          'أتكلم بصوت أعلى',
        ],
      },
    },
  },
  {
    key: 'comm-group-etiquette-01',
    area: 'communication',
    competence: '2.5',
    kind: 'multiple',
    irt: { a: 1.1, b: 0.4, provisional: true },
    answer: [0, 2, 4],
    translations: {
      en: {
        prompt:
          'You are in a group chat with your class. What is polite? Choose all the right answers.',
        options: [
          'Stay on the topic of the group',
          'Send many voice messages late at night',
          'Write private things to one person in a private chat',
          'Share a classmate’s photo without asking',
          'Be friendly, even when you do not agree',
        ],
      },
      fr: {
        prompt:
          'Vous êtes dans un groupe de discussion avec votre classe. Qu’est-ce qui est poli ? Choisissez toutes les bonnes réponses.',
        options: [
          'Rester sur le sujet du groupe',
          'Envoyer beaucoup de messages vocaux tard la nuit',
          'Écrire les choses privées à une personne, dans une discussion privée',
          'Partager la photo d’un camarade sans lui demander',
          'Rester aimable, même quand vous n’êtes pas d’accord',
        ],
      },
      ar: {
        prompt: 'أنت في مجموعة دردشة مع زملاء صفّك. ما التصرّف المهذّب؟ اختر كل الإجابات الصحيحة.',
        options: [
          'أبقى في موضوع المجموعة',
          'أرسل رسائل صوتية كثيرة في آخر الليل',
          'أكتب الأمور الخاصة لشخص واحد في محادثة خاصة',
          'أنشر صورة زميل دون أن أسأله',
          'أبقى لطيفاً حتى عندما لا أوافق',
        ],
      },
    },
  },
  {
    key: 'comm-cancel-interview-01',
    area: 'communication',
    competence: '2.5',
    kind: 'single',
    irt: { a: 1.1, b: -0.8, c: 0.15, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt:
          'An employer invites you to an interview tomorrow, but you are sick and cannot come. What is polite?',
        options: [
          'Say nothing',
          'Answer in two weeks',
          'Write back quickly, say thank you, explain in a few words and ask for another date',
          'Send only an emoji',
        ],
      },
      fr: {
        prompt:
          'Un employeur vous invite à un entretien demain, mais vous êtes malade et ne pouvez pas venir. Qu’est-ce qui est poli ?',
        options: [
          'Ne rien dire',
          'Répondre dans deux semaines',
          'Répondre vite, dire merci, expliquer en peu de mots et demander une autre date',
          'Envoyer seulement un émoji',
        ],
      },
      ar: {
        prompt: 'دعاك صاحب عمل إلى مقابلة غداً، لكنك مريض ولا تستطيع الحضور. ما التصرّف المهذّب؟',
        options: [
          'لا أقول شيئاً',
          'أردّ بعد أسبوعين',
          'أردّ بسرعة، أشكره، أشرح باختصار وأطلب موعداً آخر',
          'أرسل رمزاً تعبيرياً فقط',
        ],
      },
    },
  },
  {
    key: 'comm-emoji-work-01',
    area: 'communication',
    competence: '2.5',
    kind: 'single',
    irt: { a: 1.0, b: 0.2, c: 0.2, provisional: true },
    answer: [3],
    translations: {
      en: {
        prompt: 'Where is it NOT a good idea to use many emojis?',
        options: [
          'In a chat with a close friend',
          'In your family group',
          'In a message to your brother',
          'In an email to an employer',
        ],
      },
      fr: {
        prompt: 'Où n’est-ce PAS une bonne idée de mettre beaucoup d’émojis ?',
        options: [
          'Dans une discussion avec un ami proche',
          'Dans le groupe de votre famille',
          'Dans un message à votre frère',
          'Dans un e-mail à un employeur',
        ],
      },
      ar: {
        prompt: 'أين لا يُستحسن أن تستخدم رموزاً تعبيرية كثيرة؟',
        options: [
          'في دردشة مع صديق مقرّب',
          'في مجموعة العائلة',
          'في رسالة إلى أخيك',
          'في بريد إلكتروني إلى صاحب عمل',
        ],
      },
    },
  },
  {
    key: 'comm-public-profile-01',
    area: 'communication',
    competence: '2.6',
    kind: 'single',
    irt: { a: 1.2, b: 0.9, c: 0.2, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt:
          'Employers sometimes search for a candidate’s name on the internet. What is wise to do?',
        options: [
          'Post your home address for everyone to see',
          'Check what everyone can see on your profiles, and make private what should stay private',
          'Nothing: nobody can see what you post',
          'Take your phone number off your CV',
        ],
      },
      fr: {
        prompt:
          'Les employeurs cherchent parfois le nom d’un candidat sur internet. Que faut-il faire ?',
        options: [
          'Publier votre adresse pour tout le monde',
          'Vérifier ce que tout le monde peut voir sur vos profils, et rendre privé ce qui doit rester privé',
          'Rien : personne ne voit ce que vous publiez',
          'Enlever votre numéro de téléphone de votre CV',
        ],
      },
      ar: {
        prompt: 'يبحث أصحاب العمل أحياناً عن اسم المرشّح على الإنترنت. ما التصرّف الحكيم؟',
        options: [
          'أنشر عنوان بيتي للجميع',
          'أتحقق مما يراه الجميع في حساباتي، وأجعل خاصّاً ما يجب أن يبقى خاصّاً',
          'لا شيء: لا أحد يرى ما أنشره',
          'أحذف رقم هاتفي من سيرتي الذاتية',
        ],
      },
    },
  },
  {
    key: 'comm-job-profile-01',
    area: 'communication',
    competence: '2.6',
    kind: 'multiple',
    irt: { a: 1.2, b: 1.1, provisional: true },
    answer: [0, 2, 4],
    translations: {
      en: {
        prompt:
          'You make a profile on a job website that many employers can see. What is fine to show? Choose all the right answers.',
        options: [
          'Your skills and work experience',
          'Your passport number',
          'The languages you speak',
          'Your home address with the door code',
          'An email address to contact you',
        ],
      },
      fr: {
        prompt:
          'Vous créez un profil sur un site d’emploi que beaucoup d’employeurs peuvent voir. Qu’est-ce que vous pouvez montrer ? Choisissez toutes les bonnes réponses.',
        options: [
          'Vos compétences et votre expérience de travail',
          'Votre numéro de passeport',
          'Les langues que vous parlez',
          'Votre adresse avec le code de la porte',
          'Une adresse e-mail pour vous contacter',
        ],
      },
      ar: {
        prompt:
          'تنشئ ملفاً شخصياً على موقع للوظائف يراه كثير من أصحاب العمل. ماذا يمكنك أن تُظهر؟ اختر كل الإجابات الصحيحة.',
        options: [
          'مهاراتك وخبرتك في العمل',
          'رقم جواز سفرك',
          'اللغات التي تتكلمها',
          'عنوان بيتك مع رمز باب العمارة',
          'عنوان بريد إلكتروني للتواصل معك',
        ],
      },
    },
  },
  {
    key: 'comm-job-email-address-01',
    area: 'communication',
    competence: '2.6',
    kind: 'single',
    irt: { a: 1.1, b: 1.2, c: 0.2, provisional: true },
    answer: [0],
    translations: {
      en: {
        prompt:
          'Why do many people use a separate email address, with their real name, for job applications?',
        options: [
          'It looks serious and keeps job emails in one place',
          'Emails from other addresses never arrive',
          'To receive more adverts',
          'Because employers can read your other emails',
        ],
      },
      fr: {
        prompt:
          'Pourquoi beaucoup de gens utilisent-ils une adresse e-mail à part, avec leur vrai nom, pour chercher un emploi ?',
        options: [
          'C’est sérieux, et les e-mails pour l’emploi restent au même endroit',
          'Les e-mails des autres adresses n’arrivent jamais',
          'Pour recevoir plus de publicités',
          'Parce que les employeurs peuvent lire vos autres e-mails',
        ],
      },
      ar: {
        prompt:
          'لماذا يستخدم كثير من الناس عنوان بريد إلكتروني منفصلاً، باسمهم الحقيقي، للتقدّم إلى الوظائف؟',
        options: [
          'يبدو جدّياً ويحفظ رسائل العمل في مكان واحد',
          'الرسائل من العناوين الأخرى لا تصل أبداً',
          'لتصلهم إعلانات أكثر',
          'لأن أصحاب العمل يستطيعون قراءة رسائلهم الأخرى',
        ],
      },
    },
  },
  {
    key: 'comm-confirm-appointment-01',
    area: 'communication',
    competence: '2.1',
    kind: 'multiple',
    irt: { a: 1.4, b: -1.2, provisional: true },
    answer: [0, 2, 4],
    translations: {
      en: {
        prompt:
          'You get this text message: "Health centre: your appointment is on Tuesday 12 May at 10:00. Reply YES to confirm or NO to cancel." What is true? Choose all the right answers.',
        options: [
          'The appointment is at 10:00',
          'The appointment is on a Wednesday',
          'To confirm, you reply YES',
          'You must go there to confirm',
          'If you reply NO, the appointment is cancelled',
        ],
      },
      fr: {
        prompt:
          'Vous recevez ce SMS : « Centre de santé : votre rendez-vous est le mardi 12 mai à 10:00. Répondez OUI pour confirmer ou NON pour annuler. » Qu’est-ce qui est vrai ? Choisissez toutes les bonnes réponses.',
        options: [
          'Le rendez-vous est à 10:00',
          'Le rendez-vous est un mercredi',
          'Pour confirmer, vous répondez OUI',
          'Vous devez aller sur place pour confirmer',
          'Si vous répondez NON, le rendez-vous est annulé',
        ],
      },
      ar: {
        prompt:
          'تصلك هذه الرسالة النصية: «المركز الصحي: موعدك يوم الثلاثاء 12 مايو الساعة 10:00. ردّ بـ"نعم" للتأكيد أو بـ"لا" للإلغاء.» ما الصحيح؟ اختر كل الإجابات الصحيحة.',
        options: [
          'الموعد الساعة 10:00',
          'الموعد يوم أربعاء',
          'للتأكيد، تردّ بكلمة "نعم"',
          'يجب أن تذهب إلى هناك لتأكيد الموعد',
          'إذا رددت بكلمة "لا"، يُلغى الموعد',
        ],
      },
    },
  },
  {
    key: 'comm-polite-message-01',
    area: 'communication',
    competence: '2.5',
    kind: 'multiple',
    irt: { a: 1.4, b: -0.9, provisional: true },
    answer: [0, 2, 3],
    translations: {
      en: {
        prompt:
          'You write a message to your language teacher, Ms Martin. What makes it polite? Choose all the right answers.',
        options: [
          'Start with a greeting, like "Hello Ms Martin,"',
          'Add many angry emojis',
          'Say thank you at the end',
          'Write your name at the end',
          'Send the same message again every ten minutes until she answers',
        ],
      },
      fr: {
        prompt:
          'Vous écrivez un message à votre professeure de langue, Mme Martin. Qu’est-ce qui le rend poli ? Choisissez toutes les bonnes réponses.',
        options: [
          'Commencer par une salutation, comme « Bonjour Madame Martin, »',
          'Ajouter beaucoup d’émojis en colère',
          'Dire merci à la fin',
          'Écrire votre nom à la fin',
          'Renvoyer le même message toutes les dix minutes jusqu’à ce qu’elle réponde',
        ],
      },
      ar: {
        prompt:
          'تكتب رسالة إلى معلّمة اللغة، السيدة مارتان. ما الذي يجعل رسالتك مهذّبة؟ اختر كل الإجابات الصحيحة.',
        options: [
          'ابدأ بتحية، مثل «مرحباً سيدة مارتان،»',
          'أضف كثيراً من الوجوه الغاضبة (الإيموجي)',
          'قل شكراً في النهاية',
          'اكتب اسمك في النهاية',
          'أعد إرسال الرسالة نفسها كل عشر دقائق حتى تردّ',
        ],
      },
    },
  },
  {
    key: 'comm-send-document-01',
    area: 'communication',
    competence: '2.2',
    kind: 'ordering',
    irt: { a: 1.4, b: -1.0, provisional: true },
    answer: [1, 3, 0, 2],
    translations: {
      en: {
        prompt:
          'Your mentor asks for a photo of your diploma in your chat. Put the steps in order to send it.',
        options: [
          'Choose the photo of your diploma',
          'Open the chat with your mentor',
          'Tap "Send"',
          'Tap the paper clip or the "+" button',
        ],
      },
      fr: {
        prompt:
          'Votre mentor vous demande une photo de votre diplôme dans votre discussion. Mettez les étapes dans l’ordre pour l’envoyer.',
        options: [
          'Choisir la photo de votre diplôme',
          'Ouvrir la discussion avec votre mentor',
          'Appuyer sur « Envoyer »',
          'Appuyer sur le trombone ou sur le bouton « + »',
        ],
      },
      ar: {
        prompt: 'يطلب منك مرشدك صورة شهادتك في المحادثة. رتّب الخطوات لترسلها.',
        options: [
          'اختر صورة شهادتك',
          'افتح المحادثة مع مرشدك',
          'اضغط على «إرسال»',
          'اضغط على مشبك الورق أو على زر «+»',
        ],
      },
    },
  },
  {
    key: 'comm-share-photos-01',
    area: 'communication',
    competence: '2.2',
    kind: 'multiple',
    irt: { a: 1.5, b: 0.9, provisional: true },
    answer: [0, 2],
    translations: {
      en: {
        prompt:
          'You want to share the photos of a family party with your family only, not with everyone. Which ways are right? Choose all the right answers.',
        options: [
          'Send them in a private chat group with only your family in it',
          'Post them on your public profile',
          'Share a link to an online album that only the people you invite can open',
          'Post them in a big open group for the people of your town',
          'Put in a public post the link to an album that anyone with the link can open',
        ],
      },
      fr: {
        prompt:
          'Vous voulez partager les photos d’une fête de famille avec votre famille seulement, pas avec tout le monde. Quels moyens conviennent ? Choisissez toutes les bonnes réponses.',
        options: [
          'Les envoyer dans un groupe de discussion privé où il n’y a que votre famille',
          'Les publier sur votre profil public',
          'Partager le lien d’un album en ligne que seules les personnes invitées peuvent ouvrir',
          'Les publier dans un grand groupe ouvert pour les habitants de votre ville',
          'Mettre dans une publication publique le lien d’un album que tout le monde peut ouvrir avec ce lien',
        ],
      },
      ar: {
        prompt:
          'تريد أن تشارك صور حفلة عائلية مع عائلتك فقط، لا مع الجميع. ما الطرق المناسبة؟ اختر كل الإجابات الصحيحة.',
        options: [
          'أرسلها في مجموعة دردشة خاصة لا يوجد فيها إلا أفراد عائلتك',
          'انشرها على ملفك الشخصي العام',
          'شارك رابط ألبوم على الإنترنت لا يفتحه إلا الأشخاص الذين تدعوهم',
          'انشرها في مجموعة كبيرة مفتوحة لسكان مدينتك',
          'ضع في منشور عام رابط ألبوم يستطيع أي شخص لديه الرابط أن يفتحه',
        ],
      },
    },
  },
  {
    key: 'comm-family-plan-01',
    area: 'communication',
    competence: '2.4',
    kind: 'multiple',
    irt: { a: 1.7, b: -1.2, provisional: true },
    answer: [0, 3],
    translations: {
      en: {
        prompt:
          'Your family lives in different towns. You want to plan a birthday party together. Which tools let everyone talk about it together? Choose all the right answers.',
        options: [
          'A group chat with the whole family',
          'The calculator',
          'The alarm clock',
          'A group video call',
          'A note on your phone that only you can see',
        ],
      },
      fr: {
        prompt:
          'Votre famille habite dans des villes différentes. Vous voulez organiser un anniversaire ensemble. Quels outils permettent à tout le monde d’en parler ensemble ? Choisissez toutes les bonnes réponses.',
        options: [
          'Un groupe de discussion avec toute la famille',
          'La calculatrice',
          'Le réveil',
          'Un appel vidéo de groupe',
          'Une note sur votre téléphone que vous seul pouvez voir',
        ],
      },
      ar: {
        prompt:
          'تسكن عائلتك في مدن مختلفة. تريد أن تنظّم مع عائلتك حفلة عيد ميلاد. ما الأدوات التي تتيح للجميع أن يتناقشوا فيها معاً؟ اختر كل الإجابات الصحيحة.',
        options: [
          'مجموعة دردشة فيها كل العائلة',
          'الآلة الحاسبة',
          'المنبّه',
          'مكالمة فيديو جماعية',
          'ملاحظة في هاتفك لا يراها أحد غيرك',
        ],
      },
    },
  },
  {
    key: 'comm-video-doctor-01',
    area: 'communication',
    competence: '2.1',
    kind: 'multiple',
    irt: { a: 1.8, b: -1.0, provisional: true },
    answer: [0, 2, 4],
    translations: {
      en: {
        prompt:
          'You have a video call with a doctor at 10:00. What is good to do before the call? Choose all the right answers.',
        options: [
          'Charge your phone',
          'Put the phone in airplane mode',
          'Find a quiet place',
          'Cover the camera',
          'Check that your internet connection works',
        ],
      },
      fr: {
        prompt:
          'Vous avez une consultation par appel vidéo avec un médecin à 10:00. Qu’est-il bon de faire avant l’appel ? Choisissez toutes les bonnes réponses.',
        options: [
          'Charger votre téléphone',
          'Mettre le téléphone en mode avion',
          'Trouver un endroit calme',
          'Cacher la caméra',
          'Vérifier que votre connexion internet fonctionne',
        ],
      },
      ar: {
        prompt:
          'لديك موعد مع طبيب عبر مكالمة فيديو الساعة 10:00. ما الذي يُستحسن أن تفعله قبل المكالمة؟ اختر كل الإجابات الصحيحة.',
        options: [
          'أن تشحن هاتفك',
          'أن تضع الهاتف في وضع الطيران',
          'أن تجد مكاناً هادئاً',
          'أن تغطّي الكاميرا',
          'أن تتأكد من أن اتصال الإنترنت يعمل',
        ],
      },
    },
  },
  {
    key: 'comm-pass-on-info-01',
    area: 'communication',
    competence: '2.2',
    kind: 'multiple',
    irt: { a: 1.7, b: -0.8, provisional: true },
    answer: [0, 1, 4],
    translations: {
      en: {
        prompt:
          'A friend sent you a message with the address and times of a free language course. Your cousin wants to go too. How can you give her this information? Choose all the right answers.',
        options: [
          'Forward the message to your cousin',
          'Take a screenshot of the message and send it to your cousin',
          'Delete the message',
          'Reply "Thanks!" to your friend',
          'Copy the address and times into a new message to your cousin',
        ],
      },
      fr: {
        prompt:
          'Un ami vous a envoyé un message avec l’adresse et les horaires d’un cours de langue gratuit. Votre cousine veut y aller aussi. Comment lui donner ces informations ? Choisissez toutes les bonnes réponses.',
        options: [
          'Transférer le message à votre cousine',
          'Faire une capture d’écran du message et l’envoyer à votre cousine',
          'Supprimer le message',
          'Répondre « Merci ! » à votre ami',
          'Copier l’adresse et les horaires dans un nouveau message à votre cousine',
        ],
      },
      ar: {
        prompt:
          'أرسل لك صديق رسالة فيها عنوان دورة مجانية لتعلّم اللغة ومواعيدها. ابنة عمك تريد أن تذهب إليها أيضاً. كيف توصل إليها هذه المعلومات؟ اختر كل الإجابات الصحيحة.',
        options: [
          'أن تعيد توجيه الرسالة إليها',
          'أن تلتقط لقطة شاشة للرسالة وترسلها إليها',
          'أن تحذف الرسالة',
          'أن تردّ على صديقك: «شكراً!»',
          'أن تنسخ العنوان والمواعيد في رسالة جديدة إليها',
        ],
      },
    },
  },
  {
    key: 'comm-forward-attachment-01',
    area: 'communication',
    competence: '2.1',
    kind: 'multiple',
    irt: { a: 1.9, b: 0.8, provisional: true },
    answer: [1, 3],
    translations: {
      en: {
        prompt:
          'Your landlord sent you an email with your rental contract attached (a PDF file). Your social worker asks you for a copy. How can you send her the contract? Choose all the right answers.',
        options: [
          'Reply to the landlord’s email',
          'Forward the landlord’s email to the social worker: the attachment goes with it',
          'Write the name of the file in a new email to the social worker',
          'Download the PDF, then attach it to a new email to the social worker',
          'Tap "Reply all" and add the social worker’s address',
        ],
      },
      fr: {
        prompt:
          'Votre propriétaire vous a envoyé un e-mail avec votre contrat de location en pièce jointe (un fichier PDF). Votre assistante sociale vous en demande une copie. Comment pouvez-vous lui envoyer le contrat ? Choisissez toutes les bonnes réponses.',
        options: [
          'Répondre à l’e-mail du propriétaire',
          'Transférer l’e-mail du propriétaire à l’assistante sociale : la pièce jointe part avec',
          'Écrire le nom du fichier dans un nouvel e-mail à l’assistante sociale',
          'Télécharger le PDF, puis le joindre à un nouvel e-mail à l’assistante sociale',
          'Appuyer sur « Répondre à tous » et ajouter l’adresse de l’assistante sociale',
        ],
      },
      ar: {
        prompt:
          'أرسل لك صاحب البيت بريداً إلكترونياً مرفقاً به عقد الإيجار (ملف PDF). تطلب منك الأخصائية الاجتماعية نسخة منه. كيف ترسل إليها العقد؟ اختر كل الإجابات الصحيحة.',
        options: [
          'الردّ على رسالة صاحب البيت',
          'إعادة توجيه رسالة صاحب البيت إلى الأخصائية الاجتماعية: المرفق يُرسَل معها',
          'كتابة اسم الملف في رسالة جديدة إلى الأخصائية الاجتماعية',
          'تنزيل ملف PDF ثم إرفاقه برسالة جديدة إلى الأخصائية الاجتماعية',
          'الضغط على «الرد على الكل» وإضافة عنوان الأخصائية الاجتماعية',
        ],
      },
    },
  },
  {
    key: 'comm-delete-for-everyone-01',
    area: 'communication',
    competence: '2.6',
    kind: 'multiple',
    irt: { a: 1.8, b: 1.0, provisional: true },
    answer: [1, 2],
    translations: {
      en: {
        prompt:
          'In a chat app, you sent a private message to the wrong group by mistake. What is true? Choose all the right answers.',
        options: [
          '"Delete for me" also removes it from the phones of the others',
          'Many apps let you "Delete for everyone", but often only for a limited time after sending',
          'Some people may already have read it or taken a screenshot',
          'A message that was sent can never be deleted, in any app',
          'If you leave the group, your message disappears',
        ],
      },
      fr: {
        prompt:
          'Dans une application de messagerie, vous avez envoyé par erreur un message privé dans le mauvais groupe. Qu’est-ce qui est vrai ? Choisissez toutes les bonnes réponses.',
        options: [
          '« Supprimer pour moi » l’efface aussi des téléphones des autres',
          'Beaucoup d’applications permettent de « Supprimer pour tout le monde », mais souvent seulement pendant un temps limité après l’envoi',
          'Certaines personnes l’ont peut-être déjà lu ou en ont fait une capture d’écran',
          'Un message envoyé ne peut jamais être supprimé, dans aucune application',
          'Si vous quittez le groupe, votre message disparaît',
        ],
      },
      ar: {
        prompt:
          'في تطبيق دردشة، أرسلت بالخطأ رسالة خاصة إلى المجموعة الخطأ. ما الصحيح؟ اختر كل الإجابات الصحيحة.',
        options: [
          '«الحذف لديّ» يمسحها من هواتف الآخرين أيضاً',
          'كثير من التطبيقات تسمح بـ«الحذف لدى الجميع»، لكن غالباً خلال وقت محدود بعد الإرسال فقط',
          'ربما قرأها بعض الأشخاص أو التقطوا لها لقطة شاشة',
          'الرسالة المرسلة لا يمكن حذفها أبداً، في أي تطبيق',
          'إذا غادرت المجموعة تختفي رسالتك',
        ],
      },
    },
  },
  {
    key: 'comm-meeting-invite-01',
    area: 'communication',
    competence: '2.4',
    kind: 'multiple',
    irt: { a: 1.7, b: 1.2, provisional: true },
    answer: [1, 2, 4],
    translations: {
      en: {
        prompt:
          'You get an email that invites you to an online meeting next Monday at 14:00. It has a link to join and the buttons "Accept" and "Decline". What is true? Choose all the right answers.',
        options: [
          'If you tap "Decline", the meeting is cancelled for everyone',
          'If you tap "Accept", the meeting is usually added to your calendar',
          'The person who invited you usually sees whether you accepted or declined',
          'You must join the meeting right away, as soon as you get the email',
          'On Monday at 14:00, you open the link to join the meeting',
        ],
      },
      fr: {
        prompt:
          'Vous recevez un e-mail qui vous invite à une réunion en ligne lundi prochain à 14:00. Il contient un lien pour participer et les boutons « Accepter » et « Refuser ». Qu’est-ce qui est vrai ? Choisissez toutes les bonnes réponses.',
        options: [
          'Si vous appuyez sur « Refuser », la réunion est annulée pour tout le monde',
          'Si vous appuyez sur « Accepter », la réunion est en général ajoutée à votre agenda',
          'La personne qui vous a invité voit en général si vous avez accepté ou refusé',
          'Vous devez rejoindre la réunion tout de suite, dès que vous recevez l’e-mail',
          'Lundi à 14:00, vous ouvrez le lien pour rejoindre la réunion',
        ],
      },
      ar: {
        prompt:
          'يصلك بريد إلكتروني يدعوك إلى اجتماع عبر الإنترنت يوم الاثنين القادم الساعة 14:00. فيه رابط للانضمام وزرّان: «قبول» و«رفض». ما الصحيح؟ اختر كل الإجابات الصحيحة.',
        options: [
          'إذا ضغطت على «رفض» يُلغى الاجتماع للجميع',
          'إذا ضغطت على «قبول» يُضاف الاجتماع عادةً إلى تقويمك',
          'الشخص الذي دعاك يرى عادةً هل قبلت أم رفضت',
          'يجب أن تنضم إلى الاجتماع فوراً، بمجرد أن يصلك البريد',
          'يوم الاثنين الساعة 14:00 تفتح الرابط لتنضم إلى الاجتماع',
        ],
      },
    },
  },
];
