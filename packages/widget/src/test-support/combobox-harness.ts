/** Reads and drives a `<passerelle-combobox>` the way a person would. */
import { aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PasserelleCombobox } from '../combobox/passerelle-combobox.js';

/** A little longer than the finder's pause before it suggests. */
const suggestionPauseMs = 150;

export class ComboboxHarness {
  constructor(readonly element: PasserelleCombobox) {}

  get input(): HTMLInputElement {
    const input = this.element.shadowRoot?.querySelector('input');
    if (!input) throw new Error('combobox input not rendered');
    return input;
  }

  get listbox(): HTMLElement {
    const listbox = this.element.shadowRoot?.querySelector<HTMLElement>('[role="listbox"]');
    if (!listbox) throw new Error('combobox listbox not rendered');
    return listbox;
  }

  get expanded(): boolean {
    return this.input.getAttribute('aria-expanded') === 'true' && !this.listbox.hidden;
  }

  get optionLabels(): string[] {
    return [...this.listbox.querySelectorAll('[role="option"] > span:first-child')].map(
      (node) => node.textContent ?? '',
    );
  }

  /** The label of the option `aria-activedescendant` points at, or null. */
  get activeLabel(): string | null {
    const id = this.input.getAttribute('aria-activedescendant');
    if (!id) return null;
    const option = this.element.shadowRoot?.getElementById(id);
    return option?.querySelector('span')?.textContent ?? null;
  }

  /** Types like a person, then waits for the suggestions that follow a pause. */
  async type(text: string): Promise<void> {
    this.input.focus();
    await sendKeys({ type: text });
    await this.element.updateComplete;
    await aTimeout(suggestionPauseMs);
    await this.element.updateComplete;
  }

  async press(key: string): Promise<void> {
    await sendKeys({ press: key });
    await this.element.updateComplete;
  }
}
