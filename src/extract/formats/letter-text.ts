import type { Detected } from './detect-format.js';
import { docxToText } from './docx-text.js';
import { htmlToText } from './html-text.js';
import { pdfToText } from './pdf-text.js';

export { UnreadableDocxError } from './docx-text.js';
export { UnreadablePdfError } from './pdf-text.js';

/**
 * A letter's text from its bytes, by the format its content shows. This
 * module and its libraries are loaded only by `extract` (a dynamic import),
 * so no other command pays for them at start-up.
 */
export async function letterText(bytes: Uint8Array, detected: Detected): Promise<string> {
  switch (detected.format) {
    case 'pdf':
      return pdfToText(bytes);
    case 'docx':
      return docxToText(bytes);
    case 'html':
      return htmlToText(detected.text);
    case 'text':
      return detected.text;
    default:
      return '';
  }
}
