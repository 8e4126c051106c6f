/**
 * The in-memory dataset type shared by the loaders, generators and the trainer.
 *
 * @module
 */

/** What the label column holds. */
export type Task = "classification" | "regression";

/**
 * A table of numeric features and labels, row-major.
 *
 * For classification `y` holds one class index per row (`targets` is 1);
 * for regression `y` holds `targets` numbers per row.
 */
export interface Dataset {
  /** A short name (file name or generator name). */
  readonly name: string;
  /** Features, `rows × features`, row-major. */
  readonly x: Float32Array;
  /** Labels: class indices (classification) or `rows × targets` values (regression). */
  readonly y: Float32Array;
  /** Number of rows (examples). */
  readonly rows: number;
  /** Number of feature columns. */
  readonly features: number;
  /** Numbers per row in `y` (1 for classification). */
  readonly targets: number;
  /** Classification or regression. */
  readonly task: Task;
  /** Number of classes (classification), 0 for regression. */
  readonly classes: number;
  /** Feature column names. */
  readonly featureNames: readonly string[];
  /** Class names when the labels were text (index = class). */
  readonly labelNames?: readonly string[];
  /**
   * Shape of one example when the features are an image, channels first
   * (`[C, H, W]`, e.g. `[1, 8, 8]` for digits); its product is `features`.
   * Absent for plain feature tables. A convolutional model reads each row
   * as this shape; an MLP reads the flat row.
   */
  readonly shape?: readonly number[];
}
