import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../define.js';
import { ComboboxHarness } from '../test-support/combobox-harness.js';
import type { PasserelleCombobox } from './passerelle-combobox.js';

const options = [
  { id: 'a', label: 'Aide à domicile', hint: 'métier' },
  { id: 'b', label: 'Agent de propreté', hint: 'métier' },
  { id: 'c', label: 'Atelier cuisine' },
];

async function combobox(): Promise<ComboboxHarness> {
  const element = await fixture<PasserelleCombobox>(
    html`<passerelle-combobox label="Métier" hint="Par exemple : cuisine"></passerelle-combobox>`,
  );
  // The host page (the finder) answers each keystroke with suggestions.
  element.addEventListener('combobox-input', (event) => {
    const { value } = (event as CustomEvent<{ value: string }>).detail;
    element.options = value
      ? options.filter((option) => option.label.toLowerCase().startsWith(value[0] ?? ''))
      : [];
  });
  return new ComboboxHarness(element);
}

describe('passerelle-combobox', () => {
  it('names the field with its label and describes it with its hint', async () => {
    const box = await combobox();
    const label = box.element.shadowRoot?.querySelector('label');
    expect(label?.htmlFor).to.equal(box.input.id);
    expect(box.input.getAttribute('role')).to.equal('combobox');
    const hint = box.element.shadowRoot?.getElementById(box.input.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).to.equal('Par exemple : cuisine');
  });

  it('opens its list as you type and points aria-activedescendant at the highlighted option', async () => {
    const box = await combobox();
    await box.type('a');
    expect(box.expanded).to.equal(true);
    expect(box.optionLabels).to.deep.equal(['Aide à domicile', 'Agent de propreté', 'Atelier cuisine']);
    expect(box.input.hasAttribute('aria-activedescendant')).to.equal(false);
    await box.press('ArrowDown');
    await box.press('ArrowDown');
    expect(box.activeLabel).to.equal('Agent de propreté');
    const active = box.element.shadowRoot?.querySelector('[aria-selected="true"]');
    expect(active?.id).to.equal(box.input.getAttribute('aria-activedescendant'));
  });

  it('wraps from the last option to the first and back', async () => {
    const box = await combobox();
    await box.type('a');
    await box.press('ArrowUp');
    expect(box.activeLabel).to.equal('Atelier cuisine');
    await box.press('ArrowDown');
    expect(box.activeLabel).to.equal('Aide à domicile');
    await box.press('ArrowUp');
    expect(box.activeLabel).to.equal('Atelier cuisine');
  });

  it('chooses the highlighted option with Enter and tells the page', async () => {
    const box = await combobox();
    await box.type('a');
    await box.press('ArrowDown');
    const chosen = oneEvent(box.element, 'combobox-select');
    await box.press('Enter');
    const { detail } = (await chosen) as CustomEvent<{ option: { id: string } }>;
    expect(detail.option.id).to.equal('a');
    expect(box.input.value).to.equal('Aide à domicile');
    expect(box.expanded).to.equal(false);
  });

  it('submits the text with Enter when no option is highlighted', async () => {
    const box = await combobox();
    await box.type('atel');
    const submitted = oneEvent(box.element, 'combobox-submit');
    await box.press('Enter');
    const { detail } = (await submitted) as CustomEvent<{ value: string }>;
    expect(detail.value).to.equal('atel');
  });

  it('closes with Escape, then clears with Escape', async () => {
    const box = await combobox();
    await box.type('ag');
    await box.press('Escape');
    expect(box.expanded).to.equal(false);
    expect(box.input.value).to.equal('ag');
    await box.press('Escape');
    expect(box.input.value).to.equal('');
  });

  it('chooses an option with the pointer without losing focus first', async () => {
    const box = await combobox();
    await box.type('a');
    const option = box.listbox.querySelectorAll<HTMLElement>('[role="option"]')[2];
    option?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, cancelable: true }));
    option?.click();
    await box.element.updateComplete;
    expect(box.input.value).to.equal('Atelier cuisine');
  });

  it('fires internal events that bubble but never leave the shadow root that holds it', async () => {
    const box = await combobox();
    const typed = oneEvent(box.element, 'combobox-input');
    await box.type('a');
    const event = await typed;
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(false);
  });

  it('has no axe violations, open or closed', async () => {
    const box = await combobox();
    await expect(box.element).to.be.accessible();
    await box.type('a');
    await box.press('ArrowDown');
    await expect(box.element).to.be.accessible();
  });
});
