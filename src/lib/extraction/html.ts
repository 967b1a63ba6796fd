/**
 * HTML body → plain text that keeps the structure the engine needs: block elements and table rows
 * become lines, table cells are separated by " | ", list items start with "- ".
 * Entities are decoded by htmlparser2's tokenizer. Its Parser is not used: it keeps an element
 * stack with unshift, which is quadratic on deeply nested (hostile) markup; we need no tree.
 */
import { Tokenizer } from "htmlparser2";

/** Cell separator in rendered table rows; tables.ts splits on it. */
export const CELL_SEPARATOR = " | ";

const BLOCK = new Set([
  "p",
  "div",
  "br",
  "table",
  "tr",
  "li",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
  "blockquote",
  "pre",
  "section",
  "article",
  "header",
  "footer",
  "dl",
  "dt",
  "dd",
  "thead",
  "tbody",
  "tfoot",
  "caption",
  "address",
  "center",
  "body",
  "html",
]);
const SKIP = new Set(["script", "style", "head", "title", "template", "noscript", "xml"]);

/** Private-use stand-in for a space inside <pre>; removed from the input so it cannot collide. */
const PRE_SPACE = "\uE000";

export function htmlToText(source: string): string {
  const html = source.split(PRE_SPACE).join("");
  const out: string[] = [];
  let skipDepth = 0;
  let cellInRow = 0;
  let inPre = 0;
  // Inside a table cell, blocks and line breaks are spaces: a row stays one line.
  let cellDepth = 0;

  const newline = () => {
    if (out.length > 0 && !out[out.length - 1].endsWith("\n")) out.push("\n");
  };

  const handlers = {
    onopentag(name: string) {
      if (SKIP.has(name)) skipDepth++;
      if (skipDepth > 0) return;
      if (name === "pre") inPre++;
      if (name === "tr") {
        newline();
        cellInRow = 0;
      } else if (name === "td" || name === "th") {
        if (cellInRow > 0) out.push(CELL_SEPARATOR);
        cellInRow++;
        cellDepth++;
      } else if (cellDepth > 0 && name !== "table") {
        if (BLOCK.has(name)) out.push(" ");
      } else if (name === "br") {
        out.push("\n");
      } else if (name === "li") {
        newline();
        out.push("- ");
      } else if (name === "hr") {
        newline();
        out.push("________________________________\n");
      } else if (BLOCK.has(name)) {
        newline();
      }
    },
    ontext(text: string) {
      if (skipDepth > 0) return;
      // Source line breaks are only whitespace in HTML (except in <pre>).
      // Spaces inside <pre> are held as PRE_SPACE so the final collapsing spares fixed-width columns.
      if (inPre > 0) out.push(text.replace(/\r\n?/g, "\n").replace(/[ \t]/g, PRE_SPACE));
      else if (/\S/.test(text) || !(out.length === 0 || out[out.length - 1].endsWith("\n")))
        out.push(text.replace(/[ \t\r\n\f]+/g, " "));
    },
    onclosetag(name: string) {
      if (SKIP.has(name)) {
        skipDepth = Math.max(0, skipDepth - 1);
        return;
      }
      if (skipDepth > 0) return;
      if (name === "pre") inPre = Math.max(0, inPre - 1);
      if (name === "td" || name === "th") cellDepth = Math.max(0, cellDepth - 1);
      if (name === "tr") {
        newline();
        cellInRow = 0;
        cellDepth = 0;
      } else if (cellDepth > 0) {
        return;
      } else if (name !== "br" && name !== "td" && name !== "th" && BLOCK.has(name)) {
        newline();
      }
    },
  };
  const slice = (start: number, end: number) => html.slice(start, end);
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname: (start, end) => handlers.onopentag(slice(start, end).toLowerCase()),
      onclosetag: (start, end) => handlers.onclosetag(slice(start, end).toLowerCase()),
      ontext: (start, end) => handlers.ontext(slice(start, end)),
      ontextentity: (codepoint) => handlers.ontext(String.fromCodePoint(codepoint)),
      onattribdata: () => {},
      onattribentity: () => {},
      onattribend: () => {},
      onattribname: () => {},
      oncdata: () => {},
      oncomment: () => {},
      ondeclaration: () => {},
      onend: () => {},
      onopentagend: () => {},
      onprocessinginstruction: () => {},
      onselfclosingtag: () => {},
    }
  );
  tokenizer.write(html);
  tokenizer.end();
  // Trim spaces that the whitespace collapsing left at line edges.
  return out
    .join("")
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim().split(PRE_SPACE).join(" ").trimEnd())
    .join("\n");
}
