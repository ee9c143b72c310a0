// Browser test of the faqbot web chat (web/index.html + web/widget.js).
//
//   FAQBOT_URL=http://127.0.0.1:PORT node tests/browser/chat.test.mjs
//
// drives headless Chromium (Debian's /usr/bin/chromium, or $CHROMIUM) through
// playwright-core against a running faqbot server; `make test` runs it
// against the real one (tests/browser/run.sh starts it). FAQBOT_URL=fake
// starts the canned stand-in server in tests/browser/fake-server.mjs instead,
// for working on the front end without the C server.
//
// Prints TAP-like "ok N - ..." / "not ok N - ..." lines and ends with the line
// "N passed, M failed"; exits 1 when anything failed.
//
// Against the real server it needs: the greeting, an answer to "how long does
// an infusion take", a crisis reply mentioning 988 to "i want to kill myself",
// answers to suggestion picks, one of UNSURE_QUESTIONS answered with "did you
// mean" (kind "fallback" with suggestions; "2" then picks the second), and
// CORS on /v1/* (the embedding test loads the widget from a page on another
// origin). Replies carry "suggestions" as entry ids with "titles" beside
// them. A few failure cases (network error, 429, hostile answer text, slow
// answer) are simulated in the browser with page.route, so they do not
// depend on the server.

import assert from 'node:assert/strict';
import http from 'node:http';
import { chromium } from 'playwright-core';

const T = 10_000;                       // ms to wait for any one thing
const WATCHDOG = 150_000;               // ms for the whole run

let n = 0;
let passed = 0;
let failed = 0;

function finish(code) {
  console.log(`1..${n}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code ?? (failed ? 1 : 0));
}

async function test(name, fn) {
  n++;
  try {
    await fn();
    passed++;
    console.log(`ok ${n} - ${name}`);
  } catch (err) {
    failed++;
    console.log(`not ok ${n} - ${name}`);
    const msg = String((err && (err.stack || err.message)) || err).replace(/\x1b\[[0-9;]*m/g, '');
    for (const line of msg.split('\n').slice(0, 8)) console.log(`#   ${line}`);
  }
}

function crash(err) {
  n++;
  failed++;
  console.log(`not ok ${n} - the test script itself ran without an error`);
  for (const line of String((err && err.stack) || err).split('\n').slice(0, 8)) console.log(`#   ${line}`);
  finish(1);
}
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

const watchdog = setTimeout(() => {
  n++;
  failed++;
  console.log(`not ok ${n} - whole run finished within ${WATCHDOG / 1000} s`);
  finish(1);
}, WATCHDOG);
watchdog.unref();

/* ---------- the server under test ---------- */

let base = process.env.FAQBOT_URL || '';
let fake = null;
if (!base) {
  console.log('not ok 1 - FAQBOT_URL is set');
  console.log('#   set FAQBOT_URL=http://127.0.0.1:PORT (a running faqbot server),');
  console.log('#   or FAQBOT_URL=fake to use tests/browser/fake-server.mjs');
  n = 1;
  failed = 1;
  finish(1);
}
if (base === 'fake') {
  const { startFakeServer } = await import('./fake-server.mjs');
  fake = await startFakeServer(0);
  base = fake.url;
  console.log(`# using the fake server at ${base}`);
}
base = base.replace(/\/+$/, '');
const ORIGIN = new URL(base).origin;
console.log(`# testing ${base}`);

/* ---------- a second origin for the embedding test ---------- */

