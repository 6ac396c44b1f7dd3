/**
 * The plan as a short text to paste in an SMS (at most 480 characters, three SMS): the steps, who
 * to see first and how to reach them, what to bring. Less useful parts go first when it is too long.
 */
import type { Plan } from './plan.js';

export const SMS_MAX_LENGTH = 480;

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

export function planAsSms(plan: Plan): string {
  const steps = plan.steps.length
    ? `Mon parcours : ${plan.steps.map((step, index) => `${index + 1}) ${step.title}`).join(' ; ')}.`
    : '';
  const first = plan.relays.find((relay) => relay.priority === 'first');
  const place = first?.places[0];
  const who = first
    ? `A voir d’abord : ${place ? `${place.name}, ${[...place.lines, `${place.postalCode} ${place.city}`].join(', ')}` : first.name}.`
    : '';
  const phone = place?.phone ? `Tél. ${place.phone}.` : '';
  const hours = place?.hours ?? '';
  const bring = plan.bring.length ? `Apporter : ${plan.bring.join(', ')}.` : '';
  // In order of what to give up first when the text is too long.
  const parts = [steps, who, phone, hours, bring];
  const droppable = [3, 4, 0];
  let text = parts.filter(Boolean).join(' ');
  for (const index of droppable) {
    if (text.length <= SMS_MAX_LENGTH) break;
    parts[index] = '';
    text = parts.filter(Boolean).join(' ');
  }
  return shorten(text, SMS_MAX_LENGTH);
}
