/** The schools currently in the contact folder, re-read on demand (after an import). */
import { useCallback, useEffect, useState } from "react";
import { DirectoryError, type DirectoryMessage, type School } from "../../lib/directory";
import type { SchoolDirectorySource } from "../../lib/directory";

export type DirectorySchools =
  | { state: "loading" }
  | { state: "loaded"; schools: School[] }
  | { state: "failed"; error: DirectoryMessage };

export function useDirectorySchools(source: SchoolDirectorySource): {
  directory: DirectorySchools;
  reload(): void;
} {
  const [directory, setDirectory] = useState<DirectorySchools>({ state: "loading" });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    setDirectory({ state: "loading" });
    source.list().then(
      (schools) => current && setDirectory({ state: "loaded", schools }),
      (error: unknown) =>
        current &&
        setDirectory({
          state: "failed",
          // The adapter's error carries a message key; anything else is reported without detail.
          error:
            error instanceof DirectoryError
              ? error.detail
              : { key: "source.listFailed", params: { status: 0 } },
        })
    );
    return () => {
      current = false;
    };
  }, [source, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { directory, reload };
}
