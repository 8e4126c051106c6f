/** The type of `measure.ts`'s output, free of its dependencies (the root tests import it). */

/** What is measured on a page (see MEASURE). */
export interface Measures {
  file: string;
  width: number;
  scrollWidth: number;
  innerWidth: number;
  tableWidth: number;
  wrapWidth: number;
  rows: number;
  rowsShown: number;
  /** [natural, shown] widths of charts drawn smaller than laid out. */
  shrunk: number[][];
  /** Charts sticking out of the content column. */
  overflowing: number;
  /** Requests other than the page itself. */
  requests: string[];
}
