/**
 * Mail templates in the five languages of Custos. Each language's text is written for that language
 * (not machine-substituted from English). A template declares its placeholders; `render` fills them,
 * refuses missing or unknown ones, and produces a subject line, a plain-text body and minimal HTML.
 *
 * Placeholders filled by Custos itself (callers do not pass them): `controller` (the controller's
 * name from the policy) and `contact` (the controller's contact email).
 * Values of `request_type` that are request types (`erasure`, ...) are shown as words of the
 * language; values of date placeholders that are ISO dates or instants are shown as long dates of
 * the language, and instants of date-time placeholders (`due_at`) as dates with the hour and the zone's
 * name, in `time_zone` when the data gives one (default UTC).
 */
import { invalidInput } from '../errors.js';
import { unknownKeyError } from '../validation.js';
import { LANGUAGES, REQUEST_TYPES, type Language } from '../policy/schema.js';
import type { Stage as IncidentStage } from '../incidents/rules.js';

export interface LocalisedTemplate {
  subject: string;
  text: string;
}

export interface TemplateSpec {
  /** Placeholders the caller must fill. */
  placeholders: readonly string[];
  /** Default lifetime of a queued mail: after it, an undelivered mail expires (a code is useless late). */
  ttlMs?: number;
  /** Extra checks on values (rule id, message) for one placeholder. */
  checks?: Record<string, { test: (v: string) => boolean; rule: string; message: string }>;
  lang: Record<Language, LocalisedTemplate>;
}

/** Filled by Custos from the policy. */
export const AUTO_PLACEHOLDERS = ['controller', 'contact'] as const;
/** Rendering hints a caller may pass besides the placeholders. */
export const RENDER_HINTS = ['time_zone'] as const;
/** Placeholders whose ISO date or date-time values are shown as localised dates. */
export const DATE_PLACEHOLDERS = new Set(['due_date', 'effective_date', 'occurred']);
/** Placeholders whose ISO instants are shown as localised dates with the hour and the zone (deadlines counted in hours). */
export const DATE_TIME_PLACEHOLDERS = new Set(['due_at']);

export const REQUEST_TYPE_LABELS: Record<Language, Record<(typeof REQUEST_TYPES)[number], string>> = {
  en: {
    access: 'access to personal data',
    correction: 'correction of personal data',
    erasure: 'erasure of personal data',
    restriction: 'restriction of use',
    stop_provision: 'stop of provision to third parties',
    marketing_objection: 'objection to marketing',
    purpose_notice: 'notice of the purposes of use',
  },
  ja: {
    access: '保有個人データの開示',
    correction: '訂正・追加',
    erasure: '削除（消去）',
    restriction: '利用停止',
    stop_provision: '第三者提供の停止',
    marketing_objection: '広告・宣伝メールの配信停止',
    purpose_notice: '利用目的の通知',
  },
  ko: {
    access: '개인정보 열람',
    correction: '개인정보 정정',
    erasure: '개인정보 삭제',
    restriction: '개인정보 처리정지',
    stop_provision: '제3자 제공 중단',
    marketing_objection: '광고성 정보 수신 거부',
    purpose_notice: '처리 목적 안내',
  },
  ru: {
    access: 'доступ к персональным данным',
    correction: 'уточнение персональных данных',
    erasure: 'удаление персональных данных',
    restriction: 'ограничение обработки',
    stop_provision: 'прекращение передачи третьим лицам',
    marketing_objection: 'отказ от рекламных рассылок',
    purpose_notice: 'сведения о целях обработки',
  },
  vi: {
    access: 'truy cập dữ liệu cá nhân',
    correction: 'chỉnh sửa dữ liệu cá nhân',
    erasure: 'xóa dữ liệu cá nhân',
    restriction: 'hạn chế xử lý dữ liệu cá nhân',
    stop_provision: 'ngừng cung cấp dữ liệu cho bên thứ ba',
    marketing_objection: 'phản đối nhận thông tin quảng cáo',
    purpose_notice: 'thông báo mục đích xử lý',
  },
};

