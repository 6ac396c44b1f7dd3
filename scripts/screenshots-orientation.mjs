/* global document, window -- the functions passed to page.evaluate run in the page */
// Writes screenshots of the orientation — the welcome, a question, the plan and the printed sheet —
// at 360 px and 1280 px, plus the sheet as an A4 PDF, into .cache/screenshots/, so anyone can look at
// what a bénévole sees. Run after `pnpm build` and `pnpm passerelle build-demo --out examples/demo-data`
// (`pnpm screenshots` does both): it serves the repository locally and drives examples/orientation.html
// in headless Chromium, by keyboard, answering as a 19-year-old without diploma in Bordeaux would.
import { join } from 'node:path';
import { launchBrowser, out, serveRepository } from './screenshots-support.mjs';

const server = await serveRepository();
const { port } = server;

const answers = {
  age: '19',
  employment: 'Je cherche un emploi',
  project: 'Non, pas encore',
  wantsToWorkNow: 'Non, pas tout de suite',
  postalCode: '33000',
};

const browser = await launchBrowser();

/** The orientation's shadow root, through the finder's. */
const inOrientation = (page, script, arg) =>
  page.evaluate(
    (source, value) => {
      const root = document
        .querySelector('passerelle-finder')
        ?.shadowRoot?.querySelector('passerelle-orientation')?.shadowRoot;
      return new Function('root', 'value', source)(root, value);
    },
    script,
    arg,
  );

async function answerUntilPlan(page) {
  for (let i = 0; i < 25; i += 1) {
    const state = await inOrientation(
      page,
      `const title = root.querySelector('#question-title');
       return { plan: !!root.querySelector('#plan-title'), title: title?.textContent ?? '', typed: !!root.querySelector('#typed-answer') };`,
    );
    if (state.plan) return;
    await inOrientation(
      page,
      `const labels = value;
       const typed = root.querySelector('#typed-answer');
       if (typed) {
         typed.value = /postal/i.test(root.querySelector('label[for="typed-answer"]').textContent) ? labels.postalCode : labels.age;
         typed.form.requestSubmit();
         return;
       }
       const buttons = [...root.querySelectorAll('button.answer')];
       const wanted = buttons.find((b) => Object.values(labels).some((label) => b.textContent.includes(label)));
       (wanted ?? buttons.find((b) => b.textContent.includes('Je ne sais pas'))).click();`,
      answers,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

for (const width of [360, 1280]) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  await page.goto(`http://127.0.0.1:${port}/examples/orientation.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() =>
    document
      .querySelector('passerelle-finder')
      ?.shadowRoot?.querySelector('passerelle-orientation')
      ?.shadowRoot?.querySelector('#orientation-title'),
  );
  await page.screenshot({ path: join(out, `orientation-welcome-${width}.png`), fullPage: true });
  await inOrientation(page, `root.querySelector('button.primary').click();`);
  await new Promise((resolve) => setTimeout(resolve, 200));
  await page.screenshot({ path: join(out, `orientation-question-${width}.png`), fullPage: true });
  await answerUntilPlan(page);
  await new Promise((resolve) => setTimeout(resolve, 500));
  await page.screenshot({ path: join(out, `orientation-plan-${width}.png`), fullPage: true });
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await inOrientation(
    page,
    `[...root.querySelectorAll('button')].find((b) => b.textContent.includes('Imprimer')).click();`,
  );
  await page.emulateMediaType('print');
  await page.screenshot({ path: join(out, `orientation-sheet-${width}.png`), fullPage: true });
  if (width === 1280)
    await page.pdf({ path: join(out, 'orientation-sheet.pdf'), format: 'A4', preferCSSPageSize: true });
  await page.close();
}

await browser.close();
server.close();
console.log(`Captures écrites dans ${out}`);
