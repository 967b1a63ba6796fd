/** The zone's schools, read once per pane from the contact folder, with the search index. */
import { useEffect, useState } from "react";
import {
  buildSchoolIndex,
  type SchoolDirectorySource,
  type SchoolIndex,
} from "../../lib/directory";

export type SchoolDirectoryState =
  { status: "loading" } | { status: "ready"; index: SchoolIndex } | { status: "error" };

export function useSchoolDirectory(source: SchoolDirectorySource): SchoolDirectoryState {
  const [state, setState] = useState<SchoolDirectoryState>({ status: "loading" });
  useEffect(() => {
    let current = true;
    source.list().then(
      (schools) => current && setState({ status: "ready", index: buildSchoolIndex(schools) }),
      () => current && setState({ status: "error" })
    );
    return () => {
      current = false;
    };
  }, [source]);
  return state;
}