export const TEMPLATES = {
  verification_code: {
    placeholders: ['code', 'minutes'],
    ttlMs: 10 * 60_000,
    checks: { code: { test: (v) => /^\d{6}$/.test(v), rule: 'six_digits', message: 'must be a 6-digit code' } },
    lang: {
      en: {
        subject: '{{controller}}: your verification code',
        text:
          'Your verification code is {{code}}.\n\n' +
          'Enter it within {{minutes}} minutes to confirm that this request is yours. If you did not ask for this code, you can ignore this message: nothing will happen.\n\n' +
          'Never share this code with anyone. {{controller}} will never ask you for it by phone or email.\n\n{{controller}}',
      },
      ja: {
        subject: '【{{controller}}】確認コードのお知らせ',
        text:
          '確認コードは {{code}} です。\n\n' +
          'ご本人によるお手続きであることを確認するため、{{minutes}}分以内に入力してください。このコードに心当たりがない場合は、このメールを破棄してください。お手続きは行われません。\n\n' +
          'このコードを他人に教えないでください。{{controller}}が電話やメールでコードをお尋ねすることはありません。\n\n{{controller}}',
      },
      ko: {
        subject: '[{{controller}}] 인증 코드 안내',
        text:
          '인증 코드는 {{code}}입니다.\n\n' +
          '본인 요청임을 확인하기 위해 {{minutes}}분 이내에 입력해 주세요. 요청하신 적이 없다면 이 메일을 무시하셔도 됩니다. 아무 일도 일어나지 않습니다.\n\n' +
          '이 코드를 다른 사람에게 알려 주지 마세요. {{controller}}은(는) 전화나 이메일로 코드를 묻지 않습니다.\n\n{{controller}}',
      },
      ru: {
        subject: '{{controller}}: код подтверждения',
        text:
          'Ваш код подтверждения: {{code}}.\n\n' +
          'Введите его, чтобы подтвердить, что запрос отправили вы. Код действителен {{minutes}} мин. Если вы не запрашивали код, просто проигнорируйте это письмо: ничего не произойдёт.\n\n' +
          'Никому не сообщайте этот код. {{controller}} никогда не спрашивает его по телефону или по электронной почте.\n\n{{controller}}',
      },
      vi: {
        subject: '{{controller}}: mã xác minh của bạn',
        text:
          'Mã xác minh của bạn là {{code}}.\n\n' +
          'Vui lòng nhập mã trong vòng {{minutes}} phút để xác nhận rằng yêu cầu này là của bạn. Nếu bạn không yêu cầu mã này, bạn có thể bỏ qua thư này: sẽ không có gì xảy ra.\n\n' +
          'Không chia sẻ mã này với bất kỳ ai. {{controller}} không bao giờ hỏi mã này qua điện thoại hoặc email.\n\n{{controller}}',
      },
    },
  },
  // To a NEW email address a person asked to put on file (a correction): nothing about the person in it
  // (no name, no old address), only the code, its lifetime and what to do if it was not them.
  identifier_confirmation: {
    placeholders: ['code', 'minutes'],
    ttlMs: 10 * 60_000,
    checks: { code: { test: (v) => /^\d{6}$/.test(v), rule: 'six_digits', message: 'must be a 6-digit code' } },
    lang: {
      en: {
        subject: '{{controller}}: confirm this email address',
        text:
          'Someone asked {{controller}} to use this email address as their contact address from now on.\n\n' +
          'If that was you, your confirmation code is {{code}}. Enter it within {{minutes}} minutes where you were asked for it: on our privacy page, or give it to our privacy staff handling your request. The address is used only once the code is entered.\n\n' +
          'If it was not you, ignore this message: this address will not be used, and nothing else happens.\n\n' +
          'Give this code to no one else. {{controller}} will never ask you for it except on our privacy page or while handling your request.\n\n{{controller}}',
      },
      ja: {
        subject: '【{{controller}}】メールアドレス確認のお願い',
        text:
          '{{controller}}に、このメールアドレスを今後の連絡先とするお申し出がありました。\n\n' +
          'ご本人のお申し出であれば、確認コードは {{code}} です。{{minutes}}分以内に、お申し出の画面（プライバシーページ）で入力するか、お申し出を担当する個人情報窓口の担当者にお伝えください。コードが入力されるまで、このアドレスは使用されません。\n\n' +
          'お心当たりがない場合は、このメールを破棄してください。このアドレスが使用されることはなく、ほかに何も起こりません。\n\n' +
          'このコードを他人に教えないでください。{{controller}}がプライバシーページとお申し出の対応以外でコードをお尋ねすることはありません。\n\n{{controller}}',
      },
      ko: {
        subject: '[{{controller}}] 이메일 주소 확인 요청',
        text:
          '{{controller}}에 이 이메일 주소를 앞으로의 연락처로 사용해 달라는 요청이 있었습니다.\n\n' +
          '본인이 요청하셨다면 확인 코드는 {{code}}입니다. {{minutes}}분 이내에 요청하신 화면(개인정보 페이지)에 입력하거나, 요청을 처리하는 개인정보 담당자에게 알려 주세요. 코드가 입력되기 전까지 이 주소는 사용되지 않습니다.\n\n' +
          '요청하신 적이 없다면 이 메일을 무시하세요. 이 주소는 사용되지 않으며 아무 일도 일어나지 않습니다.\n\n' +
          '이 코드를 다른 사람에게 알려 주지 마세요. {{controller}}은(는) 개인정보 페이지와 요청 처리 외에는 코드를 묻지 않습니다.\n\n{{controller}}',
      },
      ru: {
        subject: '{{controller}}: подтвердите этот адрес электронной почты',
        text:
          'Кто-то попросил {{controller}} использовать этот адрес электронной почты как свой контактный адрес.\n\n' +
          'Если это были вы, ваш код подтверждения: {{code}}. Введите его в течение {{minutes}} мин. там, где вас попросили: на нашей странице конфиденциальности, или сообщите его сотруднику, который занимается вашим запросом. Адрес начнут использовать только после ввода кода.\n\n' +
          'Если это были не вы, просто проигнорируйте письмо: этот адрес не будет использоваться, и больше ничего не произойдёт.\n\n' +
          'Никому больше не сообщайте этот код. {{controller}} спрашивает его только на странице конфиденциальности или при работе с вашим запросом.\n\n{{controller}}',
      },
      vi: {
        subject: '{{controller}}: xác nhận địa chỉ email này',
        text:
          'Có người đã đề nghị {{controller}} dùng địa chỉ email này làm địa chỉ liên hệ của họ từ nay.\n\n' +
          'Nếu đó là bạn, mã xác nhận của bạn là {{code}}. Vui lòng nhập mã trong vòng {{minutes}} phút tại nơi bạn được yêu cầu: trên trang quyền riêng tư của chúng tôi, hoặc đọc mã cho nhân viên đang xử lý yêu cầu của bạn. Địa chỉ này chỉ được sử dụng sau khi mã được nhập.\n\n' +
          'Nếu không phải bạn, hãy bỏ qua thư này: địa chỉ này sẽ không được sử dụng và không có gì khác xảy ra.\n\n' +
          'Không đưa mã này cho bất kỳ ai khác. {{controller}} chỉ hỏi mã này trên trang quyền riêng tư hoặc khi xử lý yêu cầu của bạn.\n\n{{controller}}',
      },
    },
  },
  request_received: {
    placeholders: ['reference', 'request_type', 'due_date'],
    lang: {
      en: {
        subject: 'We received your request ({{reference}})',
        text:
          'We have received your request: {{request_type}} (reference {{reference}}).\n\n' +
          'We will answer by {{due_date}} at the latest. If we need more time, we will tell you before then and explain why.\n\n' +
          'If you have questions, write to {{contact}} and quote the reference.\n\n{{controller}}',
      },
      ja: {
        subject: '【{{controller}}】ご請求を受け付けました（受付番号 {{reference}}）',
        text:
          '{{request_type}}のご請求を受け付けました（受付番号 {{reference}}）。\n\n' +
          '遅くとも{{due_date}}までに回答いたします。期限内に回答できない場合は、その前に理由とともにお知らせします。\n\n' +
          'ご不明な点は、受付番号を添えて {{contact}} までお問い合わせください。\n\n{{controller}}',
      },
      ko: {
        subject: '[{{controller}}] 요청이 접수되었습니다 ({{reference}})',
        text:
          '{{request_type}} 요청이 접수되었습니다(접수 번호 {{reference}}).\n\n' +
          '늦어도 {{due_date}}까지 답변드리겠습니다. 기한 내 처리가 어려운 경우 그 전에 사유와 함께 알려 드리겠습니다.\n\n' +
          '문의 사항이 있으시면 접수 번호를 적어 {{contact}}(으)로 연락해 주세요.\n\n{{controller}}',
      },
      ru: {
        subject: '{{controller}}: ваш запрос получен ({{reference}})',
        text:
          'Мы получили ваш запрос: {{request_type}} (номер {{reference}}).\n\n' +
          'Мы ответим не позднее {{due_date}}. Если нам понадобится больше времени, мы сообщим об этом заранее и объясним причину.\n\n' +
          'Если у вас есть вопросы, напишите на {{contact}}, указав номер запроса.\n\n{{controller}}',
      },
      vi: {
        subject: '{{controller}}: chúng tôi đã nhận được yêu cầu của bạn ({{reference}})',
        text:
          'Chúng tôi đã nhận được yêu cầu {{request_type}} của bạn (mã số {{reference}}).\n\n' +
          'Chúng tôi sẽ trả lời chậm nhất vào {{due_date}}. Nếu cần thêm thời gian, chúng tôi sẽ thông báo trước thời hạn đó và nêu rõ lý do.\n\n' +
          'Nếu có câu hỏi, vui lòng liên hệ {{contact}} và ghi mã số yêu cầu.\n\n{{controller}}',
      },
    },
  },
  request_extended: {
    placeholders: ['reference', 'request_type', 'due_date', 'reason'],
    lang: {
      en: {
        subject: 'Your request {{reference}}: we need more time',
        text:
          'We need more time to complete your request: {{request_type}} (reference {{reference}}).\n\n' +
          'Reason: {{reason}}\n\nWe will answer by {{due_date}} at the latest.\n\n' +
          'If you have questions, write to {{contact}}.\n\n{{controller}}',
      },
      ja: {
        subject: '【{{controller}}】ご請求（{{reference}}）の回答期限延長のお知らせ',
        text:
          '{{request_type}}のご請求（受付番号 {{reference}}）について、回答までにさらにお時間をいただく必要があります。\n\n' +
          '理由：{{reason}}\n\n遅くとも{{due_date}}までに回答いたします。\n\n' +
          'ご不明な点は {{contact}} までお問い合わせください。\n\n{{controller}}',
      },
      ko: {
        subject: '[{{controller}}] 요청({{reference}}) 처리 기한 연장 안내',
        text:
          '{{request_type}} 요청(접수 번호 {{reference}})을 처리하는 데 시간이 더 필요합니다.\n\n' +
          '사유: {{reason}}\n\n늦어도 {{due_date}}까지 답변드리겠습니다.\n\n' +
          '문의 사항은 {{contact}}(으)로 연락해 주세요.\n\n{{controller}}',
      },
      ru: {
        subject: '{{controller}}: срок ответа на запрос {{reference}} продлён',
        text:
          'Нам нужно больше времени, чтобы выполнить ваш запрос: {{request_type}} (номер {{reference}}).\n\n' +
          'Причина: {{reason}}\n\nМы ответим не позднее {{due_date}}.\n\n' +
          'Если у вас есть вопросы, напишите на {{contact}}.\n\n{{controller}}',
      },
      vi: {
        subject: '{{controller}}: gia hạn thời gian xử lý yêu cầu {{reference}}',
        text:
          'Chúng tôi cần thêm thời gian để hoàn tất yêu cầu {{request_type}} của bạn (mã số {{reference}}).\n\n' +
          'Lý do: {{reason}}\n\nChúng tôi sẽ trả lời chậm nhất vào {{due_date}}.\n\n' +
          'Nếu có câu hỏi, vui lòng liên hệ {{contact}}.\n\n{{controller}}',
      },
    },
  },
  request_completed: {
    placeholders: ['reference', 'request_type'],
    lang: {
      en: {
        subject: 'Your request {{reference}} is complete',
        text:
          'We have completed your request: {{request_type}} (reference {{reference}}).\n\n' +
          'If there is a result to download, sign in to the privacy center to get it. If something is not as you expected, write to {{contact}}.\n\n{{controller}}',
      },
      ja: {
        subject: '【{{controller}}】ご請求（{{reference}}）への対応が完了しました',
        text:
          '{{request_type}}のご請求（受付番号 {{reference}}）への対応が完了しました。\n\n' +
          'ダウンロードできる結果がある場合は、プライバシーセンターからお受け取りください。ご不明な点は {{contact}} までお問い合わせください。\n\n{{controller}}',
      },
      ko: {
        subject: '[{{controller}}] 요청({{reference}}) 처리가 완료되었습니다',
        text:
          '{{request_type}} 요청(접수 번호 {{reference}}) 처리가 완료되었습니다.\n\n' +
          '내려받을 결과가 있는 경우 개인정보 센터에서 받으실 수 있습니다. 문의 사항은 {{contact}}(으)로 연락해 주세요.\n\n{{controller}}',
      },
      ru: {
        subject: '{{controller}}: ваш запрос {{reference}} выполнен',
        text:
          'Ваш запрос выполнен: {{request_type}} (номер {{reference}}).\n\n' +
          'Если результат можно скачать, получите его в центре конфиденциальности. Если что-то не так, напишите на {{contact}}.\n\n{{controller}}',
      },
      vi: {
        subject: '{{controller}}: yêu cầu {{reference}} đã hoàn tất',
        text:
          'Chúng tôi đã hoàn tất yêu cầu {{request_type}} của bạn (mã số {{reference}}).\n\n' +
          'Nếu có kết quả để tải xuống, vui lòng nhận tại trung tâm quyền riêng tư. Nếu có điều gì chưa đúng như mong đợi, vui lòng liên hệ {{contact}}.\n\n{{controller}}',
      },
    },
  },
  erasure_completed: {
    placeholders: ['reference', 'kept'],
    lang: {
      en: {
        subject: 'Your erasure request {{reference}} is complete',
        text:
          'We have erased your personal data (request {{reference}}).\n\n' +
          'What remains, and why: {{kept}}\n\n' +
          'Data the law requires us to keep is used only for that legal purpose and deleted when its period ends. Public content you wrote no longer shows your name. Copies in backups can no longer be read and age out.\n\n' +
          'This is the last message we send to this address. Questions: {{contact}}.\n\n{{controller}}',
      },
      ja: {
        subject: '【{{controller}}】削除のご請求（{{reference}}）への対応が完了しました',
        text:
          'お客様の個人データを削除しました（受付番号 {{reference}}）。\n\n' +
          '保存している情報とその理由：{{kept}}\n\n' +
          '法令により保存が義務付けられている情報は、その目的にのみ利用し、保存期間の終了後に削除します。公開されたレビューなどからはお名前を外しました。バックアップ内の複製は読み取れない状態となり、順次消去されます。\n\n' +
          'このアドレスへのご連絡はこれが最後となります。お問い合わせ：{{contact}}\n\n{{controller}}',
      },
      ko: {
        subject: '[{{controller}}] 삭제 요청({{reference}}) 처리가 완료되었습니다',
        text:
          '고객님의 개인정보를 삭제했습니다(접수 번호 {{reference}}).\n\n' +
          '보관 중인 정보와 그 이유: {{kept}}\n\n' +
          '법령에 따라 보관해야 하는 정보는 해당 목적으로만 이용하며 보관 기간이 끝나면 삭제합니다. 공개된 후기 등에서는 고객님의 이름을 제거했습니다. 백업에 남은 사본은 더 이상 읽을 수 없으며 순차적으로 삭제됩니다.\n\n' +
          '이 주소로 보내 드리는 마지막 메일입니다. 문의: {{contact}}\n\n{{controller}}',
      },
      ru: {
        subject: '{{controller}}: ваш запрос на удаление {{reference}} выполнен',
        text:
          'Мы удалили ваши персональные данные (запрос {{reference}}).\n\n' +
          'Что сохранено и почему: {{kept}}\n\n' +
          'Данные, которые мы обязаны хранить по закону, используются только для этой цели и будут удалены по истечении срока хранения. Опубликованные вами материалы больше не показывают ваше имя. Копии в резервных архивах стали нечитаемыми и со временем будут удалены.\n\n' +
          'Это последнее письмо на этот адрес. Вопросы: {{contact}}.\n\n{{controller}}',
      },
      vi: {
        subject: '{{controller}}: yêu cầu xóa dữ liệu {{reference}} đã hoàn tất',
        text:
          'Chúng tôi đã xóa dữ liệu cá nhân của bạn (yêu cầu {{reference}}).\n\n' +
          'Những gì còn được lưu giữ và lý do: {{kept}}\n\n' +
          'Dữ liệu mà pháp luật yêu cầu lưu giữ chỉ được dùng cho mục đích đó và sẽ bị xóa khi hết thời hạn. Nội dung công khai bạn đã viết không còn hiển thị tên bạn. Các bản sao trong dữ liệu sao lưu không còn đọc được và sẽ dần bị xóa.\n\n' +
          'Đây là thư cuối cùng chúng tôi gửi đến địa chỉ này. Liên hệ: {{contact}}.\n\n{{controller}}',
      },
    },
  },
  request_refused: {
    placeholders: ['reference', 'request_type', 'reason'],
    lang: {
      en: {
        subject: 'Your request {{reference}}: we cannot fulfil it',
        text:
          'We cannot fulfil your request: {{request_type}} (reference {{reference}}).\n\n' +
          'Reason: {{reason}}\n\n' +
          'You may ask us to reconsider by writing to {{contact}}. You also have the right to lodge a complaint with the data protection authority where you live.\n\n{{controller}}',
      },
      ja: {
        subject: '【{{controller}}】ご請求（{{reference}}）にお応えできないことのお知らせ',
        text:
          '誠に恐れ入りますが、{{request_type}}のご請求（受付番号 {{reference}}）にはお応えできません。\n\n' +
          '理由：{{reason}}\n\n' +
          '再検討をご希望の場合は {{contact}} までご連絡ください。また、個人情報保護委員会などの監督機関に申し出ることもできます。\n\n{{controller}}',
      },
      ko: {
        subject: '[{{controller}}] 요청({{reference}})을 처리할 수 없음을 알려 드립니다',
        text:
          '죄송하지만 {{request_type}} 요청(접수 번호 {{reference}})을 처리할 수 없습니다.\n\n' +
          '사유: {{reason}}\n\n' +
          '재검토를 원하시면 {{contact}}(으)로 연락해 주세요. 개인정보보호위원회 등 감독 기관에 이의를 제기하실 수도 있습니다.\n\n{{controller}}',
      },
      ru: {
        subject: '{{controller}}: мы не можем выполнить запрос {{reference}}',
        text:
          'К сожалению, мы не можем выполнить ваш запрос: {{request_type}} (номер {{reference}}).\n\n' +
          'Причина: {{reason}}\n\n' +
          'Вы можете попросить нас пересмотреть решение, написав на {{contact}}. Вы также вправе обжаловать его в уполномоченном органе по защите прав субъектов персональных данных или в суде.\n\n{{controller}}',
      },
      vi: {
        subject: '{{controller}}: chúng tôi không thể thực hiện yêu cầu {{reference}}',
        text:
          'Rất tiếc, chúng tôi không thể thực hiện yêu cầu {{request_type}} của bạn (mã số {{reference}}).\n\n' +
          'Lý do: {{reason}}\n\n' +
          'Bạn có thể đề nghị chúng tôi xem xét lại bằng cách liên hệ {{contact}}. Bạn cũng có quyền khiếu nại đến cơ quan có thẩm quyền về bảo vệ dữ liệu cá nhân.\n\n{{controller}}',
      },
    },
  },
  policy_change: {
    placeholders: ['version', 'effective_date', 'summary', 'url'],
    lang: {
      en: {
        subject: 'Changes to our privacy policy (from {{effective_date}})',
        text:
          'We are changing our privacy policy. The new version ({{version}}) takes effect on {{effective_date}}.\n\n' +
          'What changes:\n{{summary}}\n\nRead the full policy: {{url}}\n\n' +
          'If a change needs your consent, we will ask you before it applies to you. Questions: {{contact}}.\n\n{{controller}}',
      },
      ja: {
        subject: '【{{controller}}】プライバシーポリシー改定のお知らせ（{{effective_date}}施行）',
        text:
          'プライバシーポリシーを改定いたします。新しい版（{{version}}）は{{effective_date}}から適用されます。\n\n' +
          '主な変更点：\n{{summary}}\n\n全文はこちら：{{url}}\n\n' +
          '変更にご同意が必要な場合は、適用前に改めてお伺いします。お問い合わせ：{{contact}}\n\n{{controller}}',
      },
      ko: {
        subject: '[{{controller}}] 개인정보 처리방침 변경 안내 ({{effective_date}} 시행)',
        text:
          '개인정보 처리방침이 변경됩니다. 새 버전({{version}})은 {{effective_date}}부터 적용됩니다.\n\n' +
          '주요 변경 사항:\n{{summary}}\n\n전문 보기: {{url}}\n\n' +
          '변경 사항에 동의가 필요한 경우 적용 전에 동의를 요청드리겠습니다. 문의: {{contact}}\n\n{{controller}}',
      },
      ru: {
        subject: '{{controller}}: изменения в политике конфиденциальности (с {{effective_date}})',
        text:
          'Мы вносим изменения в политику конфиденциальности. Новая редакция ({{version}}) вступает в силу {{effective_date}}.\n\n' +
          'Что меняется:\n{{summary}}\n\nПолный текст: {{url}}\n\n' +
          'Если для изменения потребуется ваше согласие, мы запросим его до того, как изменение коснётся вас. Вопросы: {{contact}}.\n\n{{controller}}',
      },
      vi: {
        subject: '{{controller}}: thay đổi chính sách quyền riêng tư (từ {{effective_date}})',
        text:
          'Chúng tôi thay đổi chính sách quyền riêng tư. Phiên bản mới ({{version}}) có hiệu lực từ {{effective_date}}.\n\n' +
          'Những điểm thay đổi:\n{{summary}}\n\nĐọc toàn văn chính sách: {{url}}\n\n' +
          'Nếu thay đổi cần sự đồng ý của bạn, chúng tôi sẽ hỏi bạn trước khi áp dụng. Liên hệ: {{contact}}.\n\n{{controller}}',
      },
    },
  },
  breach_notice: {
    placeholders: ['occurred', 'what_happened', 'data_affected', 'measures', 'advice'],
    lang: {
      en: {
        subject: 'Important: a security incident involving your personal data',
        text:
          'We are writing to tell you about a security incident that involves your personal data.\n\n' +
          'When: {{occurred}}\nWhat happened: {{what_happened}}\nData involved: {{data_affected}}\nWhat we are doing: {{measures}}\nWhat you can do: {{advice}}\n\n' +
          'We are sorry. For questions, contact us at {{contact}}.\n\n{{controller}}',
      },
      ja: {
        subject: '【重要】{{controller}}：お客様の個人情報に関わるセキュリティ事故のお知らせ',
        text:
          'お客様の個人情報に関わるセキュリティ事故が発生しましたので、お知らせいたします。\n\n' +
          '発生日：{{occurred}}\n概要：{{what_happened}}\n対象となる情報：{{data_affected}}\n当社の対応：{{measures}}\nお客様へのお願い：{{advice}}\n\n' +
          'ご迷惑とご心配をおかけし、深くお詫び申し上げます。お問い合わせ：{{contact}}\n\n{{controller}}',
      },
      ko: {
        subject: '[중요] {{controller}}: 개인정보 유출 사고 안내',
        text:
          '고객님의 개인정보와 관련된 보안 사고가 발생하여 알려 드립니다.\n\n' +
          '발생 일시: {{occurred}}\n사고 내용: {{what_happened}}\n관련 개인정보 항목: {{data_affected}}\n당사의 조치: {{measures}}\n고객님께서 하실 수 있는 조치: {{advice}}\n\n' +
          '불편을 드려 진심으로 사과드립니다. 문의: {{contact}}\n\n{{controller}}',
      },
      ru: {
        subject: 'Важно: {{controller}} сообщает об инциденте с вашими персональными данными',
        text:
          'Сообщаем вам об инциденте безопасности, затрагивающем ваши персональные данные.\n\n' +
          'Когда: {{occurred}}\nЧто произошло: {{what_happened}}\nКакие данные затронуты: {{data_affected}}\nЧто мы делаем: {{measures}}\nЧто можете сделать вы: {{advice}}\n\n' +
          'Приносим свои извинения. По всем вопросам пишите на {{contact}}.\n\n{{controller}}',
      },
      vi: {
        subject: 'Quan trọng: {{controller}} thông báo sự cố liên quan đến dữ liệu cá nhân của bạn',
        text:
          'Chúng tôi xin thông báo về một sự cố an ninh liên quan đến dữ liệu cá nhân của bạn.\n\n' +
          'Thời điểm: {{occurred}}\nSự việc: {{what_happened}}\nDữ liệu bị ảnh hưởng: {{data_affected}}\nBiện pháp chúng tôi đang thực hiện: {{measures}}\nBạn có thể làm gì: {{advice}}\n\n' +
          'Chúng tôi thành thật xin lỗi. Mọi thắc mắc xin liên hệ {{contact}}.\n\n{{controller}}',
      },
    },
  },
  reminder_privacy_officer: {
    placeholders: ['reference', 'request_type', 'due_date', 'days_left'],
    lang: {
      en: {
        subject: 'Reminder: request {{reference}} is due on {{due_date}}',
        text:
          'Request {{reference}} ({{request_type}}) is due on {{due_date}}. Days left: {{days_left}}.\n\n' +
          'Answer it in the admin console, or, where the law allows an extension, record it with its reason before the deadline.\n\nCustos for {{controller}}',
      },
      ja: {
        subject: '【リマインダー】請求 {{reference}} の回答期限は{{due_date}}です',
        text:
          '請求 {{reference}}（{{request_type}}）の回答期限は{{due_date}}です（残り{{days_left}}日）。\n\n' +
          '管理コンソールで対応してください。法令上延長が認められる場合は、期限前に理由を添えて延長を記録してください。\n\nCustos（{{controller}}）',
      },
      ko: {
        subject: '[알림] 요청 {{reference}}의 처리 기한은 {{due_date}}입니다',
        text:
          '요청 {{reference}}({{request_type}})의 처리 기한은 {{due_date}}입니다(남은 일수: {{days_left}}일).\n\n' +
          '관리 콘솔에서 처리해 주세요. 법령상 연장이 허용되는 경우에는 기한 전에 사유와 함께 연장을 기록해 주세요.\n\nCustos ({{controller}})',
      },
      ru: {
        subject: 'Напоминание: срок ответа на запрос {{reference}} — {{due_date}}',
        text:
          'Срок ответа на запрос {{reference}} ({{request_type}}) — {{due_date}}. Осталось дней: {{days_left}}.\n\n' +
          'Ответьте на запрос в консоли администратора или, если закон допускает продление, оформите его с указанием причины до истечения срока.\n\nCustos, {{controller}}',
      },
      vi: {
        subject: 'Nhắc việc: yêu cầu {{reference}} đến hạn vào {{due_date}}',
        text:
          'Yêu cầu {{reference}} ({{request_type}}) đến hạn vào {{due_date}}. Số ngày còn lại: {{days_left}}.\n\n' +
          'Vui lòng xử lý trong bảng điều khiển quản trị, hoặc ghi nhận việc gia hạn kèm lý do trước thời hạn nếu pháp luật cho phép.\n\nCustos, {{controller}}',
      },
    },
  },
  escalation_privacy_officer: {
    placeholders: ['reference', 'request_type', 'due_date'],
    lang: {
      en: {
        subject: 'Overdue: request {{reference}} was due on {{due_date}}',
        text:
          'Request {{reference}} ({{request_type}}) was due on {{due_date}} and has not been answered.\n\n' +
          'Answer it now, or record why it is late: the delay is visible in the audit log and may have to be explained to the authority.\n\nCustos for {{controller}}',
      },
      ja: {
        subject: '【期限超過】請求 {{reference}} の回答期限（{{due_date}}）を過ぎています',
        text:
          '請求 {{reference}}（{{request_type}}）の回答期限（{{due_date}}）を過ぎていますが、まだ回答されていません。\n\n' +
          '直ちに対応するか、遅延の理由を記録してください。遅延は監査ログに残り、監督機関への説明が必要になる場合があります。\n\nCustos（{{controller}}）',
      },
      ko: {
        subject: '[기한 초과] 요청 {{reference}}의 처리 기한({{due_date}})이 지났습니다',
        text:
          '요청 {{reference}}({{request_type}})의 처리 기한({{due_date}})이 지났지만 아직 답변되지 않았습니다.\n\n' +
          '즉시 처리하거나 지연 사유를 기록해 주세요. 지연 사실은 감사 로그에 남으며 감독 기관에 설명해야 할 수 있습니다.\n\nCustos ({{controller}})',
      },
      ru: {
        subject: 'Просрочено: срок ответа на запрос {{reference}} истёк {{due_date}}',
        text:
          'Срок ответа на запрос {{reference}} ({{request_type}}) истёк {{due_date}}, ответ не дан.\n\n' +
          'Ответьте на запрос немедленно или зафиксируйте причину задержки: задержка видна в журнале аудита, и её, возможно, придётся объяснить надзорному органу.\n\nCustos, {{controller}}',
      },
      vi: {
        subject: 'Quá hạn: yêu cầu {{reference}} đã hết hạn vào {{due_date}}',
        text:
          'Yêu cầu {{reference}} ({{request_type}}) đã hết hạn vào {{due_date}} nhưng chưa được trả lời.\n\n' +
          'Vui lòng xử lý ngay hoặc ghi nhận lý do chậm trễ: việc chậm trễ được lưu trong nhật ký kiểm toán và có thể phải giải trình với cơ quan có thẩm quyền.\n\nCustos, {{controller}}',
      },
    },
  },
  incident_reminder: {
    placeholders: ['reference', 'duty', 'due_at', 'hours_left'],
    lang: {
      en: {
        subject: 'Reminder: {{duty}} for incident {{reference}} is due at {{due_at}}',
        text:
          'The {{duty}} for incident {{reference}} is due at {{due_at}}. Hours left: {{hours_left}}.\n\n' +
          'Make it before then and record it in the breach register (the admin console, or custos incidents report); the reminders stop once it is recorded.\n\nCustos for {{controller}}',
      },
      ja: {
        subject: '【リマインダー】インシデント {{reference}}：{{duty}}の期限は{{due_at}}です',
        text:
          'インシデント {{reference}} の{{duty}}の期限は{{due_at}}です（残り{{hours_left}}時間）。\n\n' +
          '期限までに行い、漏えい等の記録（管理コンソールまたは custos incidents report）に記録してください。記録するとリマインダーは止まります。\n\nCustos（{{controller}}）',
      },
      ko: {
        subject: '[알림] 사고 {{reference}}: {{duty}} 기한은 {{due_at}}입니다',
        text:
          '사고 {{reference}}의 {{duty}} 기한은 {{due_at}}입니다(남은 시간: {{hours_left}}시간).\n\n' +
          '기한 전에 이행하고 유출 사고 기록(관리 콘솔 또는 custos incidents report)에 기록해 주세요. 기록하면 알림이 멈춥니다.\n\nCustos ({{controller}})',
      },
      ru: {
        subject: 'Напоминание: {{duty}} по инциденту {{reference}} — срок {{due_at}}',
        text:
          'Срок по инциденту {{reference}} ({{duty}}) — {{due_at}}. Осталось часов: {{hours_left}}.\n\n' +
          'Выполните это до срока и отметьте в реестре инцидентов (консоль администратора или custos incidents report): после отметки напоминания прекратятся.\n\nCustos, {{controller}}',
      },
      vi: {
        subject: 'Nhắc việc: {{duty}} cho sự cố {{reference}} đến hạn lúc {{due_at}}',
        text:
          '{{duty}} cho sự cố {{reference}} đến hạn lúc {{due_at}}. Số giờ còn lại: {{hours_left}}.\n\n' +
          'Vui lòng thực hiện trước thời hạn và ghi nhận trong sổ sự cố (bảng điều khiển quản trị hoặc custos incidents report); lời nhắc sẽ dừng khi đã ghi nhận.\n\nCustos, {{controller}}',
      },
    },
  },
  incident_overdue: {
    placeholders: ['reference', 'duty', 'due_at'],
    lang: {
      en: {
        subject: 'Overdue: {{duty}} for incident {{reference}} was due at {{due_at}}',
        text:
          'The {{duty}} for incident {{reference}} was due at {{due_at}} and is not recorded as made.\n\n' +
          'Make it now and record it, with the reasons for the delay where the law asks for them: the delay is visible in the audit log.\n\nCustos for {{controller}}',
      },
      ja: {
        subject: '【期限超過】インシデント {{reference}}：{{duty}}の期限（{{due_at}}）を過ぎています',
        text:
          'インシデント {{reference}} の{{duty}}の期限（{{due_at}}）を過ぎていますが、まだ記録されていません。\n\n' +
          '直ちに行い、法令が求める場合は遅延の理由とともに記録してください。遅延は監査ログに残ります。\n\nCustos（{{controller}}）',
      },
      ko: {
        subject: '[기한 초과] 사고 {{reference}}: {{duty}} 기한({{due_at}})이 지났습니다',
        text:
          '사고 {{reference}}의 {{duty}} 기한({{due_at}})이 지났지만 아직 기록되지 않았습니다.\n\n' +
          '즉시 이행하고, 법령이 요구하는 경우 지연 사유와 함께 기록해 주세요. 지연 사실은 감사 로그에 남습니다.\n\nCustos ({{controller}})',
      },
      ru: {
        subject: 'Просрочено: {{duty}} по инциденту {{reference}} — срок истёк {{due_at}}',
        text:
          'Срок по инциденту {{reference}} ({{duty}}) истёк {{due_at}}, выполнение не отмечено.\n\n' +
          'Выполните это немедленно и отметьте, указав причины задержки, если их требует закон: задержка видна в журнале аудита.\n\nCustos, {{controller}}',
      },
      vi: {
        subject: 'Quá hạn: {{duty}} cho sự cố {{reference}} đã hết hạn lúc {{due_at}}',
        text:
          '{{duty}} cho sự cố {{reference}} đã hết hạn lúc {{due_at}} nhưng chưa được ghi nhận.\n\n' +
          'Vui lòng thực hiện ngay và ghi nhận, kèm lý do chậm trễ nếu pháp luật yêu cầu: việc chậm trễ được lưu trong nhật ký kiểm toán.\n\nCustos, {{controller}}',
      },
    },
  },
} satisfies Record<string, TemplateSpec>;

