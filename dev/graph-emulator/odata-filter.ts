/**
 * A parser and evaluator for the subset of OData $filter that Microsoft Graph accepts on Outlook
 * items: comparisons (eq ne gt ge lt le), and/or/not, parentheses, startswith/endswith/contains,
 * and the lambda operators any/all (`categories/any(c:c eq 'x')`,
 * `singleValueExtendedProperties/Any(ep: ep/id eq '...' and ep/value eq '...')`).
 *
 * Hand-written: no maintained OData-filter library understands Graph's lambda syntax with its
 * case-insensitive operator names, and we need exact control over Graph-like error messages.
 * Tokenizing is a single linear pass (no regular expressions over the whole input), and/or chains
 * are parsed iteratively, and nesting depth is capped, so hostile input cannot blow up time or stack.
 */

export const MAX_FILTER_LENGTH = 16_384;
export const MAX_FILTER_DEPTH = 32;

export type CompareOp = "eq" | "ne" | "gt" | "ge" | "lt" | "le";
export type FunctionName = "startswith" | "endswith" | "contains";

export type Operand =
  | { kind: "literal"; value: string | number | boolean | null; dateTime?: boolean }
  | { kind: "path"; segments: string[] };

export type FilterNode =
  | { kind: "compare"; op: CompareOp; left: Operand; right: Operand }
  | { kind: "and" | "or"; operands: FilterNode[] }
  | { kind: "not"; operand: FilterNode }
  | {
      kind: "lambda";
      quantifier: "any" | "all";
      collection: string[];
      variable: string;
      predicate: FilterNode;
    }
  | { kind: "call"; name: FunctionName; args: [Operand, Operand] };

/** Bad $filter text; `message` is safe to show (it quotes syntax, never whole values). */
export class FilterSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FilterSyntaxError";
  }
}

type Token =
  | { type: "ident"; text: string; pos: number }
  | { type: "string"; text: string; pos: number }
  | { type: "number"; text: string; pos: number }
  | { type: "punct"; text: "(" | ")" | "/" | "," | ":"; pos: number }
  | { type: "end"; text: ""; pos: number };

