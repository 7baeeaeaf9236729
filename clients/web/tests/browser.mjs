// Walks pec-web in headless Chromium against a live pecd, as members and a reviewer would:
// codes and links are read from the messages the SMTP sink and the SMS gateway double
// received. Every page is checked with axe-core (no serious or critical violation) and for
// CSP refusals, and photographed into $SCREENSHOT_DIR. Started by clients/web/test.sh.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (run clients/web/test.sh)`);
  return value;
};
const WEB = env('WEB_URL');
const SHOTS = env('SCREENSHOT_DIR');
const FIXTURES = env('FIXTURES');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ------------------------------------------------------------------ pecd, as the Albo and the Ordine

function grpc(key, method, body) {
  const out = execFileSync('grpcurl', ['-plaintext', '-H', `authorization: Bearer ${key}`, '-d', JSON.stringify(body),
    env('PECD_ADDR'), method], { encoding: 'utf8' });
  return out.trim() ? JSON.parse(out) : {};
}

async function seedMember(ordineKey, member) {
  grpc(env('ALBO_KEY'), 'pec.v1.RegistryService/UpsertMember', {
    member: { ordine_code: 'TO', albo: 'ALBO_TECNICO_SANITARIO_RADIOLOGIA_MEDICA', register_status: 'REGISTER_STATUS_ACTIVE', ...member },
  });
  grpc(ordineKey, 'pec.v1.ActivationService/CreateActivationRequest', {
    request_id: crypto.randomUUID(), codice_fiscale: member.codice_fiscale,
  });
  for (let i = 0; i < 100; i++) {
    const { assignments = [] } = grpc(env('ALBO_KEY'), 'pec.v1.ActivationService/ListAssignments', { codice_fiscale: member.codice_fiscale });
    if (assignments.length) {
      grpc(env('ALBO_KEY'), 'pec.v1.ActivationService/AcceptAssignment', {
        activation_request_id: assignments[0].activationRequestId, codice_fiscale: member.codice_fiscale,
      });
      return assignments[0].mailboxAddress;
    }
    await sleep(100);
  }
  throw new Error(`no assignment for ${member.codice_fiscale}`);
}

// ------------------------------------------------------------------ the member's inbox and phone

const seen = new Set();
async function waitFor(dir, match, what) {
  for (let i = 0; i < 150; i++) {
    let names = [];
    try { names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort(); } catch { /* not yet */ }
    for (const name of names) {
      const file = path.join(dir, name);
      if (seen.has(file)) continue;
      const record = JSON.parse(readFileSync(file, 'utf8'));
      if (match(record)) { seen.add(file); return record; }
    }
    await sleep(100);
  }
  throw new Error(`no ${what} arrived`);
}
const mailTo = (address, pattern, what) =>
  waitFor(env('MAIL_DIR'), (m) => m.rcpt_tos.includes(address) && pattern.test(m.text), what);
const smsTo = (number, what) => waitFor(env('SMS_DIR'), (r) => r.body.to === number, what);
const link = (mail, route) => {
  const found = mail.text.match(new RegExp(`${WEB.replace(/[.]/g, '\\.')}${route}\\?token=[\\w-]+`));
  assert.ok(found, `a ${route} link in: ${mail.text}`);
  return found[0];
};
const code = (text) => text.match(/\b(\d{6})\b/)[1];

// ------------------------------------------------------------------ each page: axe, CSP, screenshot

let shot = 0;
const cspErrors = [];
async function check(page, name) {
  await page.waitForLoadState('load');
  await page.evaluate(axeSource);
  const { violations } = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' ')})`), [], `axe on ${name}`);
  assert.equal(await page.getAttribute('html', 'lang'), 'it');
  shot += 1;
  await page.screenshot({ path: path.join(SHOTS, `${String(shot).padStart(2, '0')}-${name}.png`), fullPage: true });
  assert.deepEqual(cspErrors, [], `no CSP refusals on ${name}`);
}
const watch = (page) => page.on('console', (m) => {
  if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
});
const summary = (page) => page.locator('#riepilogo-errori').innerText();
const fieldError = (page, id) => page.locator(`#${id}-errore`).innerText();
async function submit(page, button) {
  await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: button }).click()]);
}

