import type { GuidanceEntry } from "../types";
import { guidance90785 } from "./90785";
import { guidance90832 } from "./90832";
import { guidance90834 } from "./90834";
import { guidance90837 } from "./90837";
import { guidance90839 } from "./90839";
import { guidance90840 } from "./90840";
import { guidance90853 } from "./90853";
import { guidance90833, guidance90836, guidance90838 } from "./em-add-ons";
import { guidance90791, guidance90792 } from "./evaluation";
import { guidance90846, guidance90847 } from "./family";
import { guidanceG0017, guidanceG0018 } from "./medicare-crisis";

/** Every entry, in ascending code order (the library's canonical order; HCPCS G-codes sort after CPT). */
export const ALL_ENTRIES: readonly GuidanceEntry[] = [
  guidance90785,
  guidance90791,
  guidance90792,
  guidance90832,
  guidance90833,
  guidance90834,
  guidance90836,
  guidance90837,
  guidance90838,
  guidance90839,
  guidance90840,
  guidance90846,
  guidance90847,
  guidance90853,
  guidanceG0017,
  guidanceG0018,
];