const isDigit = (c: string): boolean => c >= "0" && c <= "9";
const isIdentStart = (c: string): boolean =>
  (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_" || c === "$" || c === "@";
const isIdentPart = (c: string): boolean => isIdentStart(c) || isDigit(c) || c === ".";
const isLiteralPart = (c: string): boolean =>
  isDigit(c) ||
  (c >= "a" && c <= "z") ||
  (c >= "A" && c <= "Z") ||
  c === ":" ||
  c === "." ||
  c === "+" ||
  c === "-";

/** One linear pass over the text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === " " || c === "\t" || c === "\r" || c === "\n") {
      i++;
    } else if (c === "(" || c === ")" || c === "/" || c === "," || c === ":") {
      tokens.push({ type: "punct", text: c, pos: i });
      i++;
    } else if (c === "'") {
      const start = i;
      let value = "";
      i++;
      for (;;) {
        if (i >= text.length)
          throw new FilterSyntaxError(`Unterminated string literal at position ${start}.`);
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i];
        i++;
      }
      tokens.push({ type: "string", text: value, pos: start });
    } else if (isDigit(c) || (c === "-" && isDigit(text[i + 1] ?? ""))) {
      const start = i;
      i++;
      while (i < text.length && isLiteralPart(text[i])) i++;
      tokens.push({ type: "number", text: text.slice(start, i), pos: start });
    } else if (isIdentStart(c)) {
      const start = i;
      i++;
      while (i < text.length && isIdentPart(text[i])) i++;
      tokens.push({ type: "ident", text: text.slice(start, i), pos: start });
    } else {
      throw new FilterSyntaxError(`Syntax error: character '${c}' is not valid at position ${i}.`);
    }
  }
  tokens.push({ type: "end", text: "", pos: text.length });
  return tokens;
}

const COMPARE_OPS = new Set<CompareOp>(["eq", "ne", "gt", "ge", "lt", "le"]);
const FUNCTIONS = new Set<FunctionName>(["startswith", "endswith", "contains"]);
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

class Parser {
  private index = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): FilterNode {
    const node = this.parseOr();
    const next = this.peek();
    if (next.type !== "end") this.fail(next, "Syntax error at position");
    return node;
  }

  private peek(): Token {
    return this.tokens[this.index];
  }

  private next(): Token {
    return this.tokens[this.index++];
  }

  private fail(token: Token, what: string): never {
    throw new FilterSyntaxError(`${what} ${token.pos}.`);
  }

  private isKeyword(token: Token, keyword: string): boolean {
    return token.type === "ident" && token.text.toLowerCase() === keyword;
  }

  private expectPunct(text: string): void {
    const token = this.next();
    if (token.type !== "punct" || token.text !== text)
      this.fail(token, `Expected '${text}' at position`);
  }

  private enter(token: Token): void {
    if (++this.depth > MAX_FILTER_DEPTH)
      this.fail(token, "The query is nested too deeply at position");
  }

  private parseOr(): FilterNode {
    const operands = [this.parseAnd()];
    while (this.isKeyword(this.peek(), "or")) {
      this.next();
      operands.push(this.parseAnd());
    }
    return operands.length === 1 ? operands[0] : { kind: "or", operands };
  }

  private parseAnd(): FilterNode {
    const operands = [this.parseUnary()];
    while (this.isKeyword(this.peek(), "and")) {
      this.next();
      operands.push(this.parseUnary());
    }
    return operands.length === 1 ? operands[0] : { kind: "and", operands };
  }

  private parseUnary(): FilterNode {
    const token = this.peek();
    if (this.isKeyword(token, "not")) {
      this.next();
      this.enter(token);
      const operand = this.parseUnary();
      this.depth--;
      return { kind: "not", operand };
    }
    if (token.type === "punct" && token.text === "(") {
      this.next();
      this.enter(token);
      const inner = this.parseOr();
      this.expectPunct(")");
      this.depth--;
      return inner;
    }
    return this.parsePredicate();
  }

  private parsePredicate(): FilterNode {
    const token = this.peek();
    const following = this.tokens[this.index + 1];
    if (
      token.type === "ident" &&
      FUNCTIONS.has(token.text.toLowerCase() as FunctionName) &&
      following?.type === "punct" &&
      following.text === "("
    ) {
      this.next();
      this.next();
      const first = this.parseOperand();
      this.expectPunct(",");
      const second = this.parseOperand();
      this.expectPunct(")");
      return {
        kind: "call",
        name: token.text.toLowerCase() as FunctionName,
        args: [first, second],
      };
    }
    if (token.type === "ident") {
      const segments = this.parsePathSegments();
      const after = this.peek();
      if (after.type === "punct" && after.text === "(") {
        return this.parseLambda(segments, token);
      }
      return this.parseComparison({ kind: "path", segments });
    }
    return this.parseComparison(this.parseOperand());
  }

  /** `a/b/any` — stops before "(" so the caller can tell a lambda from a plain path. */
  private parsePathSegments(): string[] {
    const segments = [this.next().text];
    while (this.peek().type === "punct" && this.peek().text === "/") {
      this.next();
      const part = this.next();
      if (part.type !== "ident") this.fail(part, "Expected a property name at position");
      segments.push(part.text);
    }
    return segments;
  }

  private parseLambda(segments: string[], start: Token): FilterNode {
    const quantifier = segments[segments.length - 1].toLowerCase();
    if ((quantifier !== "any" && quantifier !== "all") || segments.length < 2) {
      this.fail(start, `Unknown function '${segments.join("/")}' at position`);
    }
    this.expectPunct("(");
    this.enter(start);
    const variable = this.next();
    if (variable.type !== "ident") this.fail(variable, "Expected a lambda variable at position");
    this.expectPunct(":");
    const predicate = this.parseOr();
    this.expectPunct(")");
    this.depth--;
    return {
      kind: "lambda",
      quantifier,
      collection: segments.slice(0, -1),
      variable: variable.text,
      predicate,
    };
  }

  private parseComparison(left: Operand): FilterNode {
    const opToken = this.next();
    const op = opToken.text.toLowerCase() as CompareOp;
    if (opToken.type !== "ident" || !COMPARE_OPS.has(op)) {
      this.fail(opToken, "Expected a comparison operator (eq, ne, gt, ge, lt, le) at position");
    }
    return { kind: "compare", op, left, right: this.parseOperand() };
  }

  private parseOperand(): Operand {
    const token = this.peek();
    if (token.type === "string") {
      this.next();
      return { kind: "literal", value: token.text };
    }
    if (token.type === "number") {
      this.next();
      if (DATE_TIME.test(token.text)) return { kind: "literal", value: token.text, dateTime: true };
      if (NUMBER.test(token.text)) return { kind: "literal", value: Number(token.text) };
      this.fail(token, "Invalid literal at position");
    }
    if (token.type === "ident") {
      const lower = token.text.toLowerCase();
      if (lower === "true" || lower === "false") {
        this.next();
        return { kind: "literal", value: lower === "true" };
      }
      if (lower === "null") {
        this.next();
        return { kind: "literal", value: null };
      }
      return { kind: "path", segments: this.parsePathSegments() };
    }
    this.fail(token, "Expected a value or property at position");
  }
}

/** Parses $filter text into a tree, or throws FilterSyntaxError. */
export function parseFilter(text: string): FilterNode {
  if (text.length > MAX_FILTER_LENGTH) {
    throw new FilterSyntaxError(`The filter is longer than ${MAX_FILTER_LENGTH} characters.`);
  }
  if (text.trim() === "") throw new FilterSyntaxError("The filter is empty.");
  return new Parser(tokenize(text)).parse();
}

