// The wording that names a bounce reason. One data file per reason (reasons/<reason>.ts);
// the classifier (classify.ts) decides in which order and under which conditions they apply.

import type { Reason } from '../types';

export interface ReasonPhrases {
  reason: Reason;
  /**
   * Lower-case fragments. The diagnostic text is lower-cased and its white space squeezed to
   * single spaces before matching, so a fragment matches wherever it appears in it.
   */
  phrases: readonly string[];
  /** For wording a fragment cannot express; tested on the same lower-cased, squeezed text. */
  patterns?: readonly RegExp[];
  /** Fragments that veto a match: wording that contains a phrase above but means something else. */
  unless?: readonly string[];
}
