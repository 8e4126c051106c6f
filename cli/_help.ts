/** Help texts of the CLI. @internal @module */

const RUN = "deno run -A jsr:@rectify/core/cli";

/** Top-level help. @internal */
export const MAIN_HELP = `rectify — train and compare activations and optimizers

Usage:
  ${RUN} <command> [options]

Commands:
  train     train one model and write metrics.csv, report.html, summary.json
  compare   train a grid of activations × optimizers × initializers over seeds and rank them
            (on every core; --shard i/n runs one part of it; sweeps: adam:lr=[1e-4,1e-3])
  merge     join the output folders of compare --shard runs into one
  lr-find   learning-rate range test: loss against an increasing lr, a suggested lr per optimizer
  plot      write one SVG per activation (function and autograd derivative) and an index page
  list      list every plugin (activations, optimizers, ...) with version and default options
  predict   run a model file on a CSV and write predictions (and accuracy or RMSE with --label)
  export    turn a model file or a checkpoint into ONNX or a model file

Run "<command> --help" for the options of a command, "list [kind]" for the plugins a SPEC may name.

Examples:
  ${RUN} train --dataset digits --standardize --layers 64 --activation relu --optimizer adam
  ${RUN} compare --dataset digits --standardize --activation relu,elu,tanh --optimizer adam,sgd:lr=0.05,momentum=0.9 --repeats 2
  ${RUN} train --dataset digits --standardize --arch conv:16x3,padding=1,act,pool:2,conv:32x3,act,gap --optimizer adam
  ${RUN} compare --grid grid.json --shard 2/3 --out shard-2
  ${RUN} merge --out merged shard-1 shard-2 shard-3
  ${RUN} plot --out plots
  ${RUN} list optimizer
`;

/** Where the plugin names and options are listed, for every help text. */
const SPEC_NOTE =
  `A SPEC is a plugin name with options, e.g. leakyRelu:alpha=0.2 or sgd:lr=0.05,momentum=0.9;
"rectify list [kind]" prints every plugin (built-in and --plugin-loaded) with its default options.`;

const DATA_OPTIONS = `Data:
  --data FILE.csv          a CSV file with a header row; numeric features and a label column
  --dataset NAME           built-in: digits, iris, wine, breastCancer (real, UCI, CC BY 4.0)
                           or generated: spiral, xor, moons, teacher, bars (seeded by --seed)
                           digits are also 8×8 images [1, 8, 8]; bars are 16×16 images [1, 16, 16]
                           of one bar whose orientation is the class (4 classes), for --arch
  --label COLUMN           label column of --data (default: label)
  --val-split F            fraction held out for validation, in [0, 1) (default: 0.2)
  --standardize            standardise features with the training split's mean and std

Model and training:
  --layers 64,32           hidden layer widths of an MLP (default: 64)
  --arch LAYERS            a convolutional network on image data instead of an MLP (see below)
  --schedule SPEC          learning-rate schedule plugin, stepped every epoch (default: none)
  --loss NAME              auto, crossEntropy or mse (default: auto)
  --epochs N               epochs (default: 10)
  --batch-size N           minibatch size (default: 32)
  --seed N                 seed of the split, the generators, initialisation and shuffling (default: 0)
  --backend NAME           kernels to run on: js, wasm (the default where WebAssembly SIMD exists)
                           or webgpu (float32 on a WebGPU adapter: a GPU, or lavapipe from
                           Debian's mesa-vulkan-drivers, a software device)
  --on-nan stop|skip       a NaN/Inf loss or gradient stops the run naming the step and parameter
                           (stop, default) or drops that step's update and counts it (skip)
  --patience N             early stopping: stop after N epochs without a validation-loss
                           improvement, and restore the best epoch's weights (default: off)
  --min-delta D            an improvement must lower the validation loss by more than D (default: 0)

Plugins and output:
  --plugin SPECIFIER       load plugins from a module before anything else (file path, file:, https:,
                           jsr: or npm: specifier); repeatable
  --plugin-timeout S       seconds each --plugin module may take to load (default: 30)
  --out DIR                output folder, new or empty (default: ./rectify-out/<timestamp>)
  --overwrite              reuse a non-empty --out, replacing its metrics.csv, summary.json, report.html
  --out DIR                output folder (default: ./rectify-out/<timestamp>)
  -v, --verbose            print a line per epoch (piped output is otherwise one line per run;
                           a terminal gets a live progress bar)
  -h, --help               show this help

${SPEC_NOTE}

--arch LAYERS: comma-separated layers, in order; options follow a layer as key=value:
  conv:CxK                 convolution to C channels, K×K kernel; stride=S, padding=P|H/W|same,
                           dilation=D, groups=G, kernel=KH/KW, bias=false
  pool:K, maxpool:K        max pooling (stride=S, padding=P, ceilMode=true); avgpool:K average
                           pooling (also countIncludePad=false)
  gap, flatten             global average pooling; flatten to features
  bn, ln                   BatchNorm2d (eps=, momentum=M|none, affine=false); LayerNorm (eps=)
  dropout:P, dropout2d:P   dropout of elements; of whole channels
  dense:N                  dense layer (bias=false)
  act                      the activation slot: filled by --activation (compare: by each one)
  any activation SPEC      a fixed activation, e.g. relu or leakyRelu:alpha=0.1
A dense output layer of the class count is appended unless LAYERS ends with dense:N (N must then
match). On images prelu learns one slope per channel and crelu/maxout act on the channel axis.
Example: --arch conv:32x3,padding=1,act,pool:2,conv:64x3,padding=1,act,pool:2,flatten,dense:10`;

