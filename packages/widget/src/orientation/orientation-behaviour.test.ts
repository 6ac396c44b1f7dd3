import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../define.js';
import { serveJson, session, smallCatalogue } from '../test-support/fixtures.js';
import { FinderHarness } from '../test-support/finder-harness.js';
import {
  OrientationHarness,
  youngPersonInBordeaux as youngPerson,
} from '../test-support/orientation-harness.js';
import type { Clock } from './inactivity.js';
import { IDLE_CLEAR_MS } from './inactivity.js';
import { SMS_MAX_LENGTH } from './sms.js';
import { orient } from '@passerelle/core';
import { getRuleset } from '@passerelle/data/rulesets';
import { listLinkUrl } from '../internal/list-link.js';
import { qrPath } from './qr-code.js';

const demoRelays = {
  format: 'passerelle-relays',
  version: 1,
  meta: { source: 'Annuaire de test (fictif)', generatedAt: '2026-12-01', licence: 'test', demo: true },
  relays: [
    {
      id: 'ml-bordeaux',
      kind: 'mission-locale',
      name: 'Mission locale Démo Bordeaux (fictive)',
      address: {
        lines: ['1 rue de la Démo (adresse fictive)'],
        postalCode: '33000',
        city: 'Bordeaux',
        coordinates: { lat: 44.84, lon: -0.58 },
      },
      departement: '33',
      phone: '05 00 00 00 01',
      openingHours: 'Mo-Fr 09:00-12:00,14:00-17:00; PH off',
      appointment: true,
      whatToBring: ['Une pièce d’identité', 'Un CV si vous en avez un'],
    },
  ],
};

function fakeClock() {
  const pending = new Map<number, () => void>();
  let next = 1;
  const clock: Clock & { fire(ms: number): void; delays: number[] } = {
    delays: [],
    setTimeout(callback, ms) {
      const id = next++;
      pending.set(id, callback);
      clock.delays.push(ms);
      return id;
    },
    clearTimeout(handle) {
      pending.delete(handle as number);
    },
    fire(ms) {
      if (ms < IDLE_CLEAR_MS) return;
      for (const [id, callback] of [...pending]) {
        pending.delete(id);
        callback();
      }
    },
  };
  return clock;
}

describe('passerelle-orientation: moving around a conversation', () => {
  it('goes back to the previous answer with « Retour » and with the browser’s back button', async () => {
    const harness = await OrientationHarness.create();
    await harness.pressButton('Commencer');
    const first = harness.questionField;
    await harness.answerCurrent({ age: 30 });
    const second = harness.questionField;
    expect(second).to.not.equal(first);
    await harness.pressButton('Retour');
    await waitUntil(() => harness.questionField === first, 'back to the first question');
    await harness.answerCurrent({ age: 30 });
    await harness.answerCurrent({ employment: 'job-seeker' });
    history.back();
    await waitUntil(() => harness.questionField === second, 'the browser’s back button goes back one answer');
  });

  it('changes an answer from the plan, and the plan follows', async () => {
    const harness = await OrientationHarness.create();
    await harness.converse(youngPerson);
    expect(harness.firstRelays).to.deep.equal(['mission-locale']);
    await harness.press(
      (element) => element.getAttribute('aria-label') === 'Modifier votre âge',
      'modifier l’âge',
    );
    expect(harness.questionField).to.equal('age');
    await harness.tabTo((element) => element.id === 'typed-answer', 'le champ');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '30' });
    await sendKeys({ press: 'Enter' });
    await harness.update();
    expect(harness.onPlan).to.equal(true);
    expect(harness.firstRelays).to.deep.equal(['france-travail']);
  });

  it('forgets everything with « Nouvelle personne », and after 10 minutes without activity', async () => {
    const harness = await OrientationHarness.create();
    const clock = fakeClock();
    const orientation = harness.orientationElement!;
    orientation.clock = clock;
    await harness.update();
    await harness.converse(youngPerson);
    await harness.pressButton('Nouvelle personne');
    expect(harness.onPlan).to.equal(false);
    expect(harness.text('.notice')).to.contain('effacées');
    await harness.pressButton('Commencer');
    expect(harness.text('.progress')).to.contain('Question 1');
    await harness.answerCurrent({ age: 19 });
    expect(clock.delays.at(-1)).to.equal(IDLE_CLEAR_MS);
    clock.fire(IDLE_CLEAR_MS);
    await harness.update();
    expect(harness.$('#question-title')).to.equal(null);
    expect(harness.text('.notice')).to.contain('10 minutes sans activité');
    await harness.pressButton('Commencer');
    expect(harness.text('.progress')).to.contain('Question 1');
  });

  it('answers on one page with « Voir toutes les questions », to the same plan', async () => {
    const harness = await OrientationHarness.create();
    await harness.pressButton('Voir toutes les questions');
    const set = (field: string, value: string) => {
      const element = harness.$(`#all-${field}`) as HTMLInputElement | HTMLSelectElement;
      element.value = value;
    };
    set('age', '19');
    set('employment', '"job-seeker"');
    set('project', '"none"');
    (harness.$('.all-questions button[type="submit"]') as HTMLElement).click();
    await harness.update();
    expect(harness.onPlan).to.equal(true);
    expect(harness.firstRelays).to.deep.equal(['mission-locale']);
    expect(harness.statusOf('prequalification')).to.equal('Vous pouvez y entrer');
  });
});

