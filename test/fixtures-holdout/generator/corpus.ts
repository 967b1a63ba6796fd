/** The whole holdout corpus, in file order. Names must be unique. */
import { freeFormFixtures } from "./batch-1-free-form";
import type { Fixture } from "./helpers";

export const holdoutCorpus: Fixture[] = [...freeFormFixtures];
