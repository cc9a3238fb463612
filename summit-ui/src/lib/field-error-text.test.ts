import { describe, expect, it } from 'vitest';

import { fieldErrorLine, fieldErrorText } from '@/lib/field-error-text';
import { createI18n } from '@/lib/i18n';

const noStorage = { getItem: () => null, setItem: () => undefined };

describe('fieldErrorText', () => {
  const zh = createI18n('zh-Hant', noStorage).t;
  const en = createI18n('en', noStorage).t;
  const email = { field: 'email', message: "'not-an-email' is not an e-mail address" };

  it('puts a Chinese sentence chosen by the field before the server message in Chinese', () => {
    const shown = fieldErrorText(email, 'zh-Hant', zh);
    expect(shown).toEqual({
      text: '電子郵件地址有誤（格式不正確，或已屬於另一代表團）。',
      original: "'not-an-email' is not an e-mail address",
    });
    expect(fieldErrorLine(shown)).toBe(
      "電子郵件地址有誤（格式不正確，或已屬於另一代表團）。（'not-an-email' is not an e-mail address）",
    );
  });

  it('shows the server message alone in English', () => {
    const shown = fieldErrorText(email, 'en', en);
    expect(shown).toEqual({ text: "'not-an-email' is not an e-mail address", original: null });
    expect(fieldErrorLine(shown)).toBe("'not-an-email' is not an e-mail address");
  });

  it.each([
    ['departs_on', '離開日期不可早於抵達日期，日期格式為 2016-03-23。'],
    ['timeZone', '未知的時區：請使用 IANA 名稱，例如 Asia/Taipei。'],
    [
      'city',
      '城市代碼只能使用小寫英文字母、數字與單一連字號，例如 tel-aviv（或此代碼已保留、已退出）。',
    ],
    ['title.zh-Hant', '此欄為必填，最多 500 字。'],
    ['city_name_en', '此欄為必填，最多 500 字。'],
    ['', '檔案格式有誤（請以 UTF-8 CSV 儲存，並使用範本的欄位）。'],
  ])('knows the field or CSV column %j', (field, sentence) => {
    expect(fieldErrorText({ field, message: 'specifics' }, 'zh-Hant', zh)).toEqual({
      text: sentence,
      original: 'specifics',
    });
  });

  it('keeps the server message for a field it does not know', () => {
    for (const field of ['description.en', 'toString', 'constructor']) {
      expect(fieldErrorText({ field, message: 'Too long' }, 'zh-Hant', zh)).toEqual({
        text: 'Too long',
        original: null,
      });
    }
  });
});