describe('passerelle-orientation: privacy', () => {
  it('keeps answers out of storage, the URL, cookies, the history and the events', async () => {
    const url = location.href;
    const events: unknown[] = [];
    const harness = await OrientationHarness.create();
    harness.element.addEventListener('passerelle-orientation', (event) => events.push(event.detail));
    await harness.converse({ ...youngPerson, disabilityRecognition: true, rsa: false });
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
    expect(location.href).to.equal(url);
    const state = JSON.stringify(history.state);
    expect(state).to.not.contain('33000');
    expect(state).to.not.contain('job-seeker');
    expect(events).to.have.length(1);
    const detail = events[0] as Record<string, unknown>;
    expect(Object.keys(detail).sort()).to.deep.equal(['needs', 'programmes']);
    const text = JSON.stringify(detail);
    for (const answer of ['33000', '19', 'job-seeker', 'disabilityRecognition', 'rsa'])
      expect(text, answer).to.not.contain(answer);
  });
});

describe('passerelle-orientation: the plan with a relay directory', () => {
  it('shows the nearest relay with its address, a tel: link and the hours in words', async () => {
    const harness = await OrientationHarness.create({
      relays: serveJson(demoRelays),
      partner: 'Restos du Cœur — antenne de test',
    });
    await harness.converse(youngPerson);
    await waitUntil(() => harness.$('.relay-first .place'), 'the directory arrives');
    const first = harness.text('.relay-first');
    expect(first).to.contain('Mission locale Démo Bordeaux (fictive)');
    expect(first).to.contain(
      'Ouvert du lundi au vendredi de 9 h à 12 h et de 14 h à 17 h ; fermé les jours fériés.',
    );
    expect(harness.$('.relay-first a')?.getAttribute('href')).to.equal('tel:0500000001');
    expect(harness.text('.plan')).to.contain('Annuaire de démonstration');
    expect(harness.text('.say')).to.contain('Je viens de la part de Restos du Cœur — antenne de test');
    expect(harness.text('.plan')).to.contain('Un CV si vous en avez un');
  });

  it('takes the relay directory a published manifest lists when the page gives no relays attribute', async () => {
    // The demo folder `pnpm test` publishes before the browser tests (examples/demo-data). The
    // test page loads hundreds of modules: room in the timing buffer for the files that follow.
    performance.clearResourceTimings();
    performance.setResourceTimingBufferSize(2000);
    const harness = await OrientationHarness.create({ catalogue: '/examples/demo-data/manifest.json' });
    await harness.converse(youngPerson);
    await waitUntil(() => harness.$('.relay-first .place'), 'the listed directory arrives', {
      timeout: 5000,
    });
    expect(harness.text('.relay-first')).to.contain('Mission locale Démo Bordeaux (fictif)');
    expect(harness.$('.relay-first a[href^="tel:"]')?.getAttribute('href')).to.match(/^tel:0536\d{6}$/);
    const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
    const listed = fetched.filter((url) => url.includes('/relais.'));
    expect(listed).to.have.length(1);
    expect(listed[0]).to.match(/\/examples\/demo-data\/relais\.[0-9a-f]{16}\.json(\?v=[0-9a-f]+)?$/);
    expect(harness.logger.messages).to.deep.equal([]);
  });

  it('copies a plan of at most 480 characters for an SMS, or shows it to copy by hand', async () => {
    const harness = await OrientationHarness.create({ relays: serveJson(demoRelays) });
    await harness.converse(youngPerson);
    await waitUntil(() => harness.$('.relay-first .place'), 'the directory arrives');
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void (copied = text) },
    });
    await harness.pressButton('Copier pour un SMS');
    await waitUntil(() => harness.$('.note'), 'the copy is confirmed');
    expect(harness.text('.note')).to.contain('copié');
    expect(copied.length).to.be.within(40, SMS_MAX_LENGTH);
    expect(copied).to.contain('Mission locale Démo Bordeaux');
    expect(copied).to.contain('05 00 00 00 01');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async () => Promise.reject(new Error('refusé')) },
    });
    await harness.pressButton('Copier pour un SMS');
    await waitUntil(() => harness.$('.sms-text textarea'), 'the text is shown to copy by hand');
    expect((harness.$('.sms-text textarea') as HTMLTextAreaElement).value).to.equal(copied);
  });

  it('prints one A4 page: the sheet, without the host page or the widget’s buttons', async () => {
    const heading = document.createElement('h1');
    heading.textContent = 'Titre de la page hôte';
    document.body.prepend(heading);
    const harness = await OrientationHarness.create({
      relays: serveJson(demoRelays),
      partner: 'Antenne de test',
    });
    await harness.converse(youngPerson);
    await waitUntil(() => harness.$('.relay-first .place'), 'the directory arrives');
    const prints: unknown[] = [];
    harness.element.addEventListener('passerelle-print', (event) => prints.push(event.detail));
    const print = window.print;
    window.print = () => undefined;
    try {
      await harness.pressButton('Imprimer la fiche');
      expect(prints).to.deep.equal([{}]);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(heading).display).to.equal('none');
      expect(getComputedStyle(harness.$('.screen')!).display).to.equal('none');
      expect(getComputedStyle(harness.$('.sheet')!).display).to.equal('block');
      expect(harness.text('.sheet')).to.contain('Mission locale Démo Bordeaux (fictive)');
      expect(harness.text('.sheet')).to.contain('Antenne de test');
      expect(harness.text('.sheet')).to.not.contain('19 ans');
      expect(await executeServerCommand('pdf-page-count')).to.equal(1);
    } finally {
      window.print = print;
      await emulateMedia({ media: 'screen' });
      heading.remove();
    }
  });
});