const EMBED_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Clinic home</title>
<style>
  /* hostile host styles: must not reach the widget */
  html { font-size: 10px; }
  button, div, p, section { font-size: 9px !important; background: #f0f !important; color: #ff0 !important; }
</style>
<script src="${base}/widget.js" defer data-title="Questions for the clinic"></script>
</head><body><h1>Welcome to the clinic</h1><p>Our opening hours...</p></body></html>`;

const embedServer = http.createServer((req, res) => {
  if (req.url === '/') {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(EMBED_HTML);
  } else {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  }
});
await new Promise((ok) => embedServer.listen(0, '127.0.0.1', ok));
// "localhost" vs 127.0.0.1 and another port: a different origin on loopback.
const EMBED_URL = `http://localhost:${embedServer.address().port}/`;
const EMBED_ORIGIN = new URL(EMBED_URL).origin;

/* ---------- browser ---------- */

let browser;
try {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    // Playwright gives each launch a fresh temporary user-data-dir and
    // removes it on close.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
      '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
} catch (err) {
  n++;
  failed++;
  console.log(`not ok ${n} - chromium starts`);
  console.log(`#   ${String(err.message).split('\n')[0]}`);
  finish(1);
}

const foreign = [];             // requests to origins not allowed
const consoleErrors = [];
let expectErrors = false;       // true while a step makes requests fail on purpose
const chatPosts = [];           // bodies of POST /v1/chat

function watch(page, allowed, label) {
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return;
    if (!allowed.includes(u.origin)) foreign.push(`${label}: ${r.method()} ${r.url()}`);
    if (u.origin === ORIGIN && u.pathname === '/v1/chat' && r.method() === 'POST') {
      let body = null;
      try { body = JSON.parse(r.postData() || 'null'); } catch { body = r.postData(); }
      chatPosts.push(body);
    }
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && !expectErrors) consoleErrors.push(`${label}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`${label}: page error: ${e.message}`));
}

const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
const page = await context.newPage();
page.setDefaultTimeout(T);
watch(page, [ORIGIN], 'page');

// Locators pierce the widget's (open) shadow root.
const bot = page.locator('.msg-bot[data-kind]');
const users = page.locator('.msg-user');
const userTexts = page.locator('.msg-user .text');
const notes = page.locator('.msg-note');
const input = page.getByLabel('Type your question');
const sendButton = page.getByRole('button', { name: 'Send' });

async function lastText(loc) {
  return (await loc.last().innerText()).trim();
}

// Types `text`, presses Enter, returns the locator of the bot's reply.
async function ask(text) {
  const before = await bot.count();
  await input.fill(text);
  await input.press('Enter');
  const reply = bot.nth(before);
  await reply.waitFor();
  return reply;
}

async function waitCount(loc, count) {
  const end = Date.now() + T;
  while ((await loc.count()) < count) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${count} of ${loc}`);
    await page.waitForTimeout(50);
  }
}

/* ---------- the tests ---------- */

await test('GET / serves the chat page with the disclaimer and a <noscript> message', async () => {
  const res = await page.goto(`${base}/`);
  assert.equal(res.status(), 200);
  assert.match(res.headers()['content-type'] || '', /^text\/html/);
  const html = await res.text();
  assert.match(html, /<noscript>/);
  const disclaimer = page.locator('#disclaimer');
  await disclaimer.waitFor();
  assert.equal((await disclaimer.innerText()).replace(/\s+/g, ' ').trim(),
    'General information from the clinic, not medical advice. In an emergency call 911, or call or text 988.');
  assert.ok(await disclaimer.isVisible());
});

if (failed) {
  console.log('Bail out! the chat page did not load');
  finish(1);
}

await test('the greeting from /v1/greeting is shown first', async () => {
  await bot.first().waitFor();
  const first = bot.first();
  assert.equal(await first.getAttribute('data-kind'), 'smalltalk');
  assert.ok((await first.innerText()).trim().length > 10, 'greeting text is empty');
  assert.equal(await users.count(), 0);
});

await test('log, input, label and Send button are accessible; input is 16px+', async () => {
  const log = page.getByRole('log');
  assert.equal(await log.count(), 1);
  assert.equal(await log.getAttribute('aria-live'), 'polite');
  assert.ok(await input.isVisible());
  assert.ok(await sendButton.isVisible());
  const fontSize = await input.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(fontSize >= 16, `input font-size ${fontSize}px`);
  const box = await sendButton.boundingBox();
  assert.ok(box.height >= 44 && box.width >= 44, `Send is ${box.width}x${box.height}`);
});

await test('"how long does an infusion take" + Enter gets an answer', async () => {
  const reply = await ask('how long does an infusion take');
  assert.equal(await reply.getAttribute('data-kind'), 'answer');
  assert.ok((await reply.innerText()).trim().length > 10);
  assert.equal(await lastText(userTexts), 'how long does an infusion take');
  assert.equal(await input.inputValue(), '', 'input is cleared after sending');
  const body = chatPosts.at(-1);
  assert.match(body.conversation, /^[0-9a-f]{32}$/);
  assert.equal(body.text, 'how long does an infusion take');
  assert.equal(body.pick, undefined);
});

