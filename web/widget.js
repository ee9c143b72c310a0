/*
 * faqbot chat widget — the whole web front end of the clinic's question bot.
 *
 * Embed it on any page with one tag:
 *
 *   <script src="https://bot.example.org/widget.js" defer></script>
 *
 * That adds a floating "Questions? Chat with us" button which opens the chat.
 * Optional attributes on the <script> tag:
 *
 *   data-title="..."          title of the chat panel
 *   data-open="true"          open the chat at once
 *   data-container="#id"      render inline inside that element instead of
 *                             floating (always open; used by index.html)
 *   data-disclaimer="none"    do not show the disclaimer line (only for a page
 *                             that shows it itself at all times, as index.html
 *                             does)
 *
 * The API base is the folder this script was loaded from, so the page can be
 * on another origin (the server answers with CORS headers). The widget talks
 * to that server only: no CDN, no fonts, no trackers, no cookies
 * (credentials: 'omit'), nothing kept in storage. The conversation id is
 * random for each page load.
 *
 * Server text is never parsed as HTML: it is added as text nodes; only
 * http(s) links and phone numbers are made into <a> elements built here.
 * Styles come from chat.css next to this script, loaded into a shadow root so
 * the host page's styles and ours do not mix.
 */
(function () {
  'use strict';

  if (window.__faqbotWidget) return;           // included twice: keep one
  window.__faqbotWidget = true;

  var script = document.currentScript ||
    document.querySelector('script[src*="widget.js"]');
  if (!script || !script.src) return;

  var BASE = new URL('.', script.src).href;    // e.g. https://bot.example.org/
  var API_CHAT = new URL('v1/chat', BASE).href;
  var API_GREETING = new URL('v1/greeting', BASE).href;
  var CSS_URL = new URL('chat.css', BASE).href;

  var cfg = {
    title: script.getAttribute('data-title') || 'Ask us about ketamine therapy',
    open: script.getAttribute('data-open') === 'true',
    container: script.getAttribute('data-container') || '',
    disclaimer: script.getAttribute('data-disclaimer') !== 'none'
  };

  var MAX_LEN = 500;            // characters of one message
  var TIMEOUT_MS = 20000;       // give up on one request after this

  var TEXT = {
    launcher: 'Questions? Chat with us',
    close: 'Close chat',
    label: 'Type your question',
    placeholder: 'Type your question…',
    send: 'Send',
    you: 'You said:',
    bot: 'The clinic assistant said:',
    typing: 'The clinic assistant is typing…',
    urgent: 'Urgent help',
    suggestions: 'Suggested questions',
    notSent: 'Not sent',
    disclaimer: 'General information from the clinic, not medical advice. ' +
      'In an emergency call 911, or call or text 988.',
    offline: 'Sorry, the chat can\u2019t connect right now. Please check ' +
      'your connection and try again, or contact the clinic directly.',
    network: 'Sorry, your message couldn\u2019t be sent. Please check your ' +
      'connection and try again \u2014 your message is still in the box below.',
    slow: 'You\u2019re sending messages quickly, please wait a moment ' +
      'and try again.',
    tooLong: 'That message is too long. Please make it shorter and try again.',
    server: 'Sorry, the chat is having trouble right now. Please try again ' +
      'in a moment.',
    failed: 'Sorry, that message didn\u2019t go through: '
  };

  /* ---------- small DOM helpers (no innerHTML anywhere) ---------- */

  function h(tag, attrs, kids) {
    var el = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === 'text') el.textContent = v;
        else if (k === 'class') el.className = v;
        else el.setAttribute(k, v === true ? '' : String(v));
      });
    }
    (kids || []).forEach(function (k) {
      if (k !== null && k !== undefined) {
        el.appendChild(typeof k === 'string' ? document.createTextNode(k) : k);
      }
    });
    return el;
  }

  function svg(paths, cls) {
    var NS = 'http://www.w3.org/2000/svg';
    var el = document.createElementNS(NS, 'svg');
    el.setAttribute('viewBox', '0 0 24 24');
    el.setAttribute('aria-hidden', 'true');
    el.setAttribute('focusable', 'false');
    el.setAttribute('class', cls || 'icon');
    paths.forEach(function (d) {
      var p = document.createElementNS(NS, 'path');
      p.setAttribute('d', d);
      el.appendChild(p);
    });
    return el;
  }

  var ICON_CHAT = ['M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z'];
  var ICON_CLOSE = ['M6 6l12 12', 'M18 6L6 18'];
  var ICON_SEND = ['M4 12l16-8-6 16-2-7-8-1z'];

  function srOnly(text) { return h('span', { class: 'sr-only', text: text }); }

  /* ---------- turning server text into safe elements ---------- */

  // URLs (http, https, www.) and phone numbers: North American numbers such as
  // 555-123-4567, (555) 123-4567, 1-800-273-8255, and the 911 / 988 lines.
  var LINK_RE = new RegExp(
    '(https?:\\/\\/[^\\s<>"\']+|www\\.[^\\s<>"\']+)' +
    '|((?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[\\s.-])\\d{3}[\\s.-]\\d{4}\\b)' +
    '|(\\b(?:911|988)\\b)', 'g');

  function safeHref(raw, isPhone) {
    var url;
    try {
      if (isPhone) {
        var digits = raw.replace(/[^\d+]/g, '');
        url = new URL('tel:' + digits);
      } else {
        url = new URL(/^www\./i.test(raw) ? 'https://' + raw : raw);
      }
    } catch (e) {
      return null;
    }
    if (['http:', 'https:', 'tel:'].indexOf(url.protocol) < 0) return null;
    return url.href;
  }

  // Appends `text` to `parent` as text nodes and <a> elements.
  function appendLinked(parent, text) {
    var last = 0;
    var m;
    LINK_RE.lastIndex = 0;
    while ((m = LINK_RE.exec(text)) !== null) {
      var raw = m[0];
      var isPhone = !m[1];
      if (!isPhone) {
        // Leave sentence punctuation (and an unmatched ")") outside the link.
        var trail = raw.match(/[.,;:!?'")\]]+$/);
        if (trail) {
          var t = trail[0];
          if (t.charAt(0) === ')' && raw.indexOf('(') >= 0) t = t.slice(1);
          raw = raw.slice(0, raw.length - t.length);
        }
      }
      var href = raw ? safeHref(raw, isPhone) : null;
      if (!href) continue;
      if (m.index > last) parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      var a = h('a', { href: href, text: raw });
      if (!isPhone) {
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
      }
      parent.appendChild(a);
      last = m.index + raw.length;
      LINK_RE.lastIndex = last;
    }
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
  }

  // Plain text with "\n\n" between paragraphs and "\n- " list items.
  function renderText(parent, text) {
    String(text).replace(/\r\n?/g, '\n').split(/\n[ \t]*\n+/).forEach(function (para) {
      para = para.replace(/^\n+|\n+$/g, '');
      if (!para.trim()) return;
      var block = null;      // the current <p>
      var list = null;       // the current <ul>
      para.split('\n').forEach(function (line) {
        var item = line.match(/^\s*[-\u2022*]\s+(.*)$/);
        if (item) {
          block = null;
          if (!list) { list = h('ul'); parent.appendChild(list); }
          var li = h('li');
          appendLinked(li, item[1]);
          list.appendChild(li);
        } else {
          list = null;
          if (block) block.appendChild(h('br'));
          else { block = h('p'); parent.appendChild(block); }
          appendLinked(block, line);
        }
      });
    });
  }

  /* ---------- conversation id ---------- */

  function randomId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) {
      return ('0' + b.toString(16)).slice(-2);
    }).join('');
  }

  var conversation = randomId();

  /* ---------- network ---------- */

  function ChatError(message, status) {
    this.message = message;
    this.status = status || 0;
  }

  function request(url, body) {
    var ctl = typeof AbortController === 'function' ? new AbortController() : null;
    var timer = ctl ? setTimeout(function () { ctl.abort(); }, TIMEOUT_MS) : 0;
    var opts = {
      method: body ? 'POST' : 'GET',
      mode: 'cors',
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      headers: { 'Accept': 'application/json' },
      signal: ctl ? ctl.signal : undefined
    };
    if (body) {
      opts.headers['Content-Type'] = 'application/json';
      opts.body = JSON.stringify(body);
    }
    return fetch(url, opts).then(function (res) {
      return res.text().then(function (raw) {
        var data = null;
        try { data = raw ? JSON.parse(raw) : null; } catch (e) { data = null; }
        if (!res.ok) {
          var msg = data && typeof data.error === 'string' ? data.error : '';
          if (res.status === 429) throw new ChatError(TEXT.slow, 429);
          if (res.status === 413) throw new ChatError(TEXT.tooLong, 413);
          if (res.status >= 500 || !msg) throw new ChatError(TEXT.server, res.status);
          throw new ChatError(TEXT.failed + msg, res.status);
        }
        if (!data || typeof data.answer !== 'string') {
          throw new ChatError(TEXT.server, res.status);
        }
        return data;
      });
    }, function () {
      throw new ChatError(TEXT.network, 0);
    }).then(function (data) {
      clearTimeout(timer);
      return data;
    }, function (err) {
      clearTimeout(timer);
      throw err instanceof ChatError ? err : new ChatError(TEXT.server, 0);
    });
  }

  /* ---------- the widget ---------- */

  function build() {
    var inline = null;
    if (cfg.container) {
      try { inline = document.querySelector(cfg.container); } catch (e) { inline = null; }
    }

    var host = h('div', { class: 'faqbot-host', 'data-mode': inline ? 'inline' : 'floating' });
    var root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;

    // Hide until our stylesheet has loaded so nothing flashes unstyled.
    var frame = h('div', { class: 'fb', hidden: true });
    var css = h('link', { rel: 'stylesheet', href: CSS_URL });
    function reveal() { frame.hidden = false; }
    css.addEventListener('load', reveal);
    css.addEventListener('error', reveal);
    setTimeout(reveal, 3000);
    root.appendChild(css);
    root.appendChild(frame);

    var launcher = null;
    var closeBtn = null;

    var panel = h('section', {
      class: 'panel' + (inline ? ' panel-inline' : ' panel-floating'),
      'aria-label': cfg.title,
      hidden: !inline
    });

    if (!inline) {
      launcher = h('button', {
        type: 'button', class: 'launcher', 'aria-expanded': 'false'
      }, [svg(ICON_CHAT), h('span', { text: TEXT.launcher })]);
      closeBtn = h('button', {
        type: 'button', class: 'icon-btn close', 'aria-label': TEXT.close
      }, [svg(ICON_CLOSE)]);
      panel.setAttribute('role', 'dialog');
      panel.appendChild(h('header', { class: 'head' }, [
        h('h2', { class: 'title', text: cfg.title }),
        closeBtn
      ]));
      frame.appendChild(launcher);
    }

    if (cfg.disclaimer) {
      var note = h('p', { class: 'disclaimer' });
      appendLinked(note, TEXT.disclaimer);
      panel.appendChild(note);
    }

    var scroller = h('div', { class: 'scroller' });
    var log = h('div', {
      class: 'log', role: 'log', 'aria-live': 'polite',
      'aria-relevant': 'additions', 'aria-label': 'Chat messages'
    });
    var typing = h('div', { class: 'msg msg-bot typing', role: 'status', hidden: true }, [
      h('div', { class: 'bubble' }, [
        h('span', { class: 'dots', 'aria-hidden': 'true' }, [h('i'), h('i'), h('i')]),
        h('span', { class: 'typing-text', 'aria-hidden': 'true', text: 'typing…' }),
        srOnly(TEXT.typing)
      ])
    ]);
    scroller.appendChild(log);
    scroller.appendChild(typing);
    panel.appendChild(scroller);

    var inputId = 'fb-input-' + conversation.slice(0, 8);
    var input = h('textarea', {
      id: inputId, class: 'input', rows: 1, maxlength: MAX_LEN,
      placeholder: TEXT.placeholder, autocomplete: 'off',
      autocapitalize: 'sentences', spellcheck: 'true', enterkeyhint: 'send'
    });
    var sendBtn = h('button', { type: 'submit', class: 'send' }, [
      svg(ICON_SEND), h('span', { text: TEXT.send })
    ]);
    var form = h('form', { class: 'composer', novalidate: true }, [
      h('label', { class: 'sr-only', for: inputId, text: TEXT.label }),
      input,
      sendBtn
    ]);
    panel.appendChild(form);
    frame.appendChild(panel);

    (inline || document.body).appendChild(host);

    /* ----- behaviour ----- */

    var busy = false;
    var greeted = false;

    // Show a new message: all of it if it fits, else its start.
    function showMsg(el) {
      var top = scroller.scrollTop - 8 +
        el.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
      var bottom = scroller.scrollHeight - scroller.clientHeight;
      scroller.scrollTop = Math.max(0, Math.min(top, bottom));
    }

    function setBusy(on) {
      busy = on;
      typing.hidden = !on;
      // aria-disabled, not disabled: a focused button keeps its focus.
      // send() ignores Send, Enter and suggestion clicks while busy.
      sendBtn.setAttribute('aria-disabled', on ? 'true' : 'false');
      form.setAttribute('aria-busy', on ? 'true' : 'false');
      frame.classList.toggle('busy', on);
      if (on) scroller.scrollTop = scroller.scrollHeight;
    }

    function addUser(text) {
      var el = h('div', { class: 'msg msg-user' }, [
        h('div', { class: 'bubble' }, [
          srOnly(TEXT.you + ' '), h('span', { class: 'text', text: text })
        ])
      ]);
      log.appendChild(el);
      scroller.scrollTop = scroller.scrollHeight;
      return el;
    }

    function addNote(text) {
      var el = h('div', { class: 'msg msg-note', 'data-note': 'error' }, [
        h('p', { class: 'bubble', text: text })
      ]);
      log.appendChild(el);
      showMsg(el);
      return el;
    }

    function addBot(data) {
      var kind = typeof data.kind === 'string' ? data.kind : 'answer';
      var el = h('div', {
        class: 'msg msg-bot kind-' + kind.replace(/[^a-z-]/g, ''),
        'data-kind': kind,
        'data-id': typeof data.id === 'string' ? data.id : null
      });
      var bubble = h('div', { class: 'bubble' }, [srOnly(TEXT.bot + ' ')]);
      if (kind === 'crisis') {
        bubble.setAttribute('role', 'alert');
        bubble.appendChild(h('p', { class: 'urgent', text: TEXT.urgent }));
      }
      el.appendChild(bubble);

      // The server sends "suggestions" as entry ids and "titles" beside them
      // (the same fields as `faqbot ask --json`); objects {id, title} are
      // accepted too.
      var titles = Array.isArray(data.titles) ? data.titles : [];
      var sugg = Array.isArray(data.suggestions) ? data.suggestions.map(function (s, i) {
        return typeof s === 'string' ? { id: s, title: titles[i] } : s;
      }).filter(function (s) {
        return s && typeof s.id === 'string' && typeof s.title === 'string' && s.title;
      }) : [];
      // A "did you mean" reply spells its choices out as a numbered list
      // for SMS and the terminal; here the buttons below show them, so
      // only the lead-in line is drawn.
      var text = String(data.answer || '');
      if (kind === 'fallback' && sugg.length) {
        var cut = text.search(/\n\s*1[.)] /);
        if (cut > 0) text = text.slice(0, cut);
      }
      renderText(bubble, text);

      if (sugg.length) {
        var group = h('div', {
          class: 'suggestions', role: 'group', 'aria-label': TEXT.suggestions
        });
        sugg.forEach(function (s) {
          var b = h('button', {
            type: 'button', class: 'chip', 'data-pick': s.id, text: s.title
          });
          b.addEventListener('click', function () { send(s.title, s.id); });
          group.appendChild(b);
        });
        el.appendChild(group);
      }
      log.appendChild(el);
      showMsg(el);
      return el;
    }

    function greet() {
      if (greeted) return;
      greeted = true;
      setBusy(true);
      request(API_GREETING, null).then(function (data) {
        setBusy(false);
        addBot(data);
      }, function () {
        setBusy(false);
        addNote(TEXT.offline);
        greeted = false;     // try again the next time the chat opens
      });
    }

    function send(text, pick) {
      text = String(text || '').trim();
      if (busy || !text) return;
      if (text.length > MAX_LEN) {
        addNote(TEXT.tooLong);
        return;
      }
      var typed = !pick;
      var body = { conversation: conversation, text: text };
      if (pick) body.pick = pick;
      if (typed) {
        input.value = '';
        grow();
      }
      var mine = addUser(text);
      setBusy(true);
      request(API_CHAT, body).then(function (data) {
        setBusy(false);
        addBot(data);
      }, function (err) {
        setBusy(false);
        mine.classList.add('failed');
        mine.appendChild(h('span', { class: 'failed-tag', text: TEXT.notSent }));
        addNote(err.message || TEXT.network);
        // Keep what was typed so it can be sent again.
        if (typed && !input.value) {
          input.value = text;
          grow();
        }
      });
    }

    function grow() {
      input.style.height = 'auto';
      input.style.height = Math.min(input.scrollHeight + 2, 160) + 'px';
    }

    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      send(input.value, null);
    });
    input.addEventListener('input', grow);
    input.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing && ev.keyCode !== 229) {
        ev.preventDefault();
        send(input.value, null);
      }
    });

    function open(focus) {
      if (!inline) {
        panel.hidden = false;
        launcher.hidden = true;
        launcher.setAttribute('aria-expanded', 'true');
      }
      greet();
      if (focus) input.focus();
    }

    function close() {
      if (inline) return;
      panel.hidden = true;
      launcher.hidden = false;
      launcher.setAttribute('aria-expanded', 'false');
      launcher.focus();
    }

    if (!inline) {
      launcher.addEventListener('click', function () { open(true); });
      closeBtn.addEventListener('click', close);
      panel.addEventListener('keydown', function (ev) {
        if (ev.key === 'Escape') { ev.preventDefault(); close(); }
      });
    }

    if (inline || cfg.open) open(false);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', build);
  } else {
    build();
  }
})();
