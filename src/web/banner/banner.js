/*
 * Custos consent banner. A site adds it with one tag:
 *
 *   <script src="https://custos.example/banner.js" async></script>
 *
 * Optional attributes on that tag: data-subject-token (from POST /v1/subjects/:id/cookie-token, when
 * the visitor is signed in), data-lang (force a language), data-collect="false" (no visit log beacon).
 * Scripts that need consent are written as <script type="text/plain" data-category="analytics">; they
 * run only once their category is granted. Any element with data-custos-open reopens the dialog.
 *
 * Plain JavaScript, no framework, no eval: scripts are activated by cloning them into real script
 * elements (their nonce is carried over), and styles come from /banner.css on the Custos server.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.CustosConsent) return;
  var ORIGIN = new URL(script.src, location.href).origin;
  var CONSENT_COOKIE = 'custos_consent';
  var VISITOR_COOKIE = 'custos_vid';
  var CHOOSABLE = ['preferences', 'analytics', 'advertising'];
  var CATEGORIES = ['necessary'].concat(CHOOSABLE);
  var LANGS = ['en', 'ja', 'ko', 'ru', 'vi'];
  var LANG_NAMES = { en: 'English', ja: '日本語', ko: '한국어', ru: 'Русский', vi: 'Tiếng Việt' };

  var STRINGS = {
    en: {
      title: 'Cookies on this site',
      text: 'We use cookies that the site needs to work. Only with your permission do we also use cookies to remember your preferences, to measure how the site is used, and for advertising. You can change your choice at any time with the “Cookie settings” link.',
      accept: 'Accept all', reject: 'Reject all', choose: 'Choose', save: 'Save choices', language: 'Language',
      privacy: 'Privacy notice', settings: 'Cookie settings', cookies: 'Cookies', session: 'session',
      first: 'first party', third: 'third party', alwaysOn: 'Always on',
      gpc: 'Your browser sends a Global Privacy Control signal: advertising cookies and the sale or sharing of your data are off.',
      units: { Y: [' year', ' years'], M: [' month', ' months'], W: [' week', ' weeks'], D: [' day', ' days'] },
      cat: {
        necessary: ['Necessary', 'Needed for the site to work and to remember your choice.'],
        preferences: ['Preferences', 'Remember your settings, such as your language.'],
        analytics: ['Analytics', 'Count visits and tell new from returning visitors, so that we can improve the site.'],
        advertising: ['Advertising', 'Show you relevant advertising, by us and by our advertising partners.']
      }
    },
    ja: {
      title: 'このサイトでのCookieの利用',
      text: 'サイトの動作に必要なCookieを使用しています。同意いただいた場合に限り、設定の保存、利用状況の分析、広告のためのCookieも使用します。選択内容は「Cookie設定」からいつでも変更できます。',
      accept: 'すべて同意', reject: 'すべて拒否', choose: '選択する', save: '選択を保存', language: '言語',
      privacy: 'プライバシーポリシー', settings: 'Cookie設定', cookies: 'Cookie', session: 'セッション',
      first: 'ファーストパーティ', third: 'サードパーティ', alwaysOn: '常に有効',
      gpc: 'ブラウザからグローバル・プライバシー・コントロール（GPC）のシグナルが送信されています。広告Cookieと個人データの販売・共有は無効です。',
      units: { Y: '年', M: 'か月', W: '週間', D: '日' },
      cat: {
        necessary: ['必須', 'サイトの動作と選択内容の保存に必要です。'],
        preferences: ['設定', '言語などの設定を保存します。'],
        analytics: ['分析', '訪問数を数え、新規と再訪問の訪問者を区別して、サイトの改善に役立てます。'],
        advertising: ['広告', '当社および広告パートナーが、関心に合った広告を表示します。']
      }
    },
    ko: {
      title: '이 사이트의 쿠키',
      text: '사이트 작동에 필요한 쿠키를 사용합니다. 동의하시는 경우에만 설정 저장, 이용 분석, 광고를 위한 쿠키도 사용합니다. 선택은 “쿠키 설정” 링크에서 언제든지 변경할 수 있습니다.',
      accept: '모두 동의', reject: '모두 거부', choose: '선택하기', save: '선택 저장', language: '언어',
      privacy: '개인정보 처리방침', settings: '쿠키 설정', cookies: '쿠키', session: '세션',
      first: '자사', third: '제3자', alwaysOn: '항상 사용',
      gpc: '브라우저가 GPC(글로벌 프라이버시 컨트롤) 신호를 보내고 있습니다. 광고 쿠키와 개인정보의 판매·공유가 꺼져 있습니다.',
      units: { Y: '년', M: '개월', W: '주', D: '일' },
      cat: {
        necessary: ['필수', '사이트 작동과 선택 내용 저장에 필요합니다.'],
        preferences: ['기본 설정', '언어 등 설정을 기억합니다.'],
        analytics: ['분석', '방문 수를 세고 신규 방문자와 재방문자를 구분하여 사이트 개선에 활용합니다.'],
        advertising: ['광고', '당사와 광고 파트너가 관련성 높은 광고를 보여 드립니다.']
      }
    },
    ru: {
      title: 'Файлы cookie на этом сайте',
      text: 'Мы используем файлы cookie, без которых сайт не работает. Только с вашего согласия мы также используем cookie, чтобы запоминать ваши настройки, анализировать посещаемость и показывать рекламу. Вы можете изменить выбор в любой момент по ссылке «Настройки cookie».',
      accept: 'Принять все', reject: 'Отклонить все', choose: 'Выбрать', save: 'Сохранить выбор', language: 'Язык',
      privacy: 'Политика конфиденциальности', settings: 'Настройки cookie', cookies: 'Файлы cookie', session: 'сеанс',
      first: 'собственные', third: 'сторонние', alwaysOn: 'Всегда включены',
      gpc: 'Ваш браузер передаёт сигнал Global Privacy Control: рекламные cookie, продажа и передача ваших данных отключены.',
      units: { Y: ' г.', M: ' мес.', W: ' нед.', D: ' дн.' },
      cat: {
        necessary: ['Необходимые', 'Нужны для работы сайта и для сохранения вашего выбора.'],
        preferences: ['Настройки', 'Запоминают ваши настройки, например язык.'],
        analytics: ['Аналитика', 'Подсчитывают посещения и отличают новых посетителей от вернувшихся, чтобы мы могли улучшать сайт.'],
        advertising: ['Реклама', 'Показ подходящей вам рекламы нами и нашими рекламными партнёрами.']
      }
    },
    vi: {
      title: 'Cookie trên trang web này',
      text: 'Chúng tôi sử dụng cookie cần thiết để trang web hoạt động. Chỉ khi bạn đồng ý, chúng tôi mới dùng thêm cookie để ghi nhớ tùy chọn, phân tích lượt truy cập và quảng cáo. Bạn có thể thay đổi lựa chọn bất cứ lúc nào qua liên kết “Cài đặt cookie”.',
      accept: 'Chấp nhận tất cả', reject: 'Từ chối tất cả', choose: 'Tùy chọn', save: 'Lưu lựa chọn', language: 'Ngôn ngữ',
      privacy: 'Chính sách quyền riêng tư', settings: 'Cài đặt cookie', cookies: 'Cookie', session: 'phiên',
      first: 'bên thứ nhất', third: 'bên thứ ba', alwaysOn: 'Luôn bật',
      gpc: 'Trình duyệt của bạn gửi tín hiệu Global Privacy Control: cookie quảng cáo và việc bán hoặc chia sẻ dữ liệu của bạn đã bị tắt.',
      units: { Y: ' năm', M: ' tháng', W: ' tuần', D: ' ngày' },
      cat: {
        necessary: ['Cần thiết', 'Cần cho hoạt động của trang web và để ghi nhớ lựa chọn của bạn.'],
        preferences: ['Tùy chọn', 'Ghi nhớ cài đặt của bạn, chẳng hạn như ngôn ngữ.'],
        analytics: ['Phân tích', 'Đếm lượt truy cập và phân biệt khách mới với khách quay lại để cải thiện trang web.'],
        advertising: ['Quảng cáo', 'Hiển thị quảng cáo phù hợp, bởi chúng tôi và các đối tác quảng cáo.']
      }
    }
  };

  var policy = null;
  var lang = pickLanguage();
  var gpc = navigator.globalPrivacyControl === true;
  var root = null;
  var reopen = null;
  var lastFocus = null;

  // ---- cookies ---------------------------------------------------------------------------------
  function readCookie(name) {
    var parts = document.cookie ? document.cookie.split('; ') : [];
    for (var i = 0; i < parts.length; i++) {
      var eq = parts[i].indexOf('=');
      if (parts[i].slice(0, eq) === name) return decodeURIComponent(parts[i].slice(eq + 1));
    }
    return null;
  }
  function cookieNames() {
    return (document.cookie ? document.cookie.split('; ') : []).map(function (c) { return c.split('=')[0]; });
  }
  function writeCookie(name, value, maxAgeSeconds) {
    document.cookie = name + '=' + encodeURIComponent(value) + '; path=/; max-age=' + maxAgeSeconds + '; SameSite=Lax' + (location.protocol === 'https:' ? '; Secure' : '');
  }
  /** Expires a cookie on this host and on every parent domain it could have been set for. */
  function deleteCookie(name) {
    var host = location.hostname.split('.');
    var domains = [''];
    for (var i = 0; i < host.length - 1; i++) domains.push('; domain=.' + host.slice(i).join('.'));
    var paths = ['/', location.pathname];
    for (var d = 0; d < domains.length; d++)
      for (var p = 0; p < paths.length; p++) document.cookie = name + '=; expires=Thu, 01 Jan 1970 00:00:00 GMT; max-age=0; path=' + paths[p] + domains[d];
  }
  function patternOf(name) {
    return new RegExp('^' + name.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$');
  }

  // ---- the stored choice -----------------------------------------------------------------------
  function stored() {
    var raw = readCookie(CONSENT_COOKIE);
    if (!raw) return null;
    try {
      var v = JSON.parse(raw);
      return v && v.v === 1 && v.c ? v : null;
    } catch (e) {
      return null;
    }
  }
  function digests() {
    var out = {};
    policy.categories.forEach(function (c) { out[c.id] = c.digest; });
    return out;
  }
  /** Asks again when there is no choice, it is too old, or a granted category changed materially. */
  function mustAsk(choice) {
    if (!choice) return true;
    if (Date.now() / 1000 - choice.t > policy.choiceMaxAgeDays * 86400) return true;
    var now = digests();
    for (var i = 0; i < CHOOSABLE.length; i++) {
      var id = CHOOSABLE[i];
      if (choice.c[id] && choice.d[id] !== now[id]) return true;
    }
    return false;
  }
  function visitorId() {
    var v = readCookie(VISITOR_COOKIE);
    if (v && /^[A-Za-z0-9_-]{16,64}$/.test(v)) return v;
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    var s = '';
    for (var i = 0; i < bytes.length; i++) s += ('0' + bytes[i].toString(16)).slice(-2);
    return s;
  }

  // ---- applying a choice -----------------------------------------------------------------------
  function activate(category) {
    var nodes = document.querySelectorAll('script[type="text/plain"][data-category="' + category + '"]');
    for (var i = 0; i < nodes.length; i++) {
      var old = nodes[i];
      var s = document.createElement('script');
      for (var a = 0; a < old.attributes.length; a++) {
        var at = old.attributes[a];
        if (at.name !== 'type' && at.name !== 'data-category') s.setAttribute(at.name, at.value);
      }
      if (old.nonce) s.nonce = old.nonce;
      s.setAttribute('data-custos-category', category);
      if (!old.src) s.text = old.text;
      old.parentNode.replaceChild(s, old);
    }
  }
  function removeCookiesOf(category) {
    var cat = null;
    policy.categories.forEach(function (c) { if (c.id === category) cat = c; });
    if (!cat) return;
    var names = cookieNames();
    cat.cookies.forEach(function (ck) {
      if (ck.party !== 'first' || ck.name === VISITOR_COOKIE) return;
      var re = patternOf(ck.name);
      names.forEach(function (n) { if (re.test(n)) deleteCookie(n); });
    });
  }
  function apply(choice) {
    CHOOSABLE.forEach(function (c) { if (choice.c[c]) activate(c); });
    document.documentElement.setAttribute('data-custos-consent', CHOOSABLE.filter(function (c) { return choice.c[c]; }).join(' ') || 'none');
    document.dispatchEvent(new CustomEvent('custos:consent', { detail: { preferences: !!choice.c.preferences, analytics: !!choice.c.analytics, advertising: !!choice.c.advertising, gpc: !!choice.gpc } }));
  }

  /** Saves a choice: the first-party cookie, cookie removal for what was withdrawn, and the server record. */
  function decide(c) {
    if (gpc) c.advertising = false;
    var before = stored();
    var wantsVisitor = c.preferences || c.analytics;
    var vid = wantsVisitor ? visitorId() : null;
    var oldVid = readCookie(VISITOR_COOKIE);
    var choice = { v: 1, c: { preferences: !!c.preferences, analytics: !!c.analytics, advertising: !!c.advertising }, d: digests(), t: Math.floor(Date.now() / 1000), gpc: gpc };
    CHOOSABLE.forEach(function (cat) { if (!choice.c[cat]) removeCookiesOf(cat); });
    if (vid) writeCookie(VISITOR_COOKIE, vid, 365 * 86400);
    else if (oldVid) deleteCookie(VISITOR_COOKIE);
    writeCookie(CONSENT_COOKIE, JSON.stringify(choice), policy.choiceMaxAgeDays * 86400);
    var body = { preferences: choice.c.preferences, analytics: choice.c.analytics, advertising: choice.c.advertising, gpc: gpc, language: lang, digest: policy.digest };
    if (vid) body.visitorId = vid;
    if (oldVid && !choice.c.analytics) body.forgetVisitorId = oldVid;
    var token = script.getAttribute('data-subject-token');
    if (token) body.subjectToken = token;
    var sent = fetch(ORIGIN + '/v1/cookie-consent', { method: 'POST', mode: 'cors', credentials: 'omit', keepalive: true, headers: { 'content-type': 'text/plain;charset=UTF-8' }, body: JSON.stringify(body) })
      .then(function (r) { document.documentElement.setAttribute('data-custos-recorded', r.ok ? 'yes' : 'failed'); })
      .catch(function () { document.documentElement.setAttribute('data-custos-recorded', 'failed'); });
    apply(choice);
    close();
    return { choice: choice, before: before, sent: sent };
  }

  // ---- the dialog ------------------------------------------------------------------------------
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k) && attrs[k] !== null && attrs[k] !== undefined) e.setAttribute(k, attrs[k]);
    (children || []).forEach(function (c) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }
  function duration(d, t) {
    if (d === 'session') return t.session;
    var m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(d);
    if (!m) return d;
    var out = [];
    var u = ['Y', 'M', 'W', 'D'];
    for (var i = 0; i < 4; i++) {
      if (!m[i + 1]) continue;
      var unit = t.units[u[i]];
      out.push(m[i + 1] + (typeof unit === 'string' ? unit : unit[m[i + 1] === '1' ? 0 : 1]));
    }
    return out.join(' ');
  }
  function focusables() {
    return Array.prototype.filter.call(root.querySelectorAll('button, select, input, a[href], [tabindex]:not([tabindex="-1"])'), function (e) {
      return !e.disabled && e.offsetParent !== null;
    });
  }
  function onKey(ev) {
    if (ev.key === 'Tab') {
      var f = focusables();
      if (f.length === 0) return;
      var first = f[0];
      var last = f[f.length - 1];
      var active = document.activeElement;
      if (ev.shiftKey && (active === first || !root.contains(active) || active === dialog())) {
        ev.preventDefault();
        last.focus();
      } else if (!ev.shiftKey && (active === last || !root.contains(active))) {
        ev.preventDefault();
        first.focus();
      }
    } else if (ev.key === 'Escape' && stored() && !mustAsk(stored())) {
      ev.preventDefault();
      close();
    }
  }
  function dialog() {
    return root && root.querySelector('[role="dialog"]');
  }
  function render(expanded) {
    var t = STRINGS[lang];
    var current = stored();
    var checked = function (id) { return current && !mustAsk(current) ? !!current.c[id] : false; };
    var langSelect = el('select', { id: 'custos-lang', 'class': 'custos-select' });
    LANGS.forEach(function (l) {
      var o = el('option', { value: l, lang: l }, [LANG_NAMES[l]]);
      if (l === lang) o.selected = true;
      langSelect.appendChild(o);
    });
    langSelect.addEventListener('change', function () {
      lang = langSelect.value;
      var open = !root.querySelector('.custos-cats').hidden;
      render(open);
      root.querySelector('#custos-lang').focus();
    });
    var privacy = policy.noticeUrl ? el('a', { href: policy.noticeUrl, 'class': 'custos-link', target: '_blank', rel: 'noopener' }, [t.privacy]) : null;
    var cats = el('fieldset', { 'class': 'custos-cats', id: 'custos-cats' }, [el('legend', { 'class': 'custos-legend' }, [t.choose])]);
    cats.hidden = !expanded;
    CATEGORIES.forEach(function (id) {
      var view = null;
      policy.categories.forEach(function (c) { if (c.id === id) view = c; });
      var box = el('input', { type: 'checkbox', id: 'custos-cat-' + id, name: id, 'aria-describedby': 'custos-cat-' + id + '-desc' });
      if (id === 'necessary') {
        box.checked = true;
        box.disabled = true;
      } else if (id === 'advertising' && gpc) {
        box.checked = false;
        box.disabled = true;
      } else box.checked = checked(id);
      var list = el('ul', { 'class': 'custos-cookies' });
      (view ? view.cookies : []).forEach(function (ck) {
        list.appendChild(el('li', {}, [el('code', {}, [ck.name]), ' — ' + ck.recipientName + ' · ' + duration(ck.duration, t) + ' · ' + (ck.party === 'first' ? t.first : t.third)]));
      });
      cats.appendChild(
        el('div', { 'class': 'custos-cat' }, [
          el('div', { 'class': 'custos-cat-head' }, [box, el('label', { 'for': 'custos-cat-' + id }, [t.cat[id][0] + (id === 'necessary' ? ' (' + t.alwaysOn + ')' : '')])]),
          el('p', { id: 'custos-cat-' + id + '-desc', 'class': 'custos-cat-desc' }, [t.cat[id][1]]),
          list
        ])
      );
    });
    var gpcNote = el('p', { 'class': 'custos-gpc' }, [t.gpc]);
    gpcNote.hidden = !gpc;
    var accept = el('button', { type: 'button', 'class': 'custos-btn', 'data-action': 'accept' }, [t.accept]);
    var reject = el('button', { type: 'button', 'class': 'custos-btn', 'data-action': 'reject' }, [t.reject]);
    var choose = el('button', { type: 'button', 'class': 'custos-btn', 'data-action': expanded ? 'save' : 'choose', 'aria-controls': 'custos-cats', 'aria-expanded': expanded ? 'true' : 'false' }, [expanded ? t.save : t.choose]);
    accept.addEventListener('click', function () { decide({ preferences: true, analytics: true, advertising: true }); });
    reject.addEventListener('click', function () { decide({ preferences: false, analytics: false, advertising: false }); });
    choose.addEventListener('click', function () {
      if (choose.getAttribute('data-action') === 'choose') {
        render(true);
        var firstBox = root.querySelector('#custos-cat-preferences');
        if (firstBox) firstBox.focus();
        return;
      }
      var v = {};
      CHOOSABLE.forEach(function (id) { v[id] = root.querySelector('#custos-cat-' + id).checked; });
      decide(v);
    });
    var box = el('div', { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'custos-title', 'aria-describedby': 'custos-desc', 'class': 'custos-dialog', tabindex: '-1', lang: lang }, [
      el('div', { 'class': 'custos-head' }, [
        el('h2', { id: 'custos-title', 'class': 'custos-title' }, [t.title]),
        el('div', { 'class': 'custos-lang' }, [el('label', { 'for': 'custos-lang', 'class': 'custos-lang-label' }, [t.language]), langSelect])
      ]),
      el('p', { id: 'custos-desc', 'class': 'custos-text' }, [t.text]),
      privacy ? el('p', { 'class': 'custos-text' }, [privacy]) : el('span', {}),
      gpcNote,
      cats,
      el('div', { 'class': 'custos-actions' }, [accept, reject, choose])
    ]);
    root.textContent = '';
    root.appendChild(el('div', { 'class': 'custos-backdrop' }));
    root.appendChild(box);
    if (reopen) reopen.textContent = t.settings;
  }
  function open() {
    if (!policy) return;
    if (!root) {
      root = el('div', { 'class': 'custos-root', id: 'custos-consent' });
      document.body.appendChild(root);
      root.addEventListener('keydown', onKey);
    }
    lastFocus = document.activeElement;
    render(false);
    root.hidden = false;
    if (reopen) reopen.hidden = true;
    dialog().focus();
  }
  function close() {
    if (!root) {
      showReopen();
      return;
    }
    root.hidden = true;
    showReopen();
    if (lastFocus && lastFocus !== document.body && document.contains(lastFocus) && lastFocus.focus) lastFocus.focus();
    else reopen.focus();
  }
  function showReopen() {
    if (!reopen) {
      reopen = el('button', { type: 'button', 'class': 'custos-reopen', id: 'custos-reopen' }, [STRINGS[lang].settings]);
      reopen.addEventListener('click', open);
      document.body.appendChild(reopen);
    }
    reopen.textContent = STRINGS[lang].settings;
    reopen.hidden = false;
  }

  function pickLanguage() {
    var forced = script.getAttribute('data-lang');
    if (forced && LANGS.indexOf(forced) >= 0) return forced;
    var prefs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
    for (var i = 0; i < prefs.length; i++) {
      var primary = String(prefs[i]).toLowerCase().split('-')[0];
      if (LANGS.indexOf(primary) >= 0) return primary;
    }
    return 'en';
  }

  // ---- visit log -------------------------------------------------------------------------------
  function collect() {
    if (script.getAttribute('data-collect') === 'false') return;
    var nav = performance.getEntriesByType ? performance.getEntriesByType('navigation')[0] : null;
    var choice = stored();
    var body = { url: location.href };
    if (document.referrer) body.referrer = document.referrer;
    if (nav && nav.responseStatus) body.status = nav.responseStatus;
    if (nav && (nav.encodedBodySize || nav.transferSize)) body.size = nav.encodedBodySize || nav.transferSize;
    var vid = readCookie(VISITOR_COOKIE);
    if (choice && choice.c.analytics && vid) body.visitorId = vid;
    var url = ORIGIN + '/v1/collect';
    var data = JSON.stringify(body);
    if (!(navigator.sendBeacon && navigator.sendBeacon(url, data)))
      fetch(url, { method: 'POST', mode: 'cors', credentials: 'omit', keepalive: true, headers: { 'content-type': 'text/plain;charset=UTF-8' }, body: data }).catch(function () {});
  }

  // ---- start -----------------------------------------------------------------------------------
  function start() {
    var css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = ORIGIN + '/banner.css';
    document.head.appendChild(css);
    document.addEventListener('click', function (ev) {
      var t = ev.target && ev.target.closest ? ev.target.closest('[data-custos-open]') : null;
      if (t) {
        ev.preventDefault();
        open();
      }
    });
    fetch(ORIGIN + '/v1/cookie-policy', { mode: 'cors', credentials: 'omit' })
      .then(function (r) {
        if (!r.ok) throw new Error('cookie policy ' + r.status);
        return r.json();
      })
      .then(function (p) {
        policy = p;
        if (p.gpc === true) gpc = true;
        var choice = stored();
        if (mustAsk(choice)) {
          // A change or expiry: nothing beyond necessary runs until the visitor chooses again.
          open();
        } else {
          if (gpc && !choice.gpc) decide(choice.c);
          else {
            apply(choice);
            showReopen();
          }
        }
        collect();
        document.documentElement.setAttribute('data-custos-ready', 'yes');
      })
      .catch(function () {
        document.documentElement.setAttribute('data-custos-ready', 'failed');
      });
  }

  window.CustosConsent = {
    open: open,
    get: function () {
      var c = stored();
      return c ? { preferences: !!c.c.preferences, analytics: !!c.c.analytics, advertising: !!c.c.advertising, gpc: !!c.gpc } : null;
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
