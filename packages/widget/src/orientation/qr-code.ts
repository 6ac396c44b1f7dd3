/**
 * A QR code as an SVG path, drawn from lean-qr's bit matrix (its « nano » build, about 2 KB
 * gzipped, in the lazy orientation module only): no canvas, no image URL, nothing that a strict
 * CSP or a printer could refuse.
 */
import { html, type TemplateResult } from 'lit';
import { generate } from 'lean-qr/nano';

/** One `M x y h1 v1 h-1 z` square per dark module, in the code's own units. */
export function qrPath(text: string): { readonly size: number; readonly d: string } {
  const code = generate(text);
  let d = '';
  for (let y = 0; y < code.size; y += 1)
    for (let x = 0; x < code.size; x += 1) if (code.get(x, y)) d += `M${x} ${y}h1v1h-1z`;
  return { size: code.size, d };
}

/** The code with its quiet zone (4 modules, as the standard asks), black on white. */
export function qrCode(text: string, label: string): TemplateResult {
  const { size, d } = qrPath(text);
  const box = size + 8;
  return html`<svg
    class="qr"
    role="img"
    aria-label=${label}
    viewBox="-4 -4 ${box} ${box}"
    shape-rendering="crispEdges"
  >
    <rect x="-4" y="-4" width=${box} height=${box} fill="#fff"></rect>
    <path d=${d} fill="#000"></path>
  </svg>`;
}
