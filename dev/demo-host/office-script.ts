/** Swaps Office.js from Microsoft's CDN for the demo's stand-in in a served task pane page. */

export const STANDIN_SCRIPT_PATH = "/demo/office-standin.js";

// Any <script> whose src is the hosted Office.js (any version path, http or https).
const OFFICE_JS_TAG =
  /<script\b[^>]*\bsrc\s*=\s*["']https?:\/\/appsforoffice\.microsoft\.com\/lib\/[^"']*\/office\.js["'][^>]*>\s*<\/script>/gi;

/**
 * Returns the page with the Office.js script tag replaced. A page that names the CDN in a tag this
 * does not recognise is an error: serving it would leave the pane waiting for Office forever.
 */
export function withStandinOffice(html: string): string {
  if (!/appsforoffice\.microsoft\.com/i.test(html)) return html;
  let replaced = 0;
  const result = html.replace(OFFICE_JS_TAG, () => {
    replaced++;
    return `<script type="text/javascript" src="${STANDIN_SCRIPT_PATH}"></script>`;
  });
  if (replaced === 0) throw new Error("Unrecognised Office.js script tag in the task pane page");
  return result;
}
