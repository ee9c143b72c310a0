// A tiny stand-in for the faqbot C server, for front-end development only.
//
// It serves web/index.html, web/widget.js and web/chat.css at /, /widget.js
// and /chat.css, and answers GET /v1/greeting and POST /v1/chat with canned
// JSON in the shape of the real API (same paths, fields, CORS and content
// types as the C server): "suggestions" is an array of entry ids and
// "titles" the parallel array of their questions; an unsure reply is kind
// "fallback" with suggestions, its text listing them by number. It is NOT
// what `make test` runs against: there the real server replaces it (see
// tests/browser/run.sh). Use it to work on the page without building the bot:
//
//   node tests/browser/fake-server.mjs [port]         # then open the URL it prints
//   FAQBOT_URL=fake node tests/browser/chat.test.mjs  # browser test against it
//
// Canned behaviour: text containing "kill myself" -> crisis; text "hmm" ->
// "did you mean" (fallback with suggestions), after which "2" picks the
// second one; "hi"/"hello" -> smalltalk; "asdf" -> fallback without
// suggestions; a "pick" id -> that entry's answer; anything else -> the
// infusion answer.
// No dependencies: node's http module only. Listens on 127.0.0.1 only.

import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web');

const FILES = {
  '/': ['index.html', 'text/html; charset=utf-8'],
  '/widget.js': ['widget.js', 'text/javascript; charset=utf-8'],
  '/chat.css': ['chat.css', 'text/css; charset=utf-8'],
};

// The Content-Security-Policy the real server should send with the page.
const PAGE_CSP = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'",
  "connect-src 'self'", "img-src 'self' data:", "base-uri 'none'",
  "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

const ENTRIES = {
  'infusion-length': {
    title: 'How long does an infusion take?',
    answer: 'An infusion itself takes about 40 minutes. Plan on about 2 hours at the clinic in all:\n\n' +
      '- about 15 minutes to check in and check your blood pressure\n' +
      '- about 40 minutes for the infusion\n' +
      '- about 30 to 60 minutes to rest afterwards\n\n' +
      'Someone must drive you home. Questions? Call us at (555) 010-0199 or see https://clinic.example.org/visit.',
    related: ['driving-after', 'what-is-ketamine'],
  },
  'driving-after': {
    title: 'Can I drive after my treatment?',
    answer: 'No. Please do not drive until the next day. Arrange for someone to take you home.',
    related: ['infusion-length'],
  },
  'what-is-ketamine': {
    title: 'What is ketamine?',
    answer: 'Ketamine is an anesthetic medicine, approved by the FDA in 1970 and used in hospitals every day.\n\n' +
      'At our clinic, it is given at much lower doses than for surgery.',
    related: ['infusion-length'],
  },
  'cost': {
    title: 'How much does treatment cost?',
    answer: 'Costs depend on your treatment plan. Our front desk can give you an estimate.',
    related: [],
  },
};

// The real server's two parallel arrays.
const sugg = (ids) => ({ suggestions: [...ids], titles: ids.map((id) => ENTRIES[id].title) });

const GREETING = {
  kind: 'smalltalk', id: 'greeting', score: 1,
  answer: 'Hello! I can answer common questions about ketamine therapy at our clinic. ' +
    'What would you like to know?',
  ...sugg(['what-is-ketamine', 'infusion-length', 'cost']),
};

const CRISIS = {
  kind: 'crisis', id: null, score: 1,
  answer: 'It sounds like you may be going through something very hard. You deserve support right now.\n\n' +
    '- If you are in danger, call 911 now.\n' +
    '- Call or text 988 (Suicide & Crisis Lifeline), any time, day or night.\n\n' +
    'This chat can\'t help in an emergency, but the people at 988 can.',
  suggestions: [],
  titles: [],
};

function answerFor(id) {
  const e = ENTRIES[id];
  return { kind: 'answer', id, score: 1, answer: e.answer, ...sugg(e.related) };
}

// The suggestions last offered in each conversation, for a reply of "2".
const offered = new Map();

