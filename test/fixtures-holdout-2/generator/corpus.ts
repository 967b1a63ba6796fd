/** The whole second holdout corpus, in file order. Names must be unique. */
import { layoutFixtures } from "./batch-1-layouts";
import { peopleAndNegativeFixtures } from "./batch-2-people-negatives";
import type { Fixture } from "./helpers";

export const holdout2Corpus: Fixture[] = [...layoutFixtures, ...peopleAndNegativeFixtures];