// ------------------------------------------------------------------ the walk

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = false;
try {
  grpc(env('ADMIN_KEY'), 'pec.v1.RegistryService/CreateOrdine', {
    request_id: crypto.randomUUID(),
    ordine: { code: 'TO', name: 'Ordine TSRM e PSTRP di Torino', pec_address: 'torino@pec.tsrm.org', adheres_to_convention: true, convention_since: '2024-01-01' },
  });
  const ordineKey = execFileSync(env('KEY_HELPER'), ['TO'], { encoding: 'utf8' }).trim();
  const mario = { codice_fiscale: 'RSSMRA80A01H501U', given_name: 'Mario', family_name: 'Rossi', registration_number: '1', personal_email: 'mario.rossi@example.com' };
  const giulia = { codice_fiscale: 'BNCGLI85A55L219N', given_name: 'Giulia', family_name: 'Bianchi', registration_number: '2', personal_email: 'giulia.bianchi@example.com' };
  mario.mailbox = await seedMember(ordineKey, mario);
  giulia.mailbox = await seedMember(ordineKey, giulia);

  const context = await browser.newContext({ locale: 'it-IT', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  watch(page);

  // The home page and the headers of a public site.
  const home = await page.goto(`${WEB}/`);
  const headers = home.headers();
  // Only this site, and the captcha widget's origin for its script and frame; no inline code.
  assert.match(headers['content-security-policy'], /^default-src 'self'; script-src 'self' http:\/\/127\.0\.0\.1:\d+; style-src 'self';/);
  assert.doesNotMatch(headers['content-security-policy'], /unsafe-inline|unsafe-eval/);
  assert.match(headers['content-security-policy'], /frame-ancestors 'none'/);
  assert.equal(headers['x-frame-options'], 'DENY');
  assert.equal(headers['referrer-policy'], 'no-referrer');
  await check(page, 'home');

  // The set-up link of the accepted mailbox: a refusal under the field, then success.
  const setup = await mailTo(mario.personal_email, /token=/, 'set-up email');
  await page.goto(link(setup, '/password'));
  assert.match(await page.locator('#regole-password').innerText(), /da 10 a 128 caratteri/);
  await check(page, 'password-link');
  await page.fill('#new_password', 'Rossi12345');
  await page.fill('#confirm_password', 'Rossi12345');
  await submit(page, 'Imposta la password');
  assert.ok((await fieldError(page, 'new_password')).length > 0, 'a refusal under the password field');
  assert.equal(await page.locator('#riepilogo-errori a[href="#new_password"]').count(), 1, 'the summary links to the field');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'riepilogo-errori', 'focus on the error summary');
  assert.match(await page.title(), /^Errore: /);
  await check(page, 'password-refused');
  await page.fill('#new_password', 'cavallo batteria graffetta corretta');
  await page.fill('#confirm_password', 'cavallo batteria graffetta corretta');
  await submit(page, 'Imposta la password');
  assert.match(await page.locator('main').innerText(), /Password impostata/);
  await check(page, 'password-set');

  // "Password dimenticata": a match and a mismatch get the same page.
  const resetReply = async (mailbox, holder) => {
    await page.goto(`${WEB}/password-dimenticata`);
    await page.fill('#mailbox_address', mailbox);
    await page.fill('#holder_code', holder);
    await submit(page, 'Invia');
    return page.locator('#esito-richiesta').innerText();
  };
  await page.goto(`${WEB}/password-dimenticata`);
  await check(page, 'reset-request');
  const match = await resetReply(mario.mailbox, mario.codice_fiscale);
  assert.match(match, /Ti abbiamo inviato una email all'indirizzo ma\*{5}/);
  await check(page, 'reset-sent');
  const mismatch = await resetReply(mario.mailbox, giulia.codice_fiscale);
  const unmasked = (text) => text.replace(/\S\S\*{5}/g, '…');
  assert.equal(unmasked(mismatch), unmasked(match), 'match and mismatch read the same');
  const reset = await mailTo(mario.personal_email, /token=/, 'reset email');
  await page.goto(link(reset, '/password'));
  await page.fill('#new_password', 'una frase diversa e abbastanza lunga');
  await page.fill('#confirm_password', 'una frase diversa e abbastanza lunga');
  await submit(page, 'Imposta la password');
  assert.match(await page.locator('main').innerText(), /Password impostata/);

  // The same request without JavaScript.
  const plain = await browser.newContext({ locale: 'it-IT', javaScriptEnabled: false });
  const plainPage = await plain.newPage();
  await plainPage.goto(`${WEB}/password-dimenticata`);
  await plainPage.fill('#mailbox_address', giulia.mailbox);
  await submit(plainPage, 'Invia');
  assert.match(await plainPage.locator('#holder_code-errore').innerText(), /codice fiscale/);
  await plainPage.fill('#holder_code', giulia.codice_fiscale);
  await submit(plainPage, 'Invia');
  assert.match(await plainPage.locator('#esito-richiesta').innerText(), /Ti abbiamo inviato una email all'indirizzo gi\*{5}/);
  shot += 1;
  await plainPage.screenshot({ path: path.join(SHOTS, `${String(shot).padStart(2, '0')}-reset-sent-without-javascript.png`), fullPage: true });
  await plain.close();

  // The contact-change wizard, start to "Esito".
  const wizard = async (member, newEmail, mobile, full) => {
    const name = (step) => (full ? `wizard-${step}` : null);
    const maybeCheck = async (step) => { if (full) await check(page, name(step)); };
    await page.goto(`${WEB}/modifica-dati`);
    await maybeCheck('start');
    await page.fill('#mailbox_address', member.mailbox);
    await page.fill('#holder_code', member.codice_fiscale);
    await submit(page, 'Continua');
    assert.match(page.url(), /\/modifica-dati\/titolare$/);
    if (full) {
      // The widget's token reached pecd, which checked it with the captcha service.
      const verify = await waitFor(env('CAPTCHA_DIR'), (r) => r.body.response === 'pec-web-test-token', 'captcha check');
      assert.equal(verify.body.secret, 'test-secret');
    }
    assert.doesNotMatch(page.url(), /secret|token/);
    await maybeCheck('holder');
    await page.fill('#given_name', member.given_name);
    await page.fill('#family_name', member.family_name);
    await page.fill('#province', 'TO');
    await page.fill('#comune', 'Torino');
    await page.fill('#postal_code', '10121');
    await page.fill('#street', 'Via Roma 1');
    await submit(page, 'Continua');
    assert.match(page.url(), /\/modifica-dati\/documento$/);
    if (full) {
      await check(page, 'wizard-document');
      // A PNG named .jpg passes the browser's check of the type: pec-web reads its bytes and
      // refuses it under its field.
      const png = readFileSync(path.join(FIXTURES, 'front.png'));
      await page.setInputFiles('#front', { name: 'fronte.jpg', mimeType: 'image/jpeg', buffer: png });
      await page.setInputFiles('#back', path.join(FIXTURES, 'back.jpg'));
      await submit(page, 'Carica e continua');
      assert.match(await fieldError(page, 'front'), /JPEG/);
      assert.match(await page.locator('#back-aiuto').innerText(), /Già caricato/, 'the good side was kept');
      await check(page, 'wizard-document-refused');
      // Over 4 MB: the script holds the form back; without it pec-web refuses the body itself,
      // before pecd sees it.
      const big = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(4 * 1024 * 1024 + 10)]);
      await page.setInputFiles('#front', { name: 'grande.jpg', mimeType: 'image/jpeg', buffer: big });
      await page.getByRole('button', { name: 'Carica e continua' }).click();
      assert.match(await page.$eval('#front', (i) => i.validationMessage), /4 MB/);
      assert.match(page.url(), /\/modifica-dati\/documento$/);
      const csrf = await page.locator('input[name=csrf]').first().inputValue();
      const answer = await page.request.post(`${WEB}/modifica-dati/documento`, {
        multipart: { csrf, front: { name: 'grande.jpg', mimeType: 'image/jpeg', buffer: big } },
      });
      assert.match(await answer.text(), /supera i 4 MB/);
    }
    await page.setInputFiles('#front', path.join(FIXTURES, 'front.jpg'));
    await page.setInputFiles('#back', path.join(FIXTURES, 'back.jpg'));
    await submit(page, 'Carica e continua');
    assert.match(page.url(), /\/modifica-dati\/email$/);
    assert.match(await page.locator('.steppers li[aria-current=step]').innerText(), /Modifica email\s+\(in corso\)/);
    await maybeCheck('email');
    await page.fill('#recovery_email', newEmail);
    await submit(page, 'Invia il codice');
    assert.match(page.url(), /\/modifica-dati\/verifica-email$/);
    const emailCode = code((await mailTo(newEmail, /\b\d{6}\b/, 'email code')).text);
    if (full) {
      await check(page, 'wizard-verify-email');
      await page.fill('#code', emailCode === '000000' ? '111111' : '000000');
      await submit(page, 'Verifica');
      assert.ok((await fieldError(page, 'code')).length > 0, 'a wrong code is refused under the field');
      await check(page, 'wizard-verify-email-wrong-code');
      // A new code at once: pecd's wait, in words.
      await submit(page, 'Invia un nuovo codice');
      assert.match(await summary(page), /Potrai chiederne un altro tra \d+ (secondi?|minut[oi])\./);
      await check(page, 'wizard-resend-wait');
    }
    await page.fill('#code', emailCode);
    await submit(page, 'Verifica');
    assert.match(page.url(), /\/modifica-dati\/cellulare$/);
    await maybeCheck('mobile');
    await page.fill('#mobile_number', mobile);
    await submit(page, 'Continua');
    assert.match(page.url(), /\/modifica-dati\/conferma$/);
    assert.match(await page.locator('main').innerText(), new RegExp(newEmail.replace('.', '\\.')));
    await maybeCheck('confirm');
    await submit(page, 'Conferma i dati');
    assert.match(page.url(), /\/modifica-dati\/verifica-cellulare$/);
    await maybeCheck('verify-mobile');
    const e164 = `+39${mobile.replace(/\s/g, '')}`;
    const sms = await smsTo(e164, 'SMS code');
    await page.fill('#code', code(sms.body.text));
    await submit(page, 'Verifica');
    assert.match(page.url(), /\/modifica-dati\/esito$/);
    assert.match(await page.locator('#esito').innerText(), /in verifica/);
    await maybeCheck('outcome');
  };

  await wizard(mario, 'mario.nuovo@example.com', '347 123 4567', true);

  // "Non sono stato io": the link of the security notice cancels the change.
  const notice = await mailTo(mario.personal_email, /modifica-dati\/annulla/, 'security notice');
  await page.goto(link(notice, '/modifica-dati/annulla'));
  await check(page, 'cancel');
  await submit(page, 'Annulla la richiesta di modifica');
  assert.match(await page.locator('main').innerText(), /annullat/i);
  await check(page, 'cancel-done');

  // Two more changes for the review: one to approve, one to reject.
  await wizard(mario, 'mario.altro@example.com', '347 765 4321', false);
  await wizard(giulia, 'giulia.nuova@example.com', '333 111 2222', false);
  await context.close();

  // The review console.
  const review = await browser.newContext({ locale: 'it-IT', viewport: { width: 1400, height: 1000 } });
  const op = await review.newPage();
  watch(op);
  await op.goto(`${WEB}/revisione`);
  assert.match(op.url(), /\/revisione\/accesso$/);
  await check(op, 'review-sign-in');
  await op.fill('#operator_key', 'pec_chiave_sbagliata');
  await submit(op, 'Accedi');
  assert.ok((await fieldError(op, 'operator_key')).length > 0);
  await op.fill('#operator_key', env('OPERATOR_KEY'));
  await submit(op, 'Accedi');
  assert.match(op.url(), /\/revisione$/);
  const cookies = await review.cookies();
  const session = cookies.find((c) => c.name === 'pec_revisione');
  assert.ok(session && session.httpOnly && session.sameSite === 'Strict', 'HttpOnly, SameSite=Strict session cookie');
  assert.ok(!cookies.some((c) => c.value.includes(env('OPERATOR_KEY'))), 'the key stays on the server');
  const rows = op.locator('tbody tr');
  assert.equal(await rows.count(), 2);
  await check(op, 'review-queue');

  // Without JavaScript the rotation is a link to the same page with the image turned.
  const plainReview = await browser.newContext({ locale: 'it-IT', javaScriptEnabled: false });
  const plainOp = await plainReview.newPage();
  await plainOp.goto(`${WEB}/revisione/accesso`);
  await plainOp.fill('#operator_key', env('OPERATOR_KEY'));
  await submit(plainOp, 'Accedi');
  await Promise.all([plainOp.waitForLoadState('load'), plainOp.getByRole('link', { name: mario.mailbox }).first().click()]);
  await Promise.all([plainOp.waitForLoadState('load'), plainOp.getByRole('link', { name: 'Ruota il retro di 90°' }).click()]);
  assert.match(plainOp.url(), /retro=1$/);
  assert.match(await plainOp.getAttribute('#immagine-retro', 'class'), /turn-1/);
  await plainReview.close();

  const decide = async (mailbox) => {
    const image = op.waitForResponse((r) => r.url().endsWith('/documento/fronte'));
    await Promise.all([op.waitForLoadState('load'), op.getByRole('link', { name: mailbox }).first().click()]);
    const front = await image;
    await op.waitForFunction(() => [...document.querySelectorAll('img.document-image')].every((i) => i.complete && i.naturalWidth > 0));
    return front;
  };
  const front = await decide(mario.mailbox);
  assert.equal(front.headers()['cache-control'], 'no-store');
  assert.equal(front.headers()['content-type'], 'image/jpeg');
  await op.getByRole('link', { name: 'Ruota il fronte di 90°' }).click();
  assert.equal(await op.getAttribute('#immagine-fronte', 'data-turn'), '1');
  await check(op, 'review-change');
  await submit(op, 'Approva la modifica');
  assert.match(await op.locator('.alert-success').innerText(), /Modifica approvata/);
  await check(op, 'review-approved');

  await decide(giulia.mailbox);
  await submit(op, 'Respingi la modifica');
  assert.ok((await fieldError(op, 'reason')).length > 0, 'a rejection needs a reason');
  await check(op, 'review-reject-refused');
  await op.selectOption('#reason', { label: 'Il documento è scaduto' });
  await op.fill('#text', 'Il documento caricato è scaduto: ripeti la richiesta con un documento valido.');
  await submit(op, 'Respingi la modifica');
  assert.match(await op.locator('.alert-success').innerText(), /Modifica respinta/);
  assert.equal(await op.locator('tbody tr').count(), 0);
  await check(op, 'review-rejected');
  await waitFor(env('MAIL_DIR'), (m) => /ripeti la richiesta/.test(m.text), 'rejection email');
  await review.close();
  console.log(`web test: passed, ${shot} screenshots in ${SHOTS}`);
} catch (err) {
  failed = true;
  console.error(err);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