/** Help of train. @internal */
export const TRAIN_HELP = `rectify train — train one model

Usage:
  ${RUN} train (--data FILE.csv | --dataset NAME) [options]

  --activation SPEC        hidden activation (default: relu)
  --optimizer SPEC         optimizer (default: sgd:lr=0.05,momentum=0.9)
  --init SPEC              kernel initializer (default: glorotUniform)
  --gradient SPEC          apply a gradient plugin while training, e.g. gradientNoise:eta=0.01;
                           repeatable (all are applied)
  --save-best FILE         write the weights of the best validation-loss epoch to FILE
  --checkpoint FILE        write a checkpoint (weights, optimizer, schedule, RNG, epoch) after every epoch
  --resume FILE            continue from a checkpoint of the same setup (options, seed, data and
                           its preparation such as --standardize, all checked), bit-identically;
                           keeps writing checkpoints to FILE unless --checkpoint is given

${DATA_OPTIONS}

Writes metrics.csv (one row per epoch, flushed each epoch), report.html, summary.json and
model.safetensors (the final weights with the architecture, the --standardize statistics and
the class names; see "predict" and "export") to --out.

Examples:
  ${RUN} train --dataset digits --standardize --layers 64 --activation relu --optimizer adam --epochs 15
  ${RUN} train --data my.csv --label species --standardize --activation leakyRelu:alpha=0.1
  ${RUN} train --dataset spiral --layers 32,32 --epochs 50 --checkpoint run.json
  ${RUN} train --dataset spiral --layers 32,32 --epochs 100 --resume run.json
  ${RUN} train --dataset wine --standardize --epochs 200 --patience 10 --save-best best.json
`;

