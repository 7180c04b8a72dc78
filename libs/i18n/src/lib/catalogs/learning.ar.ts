import type { Translations } from '../message';
import type { learningEn } from './learning.en';

/** انظر learning.en.ts. */
export const learningAr: Translations<typeof learningEn> = {
  'learning.start.intro': {
    zero: 'لا خطوات في هذه الدورة بعد.',
    one: 'في هذه الدورة خطوة واحدة. ابدأها لتفتحها.',
    two: 'في هذه الدورة خطوتان. ابدأها لتفتح الخطوتين.',
    few: 'في هذه الدورة {count} خطوات. ابدأها لتفتح الخطوات.',
    many: 'في هذه الدورة {count} خطوة. ابدأها لتفتح الخطوات.',
    other: 'في هذه الدورة {count} خطوة. ابدأها لتفتح الخطوات.',
  },
  'learning.start.button': 'ابدأ هذه الدورة',
  'learning.seeCourse': 'شاهد الدورة',
  'learning.allCourses': 'شاهد كل الدورات',
  'learning.problem.notEnrolled': 'لم تبدأ هذه الدورة بعد. ابدأها لتفتح هذه الخطوة.',
  'learning.problem.courseNotFound': 'لا نجد هذه الدورة. ربما أُغلقت.',
  'learning.problem.itemNotFound': 'لا نجد هذه الخطوة. ربما تغيّر مكانها.',
  'learning.problem.forbidden': 'هذه الصفحة غير مفتوحة لحسابك. ارجع، أو اسأل المرشد.',
  'learning.tryAgain': 'حاول مرة أخرى',

  'exercise.result.label': 'النتيجة',
  'exercise.result.running': 'نشغّل الأمثلة…',
  'exercise.result.grading': 'نفحص الكود بكل الاختبارات…',
  'exercise.result.summary': 'الاختبارات الناجحة: {passed} من {total}.',
  'exercise.reset.title': 'تبدأ من جديد؟',
  'exercise.reset.body': 'سيذهب الكود الذي كتبته ويعود الكود الأول. يمكنك التراجع بعد ذلك.',
  'exercise.reset.confirm': 'نعم، ابدأ من جديد',
  'exercise.reset.cancel': 'لا، احتفظ بالكود',
  'exercise.reset.done': 'عاد الكود الأول. الكود القديم محفوظ على هذا الجهاز.',
  'exercise.reset.undo': 'تراجع: أرجع الكود الذي كتبته',
  'exercise.reset.undone': 'عاد الكود الذي كتبته.',

  'assessment.length.title': 'كم من الوقت',
  'assessment.length.questions': 'حوالي {expected} سؤالًا (وليس أكثر من {max}).',
  'assessment.length.minutes': 'حوالي {minutes} دقيقة.',
  'assessment.length.fromAttempts': 'نحسب من الوقت الذي أخذه متعلمون آخرون.',
  'assessment.length.fromDefault': 'نحسب حوالي {seconds} ثانية لكل سؤال.',
  'dashboard.assessment.length': 'اختبار بلغتك. يبيّن ما تعرفه الآن. يأخذ حوالي {minutes} دقيقة.',
};