describe('passerelle-orientation: read aloud and text size', () => {
  function stubSpeech(lang: string) {
    const spoken: string[] = [];
    return {
      spoken,
      getVoices: () =>
        [
          { lang, name: `voix ${lang}`, default: true, localService: true, voiceURI: lang },
        ] as unknown as SpeechSynthesisVoice[],
      speak: (utterance: SpeechSynthesisUtterance) => void spoken.push(utterance.text),
      cancel: () => undefined,
    };
  }

  it('reads a question and its answers in a French voice, and hides the button without one', async () => {
    const harness = await OrientationHarness.create();
    const speech = stubSpeech('fr-FR');
    harness.orientationElement!.speech = speech;
    await harness.update();
    await harness.pressButton('Commencer');
    await harness.pressButton('Écouter');
    expect(speech.spoken).to.have.length(1);
    expect(speech.spoken[0]).to.contain(harness.text('#question-title'));
    expect(speech.spoken[0]).to.contain('Réponses possibles');
    harness.orientationElement!.speech = stubSpeech('en-US');
    await harness.update();
    expect(harness.$('.listen')).to.equal(null);
  });

  it('raises the text size from inside the widget', async () => {
    const harness = await OrientationHarness.create();
    const before = parseFloat(getComputedStyle(harness.$('h2')!).fontSize);
    await harness.pressButton('Texte plus grand');
    const after = parseFloat(getComputedStyle(harness.$('h2')!).fontSize);
    expect(after).to.be.greaterThan(before * 1.2);
  });
});