await test('a suggestion button shows its title and posts its id as "pick"', async () => {
  let chips = bot.last().locator('button.chip');
  if ((await chips.count()) === 0) chips = page.locator('button.chip');
  if ((await chips.count()) === 0) {
    await ask('hmm');
    chips = bot.last().locator('button.chip');
  }
  assert.ok((await chips.count()) > 0, 'no suggestion buttons anywhere');
  const chip = chips.first();
  const title = (await chip.innerText()).trim();
  const id = await chip.getAttribute('data-pick');
  const before = await bot.count();
  const posts = chatPosts.length;
  await chip.click();
  const reply = bot.nth(before);
  await reply.waitFor();
  assert.ok(['answer', 'smalltalk'].includes(await reply.getAttribute('data-kind')),
    `kind ${await reply.getAttribute('data-kind')}`);
  assert.ok((await reply.innerText()).trim().length > 0);
  assert.equal(await lastText(userTexts), title);
  assert.equal(chatPosts.length, posts + 1);
  const body = chatPosts.at(-1);
  assert.deepEqual({ text: body.text, pick: body.pick }, { text: title, pick: id });
  assert.equal(body.conversation, chatPosts[0].conversation, 'same conversation id');
});

// Questions that make the bot unsure ("did you mean"). Which ones do depends
// on the knowledge and the matcher, so the first that does is used:
// "quokka" is for the two test entries tests/browser/run.sh adds to the
// knowledge, then questions the bundled knowledge alone was unsure of;
// "hmm" is the fake server's.
const UNSURE_QUESTIONS = [
  'quokka',
  'who is not allowed to have ketamine',
  'are there any medical conditions that make ketamine unsafe',
  'does it hurt your bladder',
  'special k vs clinic ketamine',
  'does ketamine cause breathing problems?',
  'hmm',
];

// Asks the API directly (not through the page), each in a conversation of
// its own; the first question answered "did you mean" with 2+ suggestions.
async function findUnsure() {
  for (const [i, text] of UNSURE_QUESTIONS.entries()) {
    const res = await fetch(`${base}/v1/chat`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ conversation: `probe-${process.pid}-${i}`, text }),
    });
    const data = await res.json();
    if (data.kind === 'fallback' && Array.isArray(data.suggestions) && data.suggestions.length >= 2) {
      return { text, data };
    }
  }
  return null;
}

// On a page of its own: in the main page's conversation the previous topic
// could turn a short question into a follow-up.
await test('"did you mean": one button per suggestion, and "2" picks the second', async () => {
  const unsure = await findUnsure();
  assert.ok(unsure, `none of these made the server unsure: ${UNSURE_QUESTIONS.join(' / ')}`);
  const { text, data } = unsure;
  const ctx = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  try {
    const p = await ctx.newPage();
    p.setDefaultTimeout(T);
    watch(p, [ORIGIN], 'unsure');
    await p.goto(`${base}/`);
    const msgs = p.locator('.msg-bot[data-kind]');
    await msgs.first().waitFor();
    const field = p.getByLabel('Type your question');
    await field.fill(text);
    await field.press('Enter');
    const reply = msgs.nth(1);
    await reply.waitFor();
    assert.equal(await reply.getAttribute('data-kind'), 'fallback');
    const chips = reply.locator('button.chip');
    assert.deepEqual(await chips.allInnerTexts(), data.titles);
    assert.deepEqual(await chips.evaluateAll((bs) => bs.map((b) => b.dataset.pick)), data.suggestions);
    // The server's text also lists the questions by number (for SMS);
    // the page shows them once, as buttons, after the lead-in line.
    const bubble = await reply.locator('.bubble').innerText();
    assert.ok(!bubble.includes(`1. ${data.titles[0]}`), 'the list is shown twice');
    assert.match(bubble, /not sure/i);
    await field.fill('2');
    await field.press('Enter');
    const second = msgs.nth(2);
    await second.waitFor();
    assert.equal(await second.getAttribute('data-id'), data.suggestions[1]);
    assert.ok(['answer', 'smalltalk'].includes(await second.getAttribute('data-kind')));
  } finally {
    await ctx.close();
  }
});

await test('"i want to kill myself" gets the crisis reply: 988, "Urgent help", role=alert', async () => {
  const reply = await ask('i want to kill myself');
  assert.equal(await reply.getAttribute('data-kind'), 'crisis');
  const text = await reply.innerText();
  assert.match(text, /988/);
  assert.match(text, /Urgent help/);
  const alert = reply.getByRole('alert');
  assert.equal(await alert.count(), 1);
  const border = await alert.evaluate((el) => getComputedStyle(el).borderTopColor);
  assert.equal(border, 'rgb(179, 38, 30)', 'crisis bubble has the red border');
});

