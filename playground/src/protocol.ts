/**
 * The messages between the playground page and its training worker (types
 * only; both sides import them).
 *
 * @module
 */

/** A dataset the page can pick. */
export type DatasetName = "spiral" | "xor" | "moons" | "circles" | "teacher" | "digits";

/** The data both configurations train on. */
export interface DataSpec {
  /** Which dataset. */
  name: DatasetName;
  /** Noise of the 2-D generators. */
  noise: number;
  /** Seed of the generated data. */
  seed: number;
}

/** One configuration (one column of the page); specs are `name:key=value,...` strings. */
export interface RunConfig {
  /** Activation spec for every hidden layer. */
  activation: string;
  /** Optimizer spec. */
  optimizer: string;
  /** Initializer spec. */
  initializer: string;
  /** Schedule spec (stepped once per epoch). */
  schedule: string;
  /** Hidden widths. */
  hidden: number[];
  /** Minibatch size. */
  batchSize: number;
  /** Seed of the weights and the batch order. */
  seed: number;
}

/** A registered plugin as the page shows it. */
export interface PluginInfo {
  /** Its name. */
  name: string;
  /** One line on what it is. */
  description: string;
  /** Its options and their defaults. */
  defaults: Record<string, number | boolean | string | number[]>;
}

/** What the page asks. */
export type Request =
  | { type: "setup"; data: DataSpec; configs: RunConfig[] }
  | { type: "run" }
  | { type: "pause" }
  | { type: "drawn" }
  | { type: "step"; steps: number }
  | { type: "loadPlugin"; url: string }
  | { type: "curve"; index: number; activation: string };

/** One configuration's state at a step. */
export interface RunFrame {
  /** Steps taken. */
  step: number;
  /** Epochs completed. */
  epoch: number;
  /** Current learning rate. */
  lr: number;
  /** Evaluation points: step, full-data loss and accuracy (NaN for regression). */
  history: { step: number; loss: number; accuracy: number }[];
  /** Per activation layer: fraction of units whose input was <= 0 on every example. */
  dead: { layer: string; fraction: number }[];
  /** Gradient L2 norm of each dense layer's weight at the last step before each evaluation after the first. */
  gradNorms: { layer: string; norms: number[] }[];
  /** Steps between evaluations. */
  evalEvery: number;
  /** Model output over the input grid (2-D data): class index + confidence, or the value. */
  grid: Float32Array | null;
  /** Set when this configuration could not be built or diverged. */
  error: string | null;
}

/** What the worker says. */
export type Reply =
  | {
    type: "catalog";
    backend: string;
    activations: PluginInfo[];
    optimizers: PluginInfo[];
    initializers: PluginInfo[];
    schedules: PluginInfo[];
  }
  | {
    type: "data";
    features: number;
    classes: number;
    task: "classification" | "regression";
    /** 2-D points for the plot (x0, x1, label), empty for wider data. */
    points: Float32Array;
    labels: Float32Array;
    /** Input plane shown: [min0, max0, min1, max1]. */
    extent: [number, number, number, number];
    gridSize: number;
  }
  | {
    type: "frame";
    /** Training stopped by itself (every configuration failed). */
    halted: boolean;
    runs: RunFrame[];
  }
  | { type: "curve"; index: number; x: number[]; y: number[]; dy: number[]; error: string | null }
  | { type: "plugin"; url: string; names: string[] }
  | { type: "error"; message: string };
