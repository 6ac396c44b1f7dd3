/** The orientation tab until the questionnaire loads: the ruleset's programmes, explained simply. */
import { html, type TemplateResult } from 'lit';
import { ui } from '../internal/messages.js';
import { pictogram, type RulesetInfo } from '../internal/programmes.js';

export function programmeExplanations(ruleset: RulesetInfo | undefined): TemplateResult {
  return html`<div class="orientation" part="orientation">
    <h2>${ui.orientationComingTitle}</h2>
    ${
      ruleset
        ? html`<p>${ui.orientationComingText}</p>
            <ul class="programmes">
              ${ruleset.programmes.map(
                (programme) =>
                  html`<li class="programme-explained">
                    <h3>
                      <span aria-hidden="true">${pictogram(programme.id, ruleset.id)}</span>
                      ${programme.name}
                    </h3>
                    <p>${programme.explanation}</p>
                    <p><strong>${ui.forWhom}</strong> ${programme.forWhom}</p>
                    <p><strong>${ui.cost}</strong> ${programme.cost}</p>
                    <p><strong>${ui.howToEnter}</strong> ${programme.howToEnter}</p>
                  </li>`,
              )}
            </ul>`
        : html`<p>${ui.orientationNoRuleset}</p>`
    }
  </div>`;
}
