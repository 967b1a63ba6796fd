/**
 * Helpers for the second holdout corpus: the first holdout corpus's MIME building blocks and
 * national-number helpers (reused by import, not copied), plus forward-header dates in Dutch,
 * French and English with the weekday computed, so no header can name the wrong day.
 */
export {
  adult,
  alternative,
  child,
  formatNumber,
  html,
  htmlFromText,
  INTERVENTIE,
  INTERVENTION_FR,
  JGP,
  mailDate,
  messageId,
  mixed,
  nationalNumber,
  NBSP,
  plain,
  type Fixture,
} from "../../fixtures-holdout/generator/helpers";

const NL_DAYS = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];
const FR_DAYS = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
const EN_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const NL_MONTHS = ["november", "december"];
const FR_MONTHS = ["novembre", "décembre"];
const EN_MONTHS = ["November", "December"];

/** Weekday index, day of month and month index (0 = November, 1 = December) of a 2026 date. */
function parts(isoDay: string): { weekday: number; day: number; month: number } {
  const [y, m, d] = isoDay.split("-").map(Number);
  if (y !== 2026 || (m !== 11 && m !== 12)) throw new Error(`Not a corpus date: ${isoDay}`);
  return { weekday: new Date(Date.UTC(y, m - 1, d)).getUTCDay(), day: d, month: m - 11 };
}

/** Classic Outlook 'Verzonden:' value: "dinsdag 3 november 2026 02:41". */
export function nlSent(isoDay: string, time: string): string {
  const { weekday, day, month } = parts(isoDay);
  return `${NL_DAYS[weekday]} ${day} ${NL_MONTHS[month]} 2026 ${time}`;
}

/** New Outlook 'Datum:' value: "dinsdag, 3 november 2026 om 02:41". */
export function nlDatum(isoDay: string, time: string): string {
  const { weekday, day, month } = parts(isoDay);
  return `${NL_DAYS[weekday]}, ${day} ${NL_MONTHS[month]} 2026 om ${time}`;
}

/** French Outlook 'Envoyé :' value: "mardi 3 novembre 2026 02:41". */
export function frSent(isoDay: string, time: string): string {
  const { weekday, day, month } = parts(isoDay);
  return `${FR_DAYS[weekday]} ${day} ${FR_MONTHS[month]} 2026 ${time}`;
}

/** New Outlook French 'Date :' value: "mardi, 3 novembre 2026 à 02:41". */
export function frDatum(isoDay: string, time: string): string {
  const { weekday, day, month } = parts(isoDay);
  return `${FR_DAYS[weekday]}, ${day} ${FR_MONTHS[month]} 2026 à ${time}`;
}

/** Outlook on the web 'Sent:' value: "Tuesday, November 3, 2026 2:41 AM". */
export function enSent(isoDay: string, time: string): string {
  const { weekday, day, month } = parts(isoDay);
  const [h, min] = time.split(":").map(Number);
  const clock = `${h % 12 === 0 ? 12 : h % 12}:${String(min).padStart(2, "0")} ${h < 12 ? "AM" : "PM"}`;
  return `${EN_DAYS[weekday]}, ${EN_MONTHS[month]} ${day}, 2026 ${clock}`;
}
