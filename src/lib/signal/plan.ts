/**
 * groupBySchool: turns the officer's choices (each child → a school, or none yet) into one
 * planned message per school listing only that school's children.
 */
import { displayName } from "./sanitize";
import type { SignalChild, SignalSchool } from "./types";

export interface ChildAssignment<S extends SignalSchool = SignalSchool> {
  child: SignalChild;
  /** null while the officer has not picked a school (or the school is unknown). */
  school: S | null;
}

export interface SchoolSignalPlan<S extends SignalSchool = SignalSchool> {
  school: S;
  children: SignalChild[];
}

export interface SignalPlan<S extends SignalSchool = SignalSchool> {
  /** One entry per school, in the order the schools were first chosen. */
  bySchool: SchoolSignalPlan<S>[];
  /** Children without a school: no signal for them yet. */
  unassigned: SignalChild[];
}

/** The same child entered twice (same name and birth date) is signalled once. */
export function childKey(child: SignalChild): string {
  return `${displayName(child.firstName, child.lastName).toLocaleLowerCase("nl")}|${child.birthDate}`;
}

export function groupBySchool<S extends SignalSchool>(
  assignments: readonly ChildAssignment<S>[]
): SignalPlan<S> {
  const bySchool = new Map<string, { plan: SchoolSignalPlan<S>; seen: Set<string> }>();
  const unassigned: SignalChild[] = [];
  for (const { child, school } of assignments) {
    if (school === null) {
      unassigned.push(child);
      continue;
    }
    let entry = bySchool.get(school.id);
    if (!entry) {
      entry = { plan: { school, children: [] }, seen: new Set() };
      bySchool.set(school.id, entry);
    }
    const key = childKey(child);
    if (entry.seen.has(key)) continue;
    entry.seen.add(key);
    entry.plan.children.push(child);
  }
  return { bySchool: [...bySchool.values()].map((e) => e.plan), unassigned };
}
