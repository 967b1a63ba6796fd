/**
 * Offline checks of an XML add-in manifest (office-addin-manifest validate needs the internet).
 * Returns a list of problems; an empty list means the manifest keeps every rule below.
 */
import { XMLParser } from "fast-xml-parser";

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  isArray: (name) =>
    [
      "Override",
      "Image",
      "Url",
      "String",
      "Control",
      "Group",
      "ExtensionPoint",
      "Set",
      "Host",
    ].includes(name),
});

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d+\.\d+\.\d+\.\d+$/;

function asArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Every element anywhere below node, depth first, with its tag name. */
function* walk(node: unknown, tag = ""): Generator<[string, Node]> {
  if (Array.isArray(node)) {
    for (const child of node) yield* walk(child, tag);
    return;
  }
  if (node === null || typeof node !== "object") return;
  yield [tag, node as Node];
  for (const [key, child] of Object.entries(node as Node)) {
    if (!key.startsWith("@")) yield* walk(child, key);
  }
}

export interface ManifestCheckOptions {
  /** Files the build produces, relative to the served root ("taskpane.html", "assets/icon-16.png"). */
  builtFiles?: Set<string>;
  /** The URL the files are served from; every URL must start with it. */
  baseUrl?: string;
}

export function checkManifest(xml: string, options: ManifestCheckOptions = {}): string[] {
  const problems: string[] = [];
  const app = parser.parse(xml).OfficeApp as Node | undefined;
  if (!app) return ["no OfficeApp root element"];

  if (!GUID.test(String(app.Id ?? ""))) problems.push("Id is not a GUID");
  if (!VERSION.test(String(app.Version ?? ""))) problems.push("Version is not n.n.n.n");
  if (app.Permissions !== "ReadWriteItem") problems.push("Permissions must be ReadWriteItem");

  const baseSets: Node[] = asArray(
    (app.Requirements as Node | undefined)?.Sets as Node[] | undefined
  ).flatMap((s) => asArray(s.Set as Node[]));
  if (!baseSets.some((s) => s["@Name"] === "Mailbox" && s["@MinVersion"] === "1.1"))
    problems.push("base requirement Mailbox 1.1 missing");

  const v1 = app.VersionOverrides as Node | undefined;
  if (v1?.["@type"] !== "VersionOverridesV1_0") problems.push("VersionOverridesV1_0 missing");
  const v11 = v1?.VersionOverrides as Node | undefined;
  if (v11?.["@type"] !== "VersionOverridesV1_1") problems.push("VersionOverridesV1_1 missing");
  const overrideSets = (v11?.Requirements as Node | undefined)?.Sets as Node | undefined;
  const mailboxOverride = asArray(overrideSets?.Set as Node[]).some(
    (s) => s["@Name"] === "Mailbox"
  );
  if (overrideSets?.["@DefaultMinVersion"] !== "1.8" || !mailboxOverride)
    problems.push("VersionOverridesV1_1 must require Mailbox 1.8");

  // The Handle with Care button on the read surface, opening a pinnable task pane.
  const readSurfaces = [...walk(v11)].filter(
    ([tag, node]) => tag === "ExtensionPoint" && node["@type"] === "MessageReadCommandSurface"
  );
  const buttons = readSurfaces.flatMap(([, surface]) =>
    [...walk(surface)].filter(([tag, node]) => tag === "Control" && node["@type"] === "Button")
  );
  const paneButtons = buttons.filter(([, button]) => {
    const action = button.Action as Node | undefined;
    return action?.["@type"] === "ShowTaskpane";
  });
  if (paneButtons.length === 0)
    problems.push("no button with ShowTaskpane on MessageReadCommandSurface");
  for (const [, button] of paneButtons) {
    const action = button.Action as Node;
    if (String(action.SupportsPinning) !== "true")
      problems.push("task pane button must support pinning");
  }

  // Every resid used must be defined, and every defined string has nl (default), fr and en.
  const resources = (v11?.Resources as Node | undefined) ?? {};
  const defined = new Map<string, Node>();
  for (const [tag, node] of walk(resources)) {
    if (["Image", "Url", "String"].includes(tag) && typeof node["@id"] === "string")
      defined.set(node["@id"] as string, node);
  }
  for (const [, node] of walk(v11)) {
    const resid = node["@resid"];
    if (typeof resid === "string" && !defined.has(resid))
      problems.push(`resid ${resid} is not defined`);
  }
  for (const [tag, node] of walk(resources)) {
    if (tag !== "String") continue;
    const locales = asArray(node.Override as Node[]).map((o) => String(o["@Locale"]).slice(0, 2));
    for (const lang of ["fr", "en"])
      if (!locales.includes(lang))
        problems.push(`string ${String(node["@id"])} lacks a ${lang} override`);
  }
  const buttonLabels = paneButtons.map(([, b]) => (b.Label as Node)["@resid"]);
  if (
    paneButtons.length &&
    !buttonLabels.every((id) => defined.get(String(id))?.["@DefaultValue"] === "Handle with Care")
  )
    problems.push('button label must be "Handle with Care"');

  // Every URL: https, under the served root, pointing at a file the build produces.
  const urls: string[] = [];
  for (const [tag, node] of walk(app)) {
    const value = node["@DefaultValue"];
    if (typeof value === "string" && /^[a-z]+:\/\//i.test(value) && tag !== "String")
      urls.push(value);
    if (
      tag === "Override" &&
      typeof node["@Value"] === "string" &&
      /^[a-z]+:\/\//i.test(node["@Value"] as string)
    )
      urls.push(node["@Value"] as string);
  }
  for (const url of urls) {
    if (!url.startsWith("https://")) problems.push(`URL is not https: ${url}`);
    if (options.baseUrl && !url.startsWith(options.baseUrl))
      problems.push(`URL outside ${options.baseUrl}: ${url}`);
    if (options.builtFiles && options.baseUrl && url.startsWith(options.baseUrl)) {
      const file = url.slice(options.baseUrl.length).split(/[?#]/)[0];
      if (!options.builtFiles.has(file))
        problems.push(`URL points at a file the build does not produce: ${url}`);
    }
  }
  for (const domain of asArray(
    (app.AppDomains as Node | undefined)?.AppDomain as string | string[]
  )) {
    if (!String(domain).startsWith("https://")) problems.push(`AppDomain is not https: ${domain}`);
  }
  return problems;
}
