import type { contactEn } from './contact.en';

/** How employers reach a learner (see `contactEn`). */
export const contactAr: Record<keyof typeof contactEn, string> = {
  'contact.nav': 'التواصل',
  'contact.title': 'كيف يتواصل معك أصحاب العمل',
  'contact.intro': 'يرى أصحاب العمل هذا فقط عندما تقبل مقابلة. قبل ذلك لا يرون منه شيئاً.',
  'contact.phone': 'رقم الهاتف (يمكنك تركه فارغاً)',
  'contact.phoneHint': 'ابدأ بـ + ورمز البلد، مثلاً ‎+33 6 12 34 56 78.',
  'contact.phoneInvalid': 'اكتب الرقم مع + ورمز البلد، مثل ‎+33 6 12 34 56 78.',
  'contact.via': 'كيف يتواصل معك أصحاب العمل؟',
  'contact.via.email': 'بالبريد الإلكتروني',
  'contact.via.emailHelp': 'يرون بريدك الإلكتروني {email}.',
  'contact.via.phone': 'بالهاتف',
  'contact.via.phoneHelp': 'يرون رقم هاتفك.',
  'contact.via.phoneMissing': 'اكتب رقم هاتفك أولاً.',
  'contact.via.passerelle': 'عن طريق باسيريل',
  'contact.via.passerelleHelp':
    'لا يرون بريداً إلكترونياً ولا رقم هاتف. يتواصلون مع مرشدك أو مع فريق باسيريل، وهم يخبرونك.',
  'contact.noEmail': 'ليس في حسابك بريد إلكتروني، لذلك لا يستطيع أصحاب العمل مراسلتك بالبريد.',
  'contact.save': 'حفظ',
  'contact.saved': 'تم الحفظ.',

  'contact.offer.email':
    'إذا قبلت، تستطيع {organisation} أن ترى بريدك الإلكتروني {email} لترتيب المقابلة.',
  'contact.offer.phone':
    'إذا قبلت، تستطيع {organisation} أن ترى رقم هاتفك {phone} لترتيب المقابلة.',
  'contact.offer.passerelle':
    'إذا قبلت، لا تحصل {organisation} على بريدك ولا على هاتفك. يتواصلون مع مرشدك أو مع فريق باسيريل، وهم يخبرونك.',
  'contact.offer.unknown': 'إذا قبلت، ترى {organisation} طريقة التواصل التي اخترتها في ملفي.',
  'contact.offer.change': 'غيّر طريقة تواصل أصحاب العمل معك',
  'contact.shared.email': 'لقد قبلت. تستطيع {organisation} الآن أن ترى بريدك الإلكتروني {email}.',
  'contact.shared.phone': 'لقد قبلت. تستطيع {organisation} الآن أن ترى رقم هاتفك {phone}.',
  'contact.shared.mentor':
    'لقد قبلت. لا ترى {organisation} بريداً ولا هاتفاً. سيتواصلون مع مرشدك {mentors}، وهو سيخبرك.',
  'contact.shared.team':
    'لقد قبلت. لا ترى {organisation} بريداً ولا هاتفاً. سيتواصلون مع فريق باسيريل. ليس لديك مرشد بعد: ليصلوا إليك أسرع، أضف رقم هاتفك أو بريدك.',

  'contact.employer.label': 'التواصل',
  'contact.employer.email': 'البريد الإلكتروني',
  'contact.employer.phone': 'الهاتف',
  'contact.employer.mentor':
    'عن طريق باسيريل: لا توجد معلومات تواصل شخصية. راسل مرشد المرشّح، وهو ينقل رسالتك:',
  'contact.employer.team':
    'عن طريق باسيريل: لا توجد معلومات تواصل شخصية، وليس للمرشّح مرشد بعد. اسأل فريق باسيريل الذي دعا مؤسستك.',
  'contact.employer.csvPasserelle': 'عن طريق باسيريل',
};
