/** The whole holdout corpus, in file order. Names must be unique. */
import { freeFormFixtures } from "./batch-1-free-form";
import { peopleAndNegativeFixtures } from "./batch-2-people-negatives";
import { layoutFixtures } from "./batch-3-layouts";
import type { Fixture } from "./helpers";

export const holdoutCorpus: Fixture[] = [
  ...freeFormFixtures,
  ...peopleAndNegativeFixtures,
  ...layoutFixtures,
];