describe('passerelle-orientation: accessibility', () => {
  for (const width of [360, 1280]) {
    it(`has no axe violations on the welcome, a question and the plan at ${width} px`, async () => {
      await setViewport({ width, height: 900 });
      const harness = await OrientationHarness.create({ relays: serveJson(demoRelays) });
      await expect(harness.orientationElement).to.be.accessible();
      await harness.pressButton('Commencer');
      await expect(harness.orientationElement).to.be.accessible();
      await harness.answerCurrent(youngPerson);
      await expect(harness.orientationElement).to.be.accessible();
      for (let i = 0; i < 25 && !harness.onPlan; i += 1) await harness.answerCurrent(youngPerson);
      expect(harness.onPlan).to.equal(true);
      await waitUntil(() => harness.$('.relay-first .place'), 'the directory arrives');
      await expect(harness.orientationElement).to.be.accessible();
      expect(harness.orientationElement!.scrollWidth).to.be.at.most(width);
    });
  }
});

describe('passerelle-orientation: the two tabs link both ways', () => {
  it('offers « Être orienté » from the search tab’s empty state', async () => {
    const finder = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    await finder.typeSearch('astronaute');
    (finder.$('.empty .orient') as HTMLButtonElement).click();
    await finder.update();
    expect(finder.$('#tab-orientation')?.getAttribute('aria-selected')).to.equal('true');
    await waitUntil(() =>
      finder.$('passerelle-orientation')?.shadowRoot?.querySelector('#orientation-title'),
    );
  });

  it('lists the catalogue’s trainings of a step near the person, and opens one in the search tab', async () => {
    const harness = await OrientationHarness.create({ mode: 'both', catalogue: serveJson(smallCatalogue()) });
    await harness.converse(youngPerson);
    const training = harness.$('.training-title') as HTMLButtonElement | null;
    expect(training, 'a préqualification near Bordeaux').to.not.equal(null);
    const title = training?.textContent?.trim() ?? '';
    training?.click();
    await harness.update();
    const finderRoot = harness.element.shadowRoot!;
    expect(finderRoot.querySelector('#tab-search')?.getAttribute('aria-selected')).to.equal('true');
    await waitUntil(() => finderRoot.querySelector('[part="detail"]'), 'the detail opens');
    expect(finderRoot.querySelector('[part="detail"] h2, [part="detail"] h3')?.textContent).to.contain(title);
    (finderRoot.querySelector('#tab-orientation') as HTMLElement).click();
    await harness.update();
    expect(harness.onPlan, 'the plan is still there when coming back').to.equal(true);
  });

  it('gives a training’s next information meeting and its sessions still to join, on the plan and the sheet', async () => {
    const withMeetings = smallCatalogue();
    const aide = withMeetings.offers.find((offer) => offer.id === 'F-AIDE')!;
    aide.actions[0]!.informationDates = ['2026-11-17', '2027-02-09', '2027-01-12'];
    aide.actions[0]!.sessions.push(session({ id: 'S-AIDE-2', start: '2027-09-06', end: '2027-10-29' }));
    const harness = await OrientationHarness.create({ mode: 'both', catalogue: serveJson(withMeetings) });
    await harness.converse(youngPerson);
    const training = harness.$('.training');
    expect(training?.textContent).to.contain('Découvrir les métiers de l’aide à domicile');
    expect(training?.querySelector('.information-meeting')?.textContent?.trim()).to.equal(
      'Réunion d’information le mardi 12 janvier 2027',
    );
    expect(training?.textContent, 'a meeting already past is never offered').to.not.contain('17 novembre');
    expect(training?.textContent).to.contain('2 sessions');
    expect(harness.text('.sheet')).to.contain('Réunion d’information le mardi 12 janvier 2027');
  });

  it('puts a QR code on the sheet that reopens this page on the list for the plan’s programme and place', async () => {
    const harness = await OrientationHarness.create({ mode: 'both', catalogue: serveJson(smallCatalogue()) });
    await harness.converse(youngPerson);
    const result = orient(youngPerson, getRuleset('nouvelle-aquitaine')!);
    const programme = result.ok ? result.value.steps.flatMap((step) => step.programmes)[0] : undefined;
    expect(programme, 'the plan has a programme').to.be.a('string');
    const link = listLinkUrl(location.href, { programme, near: '33000' });
    // The test runner's own query may hold any digits: only our fragment is ours to check.
    expect(new URL(link).hash, 'never the person’s age').to.not.contain('19');
    const drawn = harness.$('.sheet .qr path')?.getAttribute('d');
    expect(drawn, 'the sheet carries the code of that link').to.equal(qrPath(link).d);
    expect(harness.text('.sheet')).to.contain('scannez ce code');

    const page = location.href;
    history.replaceState(history.state, '', link);
    try {
      const finder = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
      expect(finder.$('#tab-search')?.getAttribute('aria-selected')).to.equal('true');
      await finder.openFilters();
      expect((finder.$('#programme') as HTMLSelectElement | null)?.value).to.equal(programme);
      expect(finder.$('.chip[data-filter="programme"]'), 'the programme shows as a filter').to.not.equal(
        null,
      );
      expect(finder.place.input.value, 'the place of 33000').to.equal('Bordeaux');
    } finally {
      history.replaceState(history.state, '', page);
    }
  });

  it('leads the QR code of an orientation-only page to the list-page the webmaster names', async () => {
    const harness = await OrientationHarness.create({ listPage: 'formations.html' });
    await harness.converse(youngPerson);
    const result = orient(youngPerson, getRuleset('nouvelle-aquitaine')!);
    const programme = result.ok ? result.value.steps.flatMap((step) => step.programmes)[0] : undefined;
    const page = new URL('formations.html', document.baseURI).href;
    const link = listLinkUrl(page, { programme, near: '33000' });
    expect(harness.$('.sheet .qr path')?.getAttribute('d'), 'the code of that page’s list').to.equal(
      qrPath(link).d,
    );
    expect(harness.logger.messages).to.deep.equal([]);
  });

  it('refuses a list-page that is not a web page, and says so to the webmaster', async () => {
    const harness = await OrientationHarness.create({ listPage: 'javascript:alert(1)' });
    await harness.converse(youngPerson);
    expect(harness.$('.sheet')).to.not.equal(null);
    expect(harness.$('.sheet .qr')).to.equal(null);
    expect(harness.logger.messages.join('\n')).to.contain('list-page="javascript:alert(1)"');
  });

  it('leaves the QR code out when this page has no trainings list to open', async () => {
    const harness = await OrientationHarness.create({});
    await harness.converse(youngPerson);
    expect(harness.$('.sheet')).to.not.equal(null);
    expect(harness.$('.sheet .qr')).to.equal(null);
  });
});