/** Help of compare. @internal */
export const COMPARE_HELP =
  `rectify compare — rank activations, optimizers and initializers on one dataset

Usage:
  ${RUN} compare (--data FILE.csv | --dataset NAME) [options]

  --activation LIST        comma-separated activation specs (default: relu)
  --optimizer LIST         comma-separated optimizer specs (default: sgd:lr=0.05,momentum=0.9)
  --init LIST              comma-separated initializer specs (default: glorotUniform)
  --gradient SPECS         a gradient-plugin setting as a grid axis: each --gradient is one value
                           (a comma list is applied together; none = no rewrite), e.g.
                           --gradient none --gradient gradientNoise:eta=0.01
  --repeats N              seeds per configuration: seed, seed+1, ... (default: 1)
  --target F               validation accuracy for the "epochs to target" column (default: 0.9)

Sweeps, grid files, cores and shards:
  An option value may be a list, which expands into one configuration per value:
  adam:lr=[1e-4,1e-3,1e-2]   sgd:lr=[0.01,0.1],momentum=[0,0.9]   leakyRelu:alpha=[0.01,0.2]
  --grid FILE.json         the whole grid from a file instead of the flags above: datasets,
                           architectures (hidden widths [64, 32] or --arch strings), activations,
                           optimizers, initializers, schedules, seeds, epochs, batchSize, loss,
                           onNan, valSplit, standardize, dataSeed, target
  --jobs N                 runs trained at once, each in a worker (default: the number of cores,
                           at most the number of runs); results are identical for every N
  --shard I/N              train only shard I of N (a deterministic part balanced by expected
                           cost; every run is in exactly one shard); join the folders with merge

${DATA_OPTIONS}

Every combination is trained for every seed (with the same data split). Prints a ranked table
(final and best validation accuracy and loss with mean ± std over seeds, epochs to the target,
wall time, dead-unit fraction per hidden layer, first/last layer gradient-norm ratio) and writes
metrics.csv, report.html, summary.json, results.json (for merge) and one model-rNN.safetensors per
run to --out. A run whose loss turns NaN is marked diverged (and writes no model file); a run that
fails otherwise is reported by name, the others are still written, and the exit status is 1.

Examples:
  ${RUN} compare --dataset digits --standardize --activation relu,leakyRelu,elu,tanh --optimizer adam --repeats 3
  ${RUN} compare --dataset iris --standardize --activation relu,sigmoid --optimizer adam,sgd:lr=0.1,momentum=0.9
  ${RUN} compare --data my.csv --plugin ./my_activation.ts --activation relu,myActivation
  ${RUN} compare --dataset digits --standardize --arch conv:16x3,padding=1,act,pool:2,conv:32x3,act,gap --activation relu,elu,tanh --optimizer adam,sgd:lr=0.05,momentum=0.9
  ${RUN} compare --dataset digits --standardize --activation relu,elu --optimizer adam:lr=[1e-4,1e-3,1e-2] --jobs 2
  ${RUN} compare --grid grid.json --shard 1/3 --out shard-1
  ${RUN} compare --dataset digits --standardize --gradient none --gradient gradientNoise:eta=0.01
`;

/** Help of merge. @internal */
export const MERGE_HELP = `rectify merge — join the output folders of compare --shard runs

Usage:
  ${RUN} merge --out DIR SHARD_DIR... [--allow-partial]

  --out DIR                the merged output folder
  --allow-partial          merge an incomplete set, listing the missing runs (default: refuse)
  --overwrite              replace the outputs of an earlier run in --out (default: --out must be
                           a new or empty folder)
  -h, --help               show this help

Checks that the folders hold shards of one grid (same grid fingerprint: same runs, settings and
data bytes), that no run is in two of them and that none is missing (naming the runs otherwise),
then writes metrics.csv, summary.json, report.html and results.json as a single compare run of
the whole grid would (timing columns aside), and copies each run's model-rNN.safetensors.

Example:
  ${RUN} merge --out merged shard-1 shard-2 shard-3
`;

/** Help of plot. @internal */
export const PLOT_HELP = `rectify plot — plot activations and their derivatives

Usage:
  ${RUN} plot [options]

  --activation LIST        activation specs to plot (default: every registered element-wise activation)
  --from X                 range start (default: -5)
  --to X                   range end (default: 5)
  --samples N              sample points, at most 100000 (default: 2001)
  --plugin SPECIFIER       load plugins first; repeatable
  --plugin-timeout S       seconds each --plugin module may take to load (default: 30)
  --out DIR                output folder (default: ./rectify-out/activations)
  -h, --help               show this help

"rectify list activation" prints every activation with its default options.

Writes <name>.svg per activation (solid: f, dashed: f' from autograd; curves are split at the
plugin's declared kinks and at jumps, so nothing is smoothed across a kink) and index.html.

Examples:
  ${RUN} plot
  ${RUN} plot --activation relu,leakyRelu:alpha=0.2,elu --out plots
`;

/** Help of list. @internal */
export const LIST_HELP = `rectify list — every registered plugin, by kind

Usage:
  ${RUN} list [kind] [options]

  kind                     activation, initializer, optimizer, schedule, gradient or backend
                           (default: all kinds)
  --plugin SPECIFIER       load plugins first (they are listed with where they came from); repeatable
  --json                   print JSON records instead of text
  -h, --help               show this help

Prints each plugin's name, version, description and default options, as a SPEC writes them.

Examples:
  ${RUN} list
  ${RUN} list optimizer
  ${RUN} list activation --plugin ./my_activation.ts
`;