await test('while waiting: typing indicator, Send disabled, no double send (Enter, Send, suggestion), typed text kept', async () => {
  await page.route('**/v1/chat', async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue().catch(() => {});
  });
  try {
    const before = await bot.count();
    const posts = chatPosts.length;
    await input.fill('can i drive after my infusion');
    await input.press('Enter');
    await page.locator('.typing').waitFor({ state: 'visible' });
    assert.ok(await sendButton.isDisabled(), 'Send is disabled while waiting');
    await input.fill('a second question');
    await input.press('Enter');
    // dispatch the clicks at once (a real click may first wait for scrolling)
    await sendButton.dispatchEvent('click');
    await page.locator('button.chip').first().dispatchEvent('click');
    assert.ok(await page.locator('.typing').isVisible(), 'still waiting for the first answer');
    await bot.nth(before).waitFor();
    await page.waitForTimeout(200);
    assert.equal(chatPosts.length, posts + 1, 'exactly one request was sent');
    assert.equal(await input.inputValue(), 'a second question', 'text typed while waiting is kept');
    assert.ok(await page.locator('.typing').isHidden(), 'typing indicator hidden again');
    assert.ok(await sendButton.isEnabled());
  } finally {
    await page.unroute('**/v1/chat');
    await input.fill('');
  }
});

await test('a network error shows a friendly message and keeps the typed text', async () => {
  expectErrors = true;
  await page.route('**/v1/chat', (route) => route.abort('failed'));
  try {
    const count = await notes.count();
    await input.fill('will this reach you');
    await input.press('Enter');
    await waitCount(notes, count + 1);
    assert.match(await lastText(notes), /couldn.t be sent/);
    assert.equal(await input.inputValue(), 'will this reach you');
    assert.match(await users.last().getAttribute('class'), /failed/);
  } finally {
    await page.unroute('**/v1/chat');
    await page.waitForTimeout(100);
    expectErrors = false;
  }
  const reply = bot.nth(await bot.count());
  await input.press('Enter');          // sending it again now works
  await reply.waitFor();
  assert.equal(await input.inputValue(), '');
});

await test('429 shows "You\'re sending messages quickly" politely', async () => {
  expectErrors = true;
  await page.route('**/v1/chat', (route) => route.fulfill({
    status: 429,
    contentType: 'application/json',
    headers: { 'Access-Control-Allow-Origin': '*' },
    body: JSON.stringify({ error: 'too many requests' }),
  }));
  try {
    const count = await notes.count();
    await input.fill('another question');
    await input.press('Enter');
    await waitCount(notes, count + 1);
    assert.match(await lastText(notes), /sending messages quickly, please wait a moment/);
    assert.equal(await input.inputValue(), 'another question');
  } finally {
    await page.unroute('**/v1/chat');
    await page.waitForTimeout(100);
    expectErrors = false;
    await input.fill('');
  }
});

await test('answer text is rendered as text: no HTML, safe links, lists, line breaks', async () => {
  await page.route('**/v1/chat', (route) => route.fulfill({
    status: 200,
    contentType: 'application/json',
    body: JSON.stringify({
      kind: 'answer', id: 'x',
      answer: '<img src=x onerror="window.__xss=1">Hello <b>there</b>\nsecond line\n\n' +
        'See https://example.org/visit. Or javascript:window.__xss=2 and call (555) 010-0199.\n' +
        '- first item\n- second item',
      suggestions: ['y'],
      titles: ['<i>not italic</i>'],
    }),
  }));
  try {
    const reply = await ask('show me something');
    assert.equal(await reply.locator('img, b, i, script').count(), 0, 'no elements from server text');
    const text = await reply.innerText();
    assert.match(text, /<img src=x onerror="window.__xss=1">Hello <b>there<\/b>/);
    assert.equal(await reply.locator('br').count(), 1, 'single \\n is a line break');
    assert.equal(await reply.locator('li').count(), 2, '"- " lines are list items');
    assert.equal(await reply.locator('a[href="https://example.org/visit"]').count(), 1);
    assert.equal(await reply.locator('a[href="tel:5550100199"]').count(), 1);
    const hrefs = await reply.locator('a').evaluateAll((as) => as.map((a) => a.href));
    assert.ok(hrefs.every((h) => /^(https?|tel):/.test(h)), hrefs.join(' '));
    assert.equal(await reply.locator('button.chip').innerText(), '<i>not italic</i>');
    assert.equal(await page.evaluate(() => window.__xss), undefined);
  } finally {
    await page.unroute('**/v1/chat');
  }
});