/** What a breach deadline is for, in words of each language: a report's stage, or the notice to the persons (`people`). */
const INCIDENT_DUTY_LABELS: Record<Language, Record<IncidentStage | 'people', string>> = {
  en: { preliminary: 'preliminary report', final: 'final report', initial: 'initial report', investigation: 'investigation report', report: 'report', notice: 'notification', people: 'notice to the affected persons' },
  ja: { preliminary: '速報', final: '確報', initial: '初回報告', investigation: '調査報告', report: '報告', notice: '通知', people: '本人への通知' },
  ko: { preliminary: '예비 신고', final: '최종 신고', initial: '최초 신고', investigation: '조사 보고', report: '신고', notice: '통지', people: '정보주체 통지' },
  ru: { preliminary: 'предварительный отчёт', final: 'окончательный отчёт', initial: 'первичное уведомление', investigation: 'отчёт о расследовании', report: 'отчёт', notice: 'уведомление', people: 'уведомление затронутых лиц' },
  vi: { preliminary: 'báo cáo sơ bộ', final: 'báo cáo cuối cùng', initial: 'báo cáo ban đầu', investigation: 'báo cáo điều tra', report: 'báo cáo', notice: 'thông báo', people: 'thông báo cho người bị ảnh hưởng' },
};

/**
 * The `duty` of the incident templates: the stage in words of the language, with the authority it goes
 * to (authorities are named as the law names them) and the jurisdiction; for the persons' notice, the jurisdiction.
 */