/** Help of lr-find. @internal */
export const LR_FIND_HELP = `rectify lr-find — learning-rate range test (Smith 2017)

Usage:
  ${RUN} lr-find (--data FILE.csv | --dataset NAME) [options]

  --optimizer LIST         comma-separated optimizer specs, each tested (default: sgd:momentum=0.9);
                           their lr is replaced by the sweep
  --min-lr X               first lr (default: 1e-7)
  --max-lr X               last lr (default: 10)
  --steps N                minibatch steps, the lr growing geometrically (default: 200)
  --activation SPEC        hidden activation (default: relu)
  --init SPEC              kernel initializer (default: glorotUniform)
  --layers 64,32           hidden layer widths (default: 64)
  --batch-size N           minibatch size (default: 32)
  --seed N                 seed of the split, the initialisation and the batch order (default: 0)
  --backend NAME           kernels to run on: js, wasm (the default where WebAssembly SIMD exists)
                           or webgpu (float32 on a WebGPU adapter: a GPU, or lavapipe from
                           Debian's mesa-vulkan-drivers, a software device)
  --data, --dataset, --label, --val-split, --standardize   as for train (the sweep uses the training split)
  --plugin SPECIFIER       load plugins first; repeatable
  --out DIR                output folder (default: ./rectify-out/<timestamp>)
  -h, --help               show this help

Trains the same initial model once per optimizer with the lr rising from --min-lr to --max-lr,
stopping when the smoothed loss exceeds 4× its minimum. Prints per optimizer the suggested lr
(where the smoothed loss falls fastest against log lr) and a tenth of the lr of the lowest loss,
and writes lr-find.svg (loss against lr, log scale), lr-find.html and lr-find.json to --out.

${SPEC_NOTE}

Examples:
  ${RUN} lr-find --dataset digits --standardize --optimizer sgd:momentum=0.9,adam
`;

/** Help of predict. @internal */
export const PREDICT_HELP = `rectify predict — run a model file on new data

Usage:
  ${RUN} predict --model FILE.safetensors --data FILE.csv --out FILE.csv [options]

  --model FILE             a model file written by train/compare/export, or a safetensors file
                           written by PyTorch (then give --layers/--activation, or --arch and
                           --input-shape)
  --data FILE.csv          rows of raw features (the model applies its own standardisation)
  --label COLUMN           a column of true labels: not a feature; accuracy (or RMSE) is printed
  --out FILE.csv           predictions: a "predicted" column and one prob_<class> column per class
                           (regression: one column per target)
  --layers 64,32           hidden widths, for a file without rectify metadata (nn.Sequential of
                           Linear and activation modules)
  --activation SPEC        hidden activation, for a file without rectify metadata (default: relu)
  --arch TOKENS            a CNN's layers, for a file without rectify metadata, as in train
                           (e.g. conv:4x3,padding=1,act,pool:2,flatten,dense:10: one token per
                           module of the nn.Sequential; act takes --activation)
  --input-shape C,H,W      the image shape a CNN reads each row as (with --arch)
  --task NAME              classification or regression, for a file without rectify metadata
                           (default: classification when the model has several outputs)
  --plugin SPECIFIER       load plugins first (a model using a plugin's activation); repeatable
  -h, --help               show this help

Examples:
  ${RUN} predict --model rectify-out/run/model.safetensors --data new.csv --out pred.csv
  ${RUN} predict --model torch_mlp.safetensors --layers 16 --activation tanh --data iris.csv --label label --out pred.csv
  ${RUN} predict --model torch_cnn.safetensors --arch conv:4x3,padding=1,act,pool:2,flatten,dense:10 --input-shape 1,8,8 --data digits.csv --label label --out pred.csv
`;

/** Help of export. @internal */
export const EXPORT_HELP = `rectify export — convert a model file or a checkpoint

Usage:
  ${RUN} export (--model FILE.safetensors | --checkpoint FILE) --format onnx|safetensors --out FILE

  --model FILE             a model file (or a PyTorch safetensors file with --layers/--activation
                           or --arch/--input-shape)
  --checkpoint FILE        a checkpoint written by train --checkpoint (its standardisation
                           statistics come along; class names do not: they are 0, 1, ...)
  --format onnx|safetensors  ONNX (opset 17; the preprocessing as the first nodes, outputs
                           "output" and, for classification, "probabilities") or a model file
                           (default: onnx)
  --out FILE               where to write
  --layers, --activation   the architecture of a file without rectify metadata (an MLP)
  --arch, --input-shape    the same for a CNN (as in predict)
  --plugin SPECIFIER       load plugins first; repeatable
  -h, --help               show this help

Examples:
  ${RUN} export --model rectify-out/run/model.safetensors --format onnx --out model.onnx
  ${RUN} export --checkpoint run.json --format safetensors --out model.safetensors
`;
