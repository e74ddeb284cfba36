import type { Db } from '@/lib/db/client';

/**
 * Message templates staff send from the case page (docs/decisions/023), Korean first (the source),
 * then the translations made from it. "please-call-us" has no Khmer version on purpose: the case
 * page flags it for a Khmer-reading resident and asks for an explicit choice of language.
 */
const templates: { key: string; versions: Record<string, { title: string; body: string }> }[] = [
  {
    key: 'documents-needed',
    versions: {
      ko: {
        title: '서류를 보내 주세요',
        body: '신청을 처리하려면 다음 서류가 필요합니다.\n- 외국인등록증 앞뒤 사본\n- 재직증명서 또는 근로계약서\n\n센터에 직접 가져오시거나 상담원에게 보내 주세요.',
      },
      en: {
        title: 'Please send us documents',
        body: 'To process your request we need these documents:\n- a copy of both sides of your alien registration card\n- a certificate of employment or your employment contract\n\nBring them to the centre or send them to your counsellor.',
      },
      km: {
        title: 'សូមផ្ញើឯកសារមកយើង',
        body: 'ដើម្បីដំណើរការសំណើរបស់អ្នក យើងត្រូវការឯកសារទាំងនេះ៖\n- ច្បាប់ចម្លងទាំងសងខាងនៃប័ណ្ណចុះបញ្ជីជនបរទេសរបស់អ្នក\n- លិខិតបញ្ជាក់ការងារ ឬកិច្ចសន្យាការងាររបស់អ្នក\n\nសូមយកមកមជ្ឈមណ្ឌល ឬផ្ញើទៅអ្នកប្រឹក្សារបស់អ្នក។',
      },
      vi: {
        title: 'Vui lòng gửi giấy tờ cho chúng tôi',
        body: 'Để xử lý yêu cầu của bạn, chúng tôi cần các giấy tờ sau:\n- bản sao hai mặt thẻ đăng ký người nước ngoài\n- giấy xác nhận việc làm hoặc hợp đồng lao động\n\nHãy mang đến trung tâm hoặc gửi cho tư vấn viên của bạn.',
      },
      zh: { title: '请向我们提交材料', body: '为处理您的申请，我们需要以下材料：\n- 外国人登录证正反面复印件\n- 在职证明或劳动合同\n\n请带到中心，或发送给您的咨询员。' },
      ru: {
        title: 'Пожалуйста, пришлите документы',
        body: 'Чтобы рассмотреть вашу заявку, нам нужны документы:\n- копия обеих сторон карты регистрации иностранца\n- справка с места работы или трудовой договор\n\nПринесите их в центр или отправьте вашему консультанту.',
      },
    },
  },
  {
    key: 'appointment-reminder',
    versions: {
      ko: { title: '상담 일정 안내', body: '예약하신 상담 일정을 다시 알려 드립니다. 외국인등록증을 가지고 오세요. 오실 수 없으면 미리 센터에 전화해 주세요.' },
      en: { title: 'About your appointment', body: 'This is a reminder of your consultation appointment. Please bring your alien registration card. If you cannot come, call the centre beforehand.' },
      km: { title: 'អំពីការណាត់ជួបរបស់អ្នក', body: 'នេះជាការរំលឹកអំពីការណាត់ជួបប្រឹក្សារបស់អ្នក។ សូមយកប័ណ្ណចុះបញ្ជីជនបរទេសរបស់អ្នកមកជាមួយ។ ប្រសិនបើអ្នកមិនអាចមកបាន សូមទូរស័ព្ទទៅមជ្ឈមណ្ឌលជាមុន។' },
      uz: {
        title: 'Uchrashuvingiz haqida',
        body: 'Bu maslahat uchrashuvingiz haqida eslatma. Chet ellik roʻyxatga olish kartangizni olib keling. Kela olmasangiz, oldindan markazga qoʻngʻiroq qiling.',
      },
      ne: { title: 'तपाईंको भेटघाटबारे', body: 'यो तपाईंको परामर्श भेटघाटको सम्झना हो। आफ्नो विदेशी दर्ता कार्ड लिएर आउनुहोस्। आउन नसक्ने भए पहिले नै केन्द्रमा फोन गर्नुहोस्।' },
    },
  },
  {
    key: 'please-call-us',
    versions: {
      ko: { title: '센터로 전화해 주세요', body: '신청과 관련해 확인할 내용이 있습니다. 평일 오전 9시부터 오후 6시 사이에 센터로 전화해 주세요. 통역이 필요하면 말씀해 주세요.' },
      en: { title: 'Please call us', body: 'We need to check something about your request. Please call the centre on a weekday between 9:00 and 18:00. Tell us if you need an interpreter.' },
      vi: {
        title: 'Vui lòng gọi cho chúng tôi',
        body: 'Chúng tôi cần kiểm tra một điều về yêu cầu của bạn. Vui lòng gọi cho trung tâm vào ngày thường từ 9:00 đến 18:00. Hãy cho chúng tôi biết nếu bạn cần phiên dịch viên.',
      },
      zh: { title: '请给我们打电话', body: '关于您的申请，我们需要确认一些内容。请在工作日 9:00 至 18:00 给中心打电话。如需口译员，请告诉我们。' },
    },
  },
];

/** Once: a template that exists is left as staff edited it. */
export async function seedMessageTemplates(db: Db) {
  for (const template of templates) {
    if (await db.messageTemplate.findUnique({ where: { key: template.key }, select: { id: true } })) continue;
    await db.messageTemplate.create({
      data: {
        key: template.key,
        sourceLocale: 'ko',
        sourceRevision: 1,
        versions: { create: Object.entries(template.versions).map(([locale, text]) => ({ locale, revision: 1, sourceRevision: 1, ...text })) },
      },
    });
  }
}