export function incidentDuty(language: Language, stage: IncidentStage | 'people', authority: string, jurisdiction: string): string {
  const label = INCIDENT_DUTY_LABELS[language][stage];
  return stage === 'people' ? `${label} (${jurisdiction})` : `${label} (${authority}, ${jurisdiction})`;
}

export type TemplateId = keyof typeof TEMPLATES;
export const TEMPLATE_IDS = Object.keys(TEMPLATES) as TemplateId[];

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface RenderContext {
  controller: string;
  contact: string;
}

const MAX_VALUE = 4000;

export function templateSpec(id: string): TemplateSpec {
  if (!Object.hasOwn(TEMPLATES, id)) throw invalidInput('template', 'known_template', `must be one of ${TEMPLATE_IDS.join(', ')}`);
  return (TEMPLATES as Record<string, TemplateSpec>)[id];
}

export function requireLanguage(language: unknown): Language {
  if (typeof language !== 'string' || !(LANGUAGES as readonly string[]).includes(language))
    throw invalidInput('language', 'known_language', `must be one of ${LANGUAGES.join(', ')}`);
  return language as Language;
}

function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks the data of a template: every placeholder given (string or number, 1-4000 characters), no
 * unknown keys, the template's own checks. Returns the values as strings. Throws CUSTOS_INVALID_INPUT.
 */