/** The top-level property names a filter reads (lambda variables excluded), in order of appearance. */
export function filterProperties(
  node: FilterNode,
  bound: ReadonlySet<string> = new Set()
): string[] {
  const out: string[] = [];
  const fromOperand = (operand: Operand, vars: ReadonlySet<string>): void => {
    if (operand.kind === "path" && !vars.has(operand.segments[0])) out.push(operand.segments[0]);
  };
  const walk = (n: FilterNode, vars: ReadonlySet<string>): void => {
    switch (n.kind) {
      case "compare":
        fromOperand(n.left, vars);
        fromOperand(n.right, vars);
        break;
      case "call":
        n.args.forEach((a) => fromOperand(a, vars));
        break;
      case "and":
      case "or":
        n.operands.forEach((o) => walk(o, vars));
        break;
      case "not":
        walk(n.operand, vars);
        break;
      case "lambda":
        if (!vars.has(n.collection[0])) out.push(n.collection[0]);
        walk(n.predicate, new Set([...vars, n.variable]));
        break;
    }
  };
  walk(node, bound);
  return out;
}

type Scope = ReadonlyMap<string, unknown>;

/** Reads a property case-insensitively, as Exchange does. */
function getProperty(value: unknown, name: string): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  if (Object.hasOwn(record, name)) return record[name];
  const lower = name.toLowerCase();
  const key = Object.keys(record).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : record[key];
}

function resolvePath(segments: string[], item: unknown, scope: Scope): unknown {
  let value: unknown = scope.has(segments[0])
    ? scope.get(segments[0])
    : getProperty(item, segments[0]);
  for (const segment of segments.slice(1)) value = getProperty(value, segment);
  return value;
}

function resolveOperand(operand: Operand, item: unknown, scope: Scope): unknown {
  return operand.kind === "literal" ? operand.value : resolvePath(operand.segments, item, scope);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T/;

/** Orders two values the way Exchange compares them: strings case-insensitively, dates as instants. */
function compareValues(a: unknown, b: unknown, dateTime: boolean): number | undefined {
  if (typeof a === "string" && typeof b === "string") {
    if (dateTime || (ISO_DATE.test(a) && ISO_DATE.test(b))) {
      const ta = Date.parse(a);
      const tb = Date.parse(b);
      if (!Number.isNaN(ta) && !Number.isNaN(tb)) return ta - tb;
    }
    const la = a.toLowerCase();
    const lb = b.toLowerCase();
    return la < lb ? -1 : la > lb ? 1 : 0;
  }
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  return undefined;
}

function evaluateCompare(
  node: Extract<FilterNode, { kind: "compare" }>,
  item: unknown,
  scope: Scope
): boolean {
  const a = resolveOperand(node.left, item, scope);
  const b = resolveOperand(node.right, item, scope);
  const nullA = a === null || a === undefined;
  const nullB = b === null || b === undefined;
  if (nullA || nullB) {
    if (node.op === "eq") return nullA && nullB;
    if (node.op === "ne") return nullA !== nullB;
    return false;
  }
  const dateTime =
    (node.left.kind === "literal" && node.left.dateTime === true) ||
    (node.right.kind === "literal" && node.right.dateTime === true);
  const order = compareValues(a, b, dateTime);
  if (order === undefined) return false;
  switch (node.op) {
    case "eq":
      return order === 0;
    case "ne":
      return order !== 0;
    case "gt":
      return order > 0;
    case "ge":
      return order >= 0;
    case "lt":
      return order < 0;
    case "le":
      return order <= 0;
  }
}

function evaluateCall(
  node: Extract<FilterNode, { kind: "call" }>,
  item: unknown,
  scope: Scope
): boolean {
  const [hay, needle] = node.args.map((a) => resolveOperand(a, item, scope));
  if (typeof hay !== "string" || typeof needle !== "string") return false;
  const h = hay.toLowerCase();
  const n = needle.toLowerCase();
  if (node.name === "startswith") return h.startsWith(n);
  if (node.name === "endswith") return h.endsWith(n);
  return h.includes(n);
}

/** True when `item` satisfies the filter. */
export function evaluateFilter(node: FilterNode, item: unknown, scope: Scope = new Map()): boolean {
  switch (node.kind) {
    case "compare":
      return evaluateCompare(node, item, scope);
    case "call":
      return evaluateCall(node, item, scope);
    case "and":
      return node.operands.every((o) => evaluateFilter(o, item, scope));
    case "or":
      return node.operands.some((o) => evaluateFilter(o, item, scope));
    case "not":
      return !evaluateFilter(node.operand, item, scope);
    case "lambda": {
      const collection = resolvePath(node.collection, item, scope);
      const elements = Array.isArray(collection) ? collection : [];
      const test = (element: unknown): boolean =>
        evaluateFilter(node.predicate, item, new Map([...scope, [node.variable, element]]));
      return node.quantifier === "any" ? elements.some(test) : elements.every(test);
    }
  }
}