function reply(body) {
  const text = body.text.toLowerCase().trim();
  const last = offered.get(body.conversation) || [];
  offered.delete(body.conversation);
  if (/kill myself|suicide|end my life/.test(text)) return [200, CRISIS];
  if (typeof body.pick === 'string' && ENTRIES[body.pick] &&
      body.text === ENTRIES[body.pick].title) {
    return [200, answerFor(body.pick)];
  }
  if (/^[1-9]$/.test(text) && last[Number(text) - 1]) return [200, answerFor(last[Number(text) - 1])];
  if (text === 'hmm') {
    const ids = ['infusion-length', 'driving-after', 'cost'];
    offered.set(body.conversation, ids);
    return [200, {
      kind: 'fallback', id: null, score: 0.4,
      answer: 'I\'m not sure I understood. Did you mean one of these? Reply with the number.\n' +
        ids.map((id, i) => `${i + 1}. ${ENTRIES[id].title}`).join('\n'),
      ...sugg(ids),
    }];
  }
  if (/^(hi|hello|hey)\b/.test(text)) return [200, { ...GREETING, suggestions: [], titles: [] }];
  if (text === 'asdf') {
    return [200, {
      kind: 'fallback', id: null, score: 0,
      answer: 'Sorry, I don\'t know the answer to that. Please call the clinic at (555) 010-0199.',
      suggestions: [],
      titles: [],
    }];
  }
  if (/drive/.test(text)) return [200, answerFor('driving-after')];
  return [200, answerFor('infusion-length')];
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Max-Age': '600',
};

function send(res, status, obj, extra = {}) {
  const data = Buffer.from(JSON.stringify(obj));
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': data.length,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...CORS,
    ...extra,
  });
  res.end(data);
}

export function startFakeServer(port = 0, { log = false } = {}) {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (log) console.error(`# fake: ${req.method} ${url.pathname}`);
    try {
      if (url.pathname.startsWith('/v1/')) {
        if (req.method === 'OPTIONS') {
          res.writeHead(204, CORS);
          return res.end();
        }
        if (url.pathname === '/v1/greeting' && req.method === 'GET') return send(res, 200, GREETING);
        if (url.pathname !== '/v1/chat') return send(res, 404, { error: 'not found' });
        if (req.method !== 'POST') return send(res, 405, { error: 'method not allowed' }, { Allow: 'POST, OPTIONS' });
        const chunks = [];
        let size = 0;
        for await (const c of req) {
          size += c.length;
          if (size > 65536) return send(res, 413, { error: 'the request body is too large' });
          chunks.push(c);
        }
        let body;
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          return send(res, 400, { error: 'the body is not valid JSON' });
        }
        if (!body || typeof body !== 'object' || Array.isArray(body)) {
          return send(res, 400, { error: 'the body must be a JSON object' });
        }
        if (typeof body.conversation !== 'string' || !body.conversation) {
          return send(res, 400, { error: '"conversation" must be a non-empty string' });
        }
        if (typeof body.text !== 'string') return send(res, 400, { error: '"text" must be a string' });
        if (body.pick !== undefined && body.pick !== null && typeof body.pick !== 'string') {
          return send(res, 400, { error: '"pick" must be a string' });
        }
        if (Buffer.byteLength(body.text) > 4096) {
          return send(res, 400, { error: 'the message is too long (at most 4096 characters)' });
        }
        const [status, obj] = reply(body);
        return send(res, status, obj);
      }
      const file = FILES[url.pathname];
      if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        return res.end('not found\n');
      }
      const data = await readFile(path.join(WEB, file[0]));
      const headers = {
        'Content-Type': file[1],
        'Content-Length': data.length,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      };
      if (url.pathname === '/') {
        headers['Content-Security-Policy'] = PAGE_CSP;
        headers['X-Frame-Options'] = 'DENY';
      }
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : data);
    } catch (err) {
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
      else res.destroy();
      console.error('# fake server error:', err);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address();
      resolve({ server, url: `http://127.0.0.1:${p}` });
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] || process.env.PORT || 8080);
  const { url } = await startFakeServer(port, { log: true });
  console.log(`fake faqbot server on ${url}/ (Ctrl-C to stop)`);
}