export function checkTemplateData(id: string, data: unknown): Record<string, string> {
  const spec = templateSpec(id);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw invalidInput('data', 'object', 'must be an object of placeholder -> value');
  const out: Record<string, string> = {};
  const allowed = new Set<string>([...spec.placeholders, ...RENDER_HINTS]);
  for (const [k, v] of Object.entries(data)) {
    if (!allowed.has(k)) throw unknownKeyError('data', 'unknown_placeholder', `be a placeholder of ${id} (${spec.placeholders.join(', ')})`);
    if (typeof v !== 'string' && !(typeof v === 'number' && Number.isFinite(v))) throw invalidInput(`data.${k}`, 'wrong_type', 'must be a string or a number');
    const s = String(v);
    if (s.trim().length === 0 || s.length > MAX_VALUE) throw invalidInput(`data.${k}`, 'length', `must be 1-${MAX_VALUE} characters`);
    out[k] = s;
  }
  for (const p of spec.placeholders) if (!(p in out)) throw invalidInput(`data.${p}`, 'required', `${p} is required by ${id}`);
  for (const [p, c] of Object.entries(spec.checks ?? {})) if (!c.test(out[p])) throw invalidInput(`data.${p}`, c.rule, c.message);
  if (out.time_zone !== undefined && !validTimeZone(out.time_zone)) throw invalidInput('data.time_zone', 'time_zone', 'must be an IANA time zone such as Asia/Tokyo');
  return out;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function formatDate(value: string, language: Language, timeZone: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  if (!dateOnly && !ISO_INSTANT.test(value)) return value;
  const d = dateOnly ? new Date(`${value}T12:00:00Z`) : new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: dateOnly ? 'UTC' : timeZone }).format(d);
}

