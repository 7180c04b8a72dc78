import type { Translations } from '../message';
import type { organisationsEn } from './organisations.en';

/** Partner organisations in the console: the admin's list, an organisation and its employers. */
export const organisationsAr: Translations<typeof organisationsEn> = {
  'console.nav.organisations': 'المؤسسات',

  'org.title': 'المؤسسات',
  'org.detailTitle': 'المؤسسة',
  'org.intro':
    'المؤسسات الشريكة التي توظّف المتعلمين. افتح مؤسسة لترى أصحاب العمل فيها ولتدعو غيرهم.',
  'org.exportCsv': 'تنزيل ملف CSV',
  'org.filters': 'تصفية المؤسسات',
  'org.search': 'ابحث بالاسم أو الوصف',
  'org.summary': {
    by: 'total',
    zero: 'يُعرض {shown} من {total} مؤسسة',
    one: 'يُعرض {shown} من مؤسسة واحدة',
    two: 'يُعرض {shown} من مؤسستين',
    few: 'يُعرض {shown} من {total} مؤسسات',
    many: 'يُعرض {shown} من {total} مؤسسةً',
    other: 'يُعرض {shown} من {total} مؤسسة',
  },
  'org.empty': 'لا توجد مؤسسات بعد. أضف أول مؤسسة في الأسفل.',
  'org.noMatch': 'لا توجد مؤسسة تطابق هذا البحث.',
  'org.column.name': 'الاسم',
  'org.column.description': 'الوصف',
  'org.column.members': 'أصحاب العمل',
  'org.column.created': 'تاريخ الإضافة',
  'org.new': 'مؤسسة جديدة',
  'org.name': 'الاسم',
  'org.nameHint': 'الاسم الذي يعرفها به الناس. لكل مؤسسة اسم خاص بها.',
  'org.description': 'الوصف',
  'org.descriptionHint': 'اختياري. ماذا تعمل ومن تريد أن توظّف.',
  'org.create': 'إنشاء المؤسسة',
  'org.none': 'أنت لست في أي مؤسسة بعد. سيضيفك أحد المسؤولين. بعد ذلك ستجدها هنا.',
  'org.notFound': 'هذه المؤسسة غير موجودة، أو لا يمكنك رؤيتها.',

  'org.back': 'كل المؤسسات',
  'org.addedOn': 'أُضيفت في {date}',
  'org.employers': 'أصحاب العمل ({count})',
  'org.employersOf': 'أصحاب العمل في {name}',
  'org.noEmployers': 'لا يوجد أصحاب عمل بعد.',
  'org.noEmployersInvite': 'لا يوجد أصحاب عمل بعد. ادعُ أول شخص في الأسفل.',
  'org.employer.name': 'الاسم',
  'org.employer.email': 'البريد الإلكتروني',
  'org.employer.role': 'الدور',
  'org.employer.status': 'الحالة',
  'org.role.owner': 'مسؤول',
  'org.role.member': 'عضو',
  'org.status.invited': 'مدعو',
  'org.status.active': 'نشط',
  'org.status.disabled': 'موقوف',
  'org.askOwner': 'لإضافة زميل، اطلب ذلك من أحد مسؤولي مؤسستك.',

  'org.invite': 'دعوة صاحب عمل',
  'org.inviteIntro': 'سيصله رابط ليختار كلمة مرور وينضم إلى {name}.',
  'org.invite.email': 'البريد الإلكتروني',
  'org.invite.name': 'الاسم',
  'org.invite.role': 'الدور',
  'org.invite.roleHint': 'يمكن للمسؤولين أيضاً دعوة زملاء. الأعضاء لا يمكنهم ذلك.',
  'org.invite.submit': 'إنشاء الدعوة',
  'org.invite.created':
    'تم إنشاء الدعوة. لا يُرسل أي بريد إلكتروني: انسخ هذا الرابط وأرسله إلى {name}. يعمل مرة واحدة فقط.',

  'org.errors.nameTaken': 'توجد مؤسسة أخرى بهذا الاسم. اختر اسماً آخر.',
  'org.errors.emailActive': 'هذا البريد الإلكتروني له حساب من قبل. يمكن دعوة من ليس لهم حساب فقط.',
  'org.errors.otherOrganisation': 'هذا الشخص موجود من قبل في مؤسسة أخرى.',
};