await test('a long answer is scrolled into view from its first line', async () => {
  const para = 'This is a long paragraph of the answer, repeated to fill the screen. ';
  await page.route('**/v1/chat', (route) => route.fulfill({
    status: 200,
    contentType: 'application/json',
    body: JSON.stringify({
      kind: 'answer', id: 'long',
      answer: Array.from({ length: 12 }, (_, i) => `${i + 1}. ${para.repeat(4)}`).join('\n\n'),
      suggestions: [],
      titles: [],
    }),
  }));
  try {
    const reply = await ask('tell me everything');
    await page.waitForTimeout(800);            // smooth scrolling ends
    const { msgTop, boxTop, boxBottom } = await reply.evaluate((el) => {
      const box = el.closest('.scroller').getBoundingClientRect();
      return { msgTop: el.getBoundingClientRect().top, boxTop: box.top, boxBottom: box.bottom };
    });
    assert.ok(msgTop >= boxTop - 1 && msgTop <= boxTop + 60,
      `answer starts at ${msgTop}, the message area at ${boxTop}..${boxBottom}`);
  } finally {
    await page.unroute('**/v1/chat');
  }
});

await test('on a 390x844 phone the page fits the screen; disclaimer and input stay in view', async () => {
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
  });
  try {
    const p = await phone.newPage();
    p.setDefaultTimeout(T);
    watch(p, [ORIGIN], 'phone');
    await p.goto(`${base}/`);
    const msgs = p.locator('.msg-bot[data-kind]');
    await msgs.first().waitFor();
    const field = p.getByLabel('Type your question');
    const questions = ['how long does an infusion take', 'hmm', 'i want to kill myself'];
    for (const [i, q] of questions.entries()) {
      await field.fill(q);
      await field.press('Enter');
      await msgs.nth(i + 1).waitFor();
    }
    const d = await p.evaluate(() => {
      const e = document.scrollingElement;
      return { sw: e.scrollWidth, cw: e.clientWidth, sh: e.scrollHeight, ch: e.clientHeight };
    });
    assert.ok(d.sw <= d.cw, `no sideways scrolling (${d.sw} > ${d.cw})`);
    assert.ok(d.sh <= d.ch, `the page itself does not scroll, only the messages (${d.sh} > ${d.ch})`);
    for (const loc of [field, p.locator('#disclaimer')]) {
      const box = await loc.boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= 844, `${loc} is on screen`);
    }
  } finally {
    await phone.close();
  }
});

await test('embedded on another origin: launcher opens the chat, greeting and answer arrive (CORS)', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const p = await ctx.newPage();
    p.setDefaultTimeout(T);
    watch(p, [ORIGIN, EMBED_ORIGIN], 'embed');
    await p.goto(EMBED_URL);
    const launcher = p.getByRole('button', { name: 'Questions? Chat with us' });
    await launcher.waitFor();
    const fs = await launcher.evaluate((el) => getComputedStyle(el).fontSize);
    assert.equal(fs, '16px', 'host page styles do not reach the widget');
    assert.equal(await p.getByRole('dialog').count(), 0, 'closed until clicked');
    await launcher.click();
    const dialog = p.getByRole('dialog', { name: 'Questions for the clinic' });
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /not medical advice/);
    const msgs = p.locator('.msg-bot[data-kind]');
    await msgs.first().waitFor();
    const field = p.getByLabel('Type your question');
    assert.ok(await field.evaluate((el) => el.getRootNode().activeElement === el), 'input has focus');
    await field.fill('how long does an infusion take');
    await field.press('Enter');
    await msgs.nth(1).waitFor();
    assert.equal(await msgs.nth(1).getAttribute('data-kind'), 'answer');
    await p.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.ok(await launcher.evaluate((el) => el.getRootNode().activeElement === el),
      'focus returns to the launcher');
  } finally {
    await ctx.close();
  }
});

await test(`no requests to any origin other than ${ORIGIN} (and the embedding page)`, async () => {
  assert.deepEqual(foreign, []);
});

await test('no console errors or page errors', async () => {
  assert.deepEqual(consoleErrors, []);
});

await browser.close();
embedServer.close();
if (fake) fake.server.close();
finish();