function formatDateTime(value: string, language: Language, timeZone: string): string {
  if (!ISO_INSTANT.test(value)) return value;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short', timeZone }).format(d);
}

function displayValue(name: string, value: string, language: Language, timeZone: string): string {
  if (name === 'request_type' && (REQUEST_TYPES as readonly string[]).includes(value))
    return REQUEST_TYPE_LABELS[language][value as (typeof REQUEST_TYPES)[number]];
  if (DATE_PLACEHOLDERS.has(name)) return formatDate(value, language, timeZone);
  if (DATE_TIME_PLACEHOLDERS.has(name)) return formatDateTime(value, language, timeZone);
  return value;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function fill(tpl: string, values: Record<string, string>, escape: (s: string) => string): string {
  return tpl.replace(/\{\{([a-z_]+)\}\}/g, (m, name: string) => (name in values ? escape(values[name]) : m));
}

/** Renders a template: subject (one line), plain text and minimal HTML (values escaped). */
export function render(id: string, language: Language, data: Record<string, string | number>, ctx: RenderContext): RenderedMail {
  const spec = templateSpec(id);
  const lang = requireLanguage(language);
  const checked = checkTemplateData(id, data);
  const tz = checked.time_zone ?? 'UTC';
  const values: Record<string, string> = { controller: ctx.controller, contact: ctx.contact };
  for (const p of spec.placeholders) values[p] = displayValue(p, checked[p], lang, tz);
  const t = spec.lang[lang];
  // A subject is one header line: line breaks in values would inject headers.
  const subject = fill(t.subject, values, (s) => s.replace(/[\r\n]+/g, ' ')).trim();
  const text = fill(t.text, values, (s) => s);
  const body = t.text
    .split(/\n{2,}/)
    .map((para) => `<p>${fill(escapeHtml(para), values, escapeHtml).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
  const html = `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n<body>\n${body}\n</body></html>\n`;
  return { subject, text, html };
}
