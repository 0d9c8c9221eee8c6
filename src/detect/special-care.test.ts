import { describe, expect, it } from 'vitest';
import { detectSpecialCare, specialCareKinds } from './index.js';

describe('specialCareKinds: special-care data in profile free text', () => {
  const cases: [string, string[]][] = [
    ['I have diabetes and I am a devout Christian.', ['religion', 'health']],
    ['I was diagnosed with depression last year.', ['health']],
    ['I have a criminal record from my twenties.', ['criminal_record']],
    ["I'm gay and my partner teaches too.", ['sex_life']],
    ['I am a member of the teachers union and a party member.', ['union', 'political']],
    ['My ethnicity is Korean-Japanese.', ['race']],
    ['持病があり、通院中です。', ['health']],
    ['私はクリスチャンです。キリスト教徒として教会に通っています。', ['religion']],
    ['前科があります。', ['criminal_record']],
    ['労働組合の組合員です。', ['union']],
    ['저는 기독교인입니다.', ['religion']],
    ['우울증으로 정신과에 다니고 있어요.', ['health']],
    ['노동조합 조합원이에요.', ['union']],
    ['Я православный, хожу в церковь.', ['religion']],
    ['У меня диабет.', ['health']],
    ['У меня есть судимость.', ['criminal_record']],
    ['Я член партии.', ['political']],
    ['Tôi bị trầm cảm.', ['health']],
    ['Tôi là phật tử.', ['religion']],
    ['Tôi từng ngồi tù.', ['criminal_record']],
    ['Tôi là đảng viên.', ['political']],
  ];
  for (const [text, kinds] of cases) {
    it(`${JSON.stringify(text)} -> ${kinds.join(', ')}`, () => {
      expect(specialCareKinds(text)).toEqual(kinds);
    });
  }

  const ordinary = [
    'I love teaching English and travelling',
    // Working somewhere is not a health statement: documented choice, not flagged.
    'I work at a hospital as an English teacher',
    'I teach at a church school on weekends',
    'I taught economics, including the Great Depression',
    'Kind, patient teacher with 10 years of experience. TOEIC 990.',
    '英語を教えるのが大好きです。趣味は旅行と料理です。',
    '영어를 가르치는 것을 좋아합니다. 취미는 여행입니다.',
    'Люблю преподавать английский и путешествовать.',
    'Tôi thích dạy tiếng Anh và đi du lịch.',
    'Я работаю в больнице учителем английского.',
    'Tôi làm giáo viên tiếng Anh ở bệnh viện.',
    'がんばって教えます！',
  ];
  for (const text of ordinary) {
    it(`ordinary profile text stays clean: ${JSON.stringify(text)}`, () => {
      expect(specialCareKinds(text)).toEqual([]);
    });
  }

  it('reports spans in the original text', () => {
    const text = 'Ｉ have diabetes';
    const [f] = detectSpecialCare(text);
    expect(text.slice(f.start, f.end)).toBe('Ｉ have diabetes');
    expect(f.kind).toBe('health');
  });
});
