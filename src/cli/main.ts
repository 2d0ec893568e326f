// bouncelens FILE…  — explains bounced email from the command line.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyzeBatch, analyzeFile, type Batch, type BatchDone } from './analyze-file';
import { ndjsonLine, summaryText } from './format';
import { expandInputs, type InputItem } from './inputs';

const BATCH = 25;

const USAGE = `Usage: bouncelens [--ndjson] [--jobs N] FILE|DIR|- …

Explains bounced email: each file may hold a raw message (.eml), an mbox, or the pasted text
of a bounce or just its error line. A directory is walked; "-" reads standard input.

  --ndjson     one JSON line per input file (see the README for the fields)
  --jobs N     analyse on N worker threads (default: one per core for large inputs)
  -h, --help   show this help

Exit status: 0 when every input could be read (problems found in the mail are part of the
output), 1 when some input could not be read, 2 for a usage error.
`;

interface Options {
  ndjson: boolean;
  jobs: number | null;
  paths: string[];
}

function parseArgs(argv: string[]): Options | string {
  const options: Options = { ndjson: false, jobs: null, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--ndjson') options.ndjson = true;
    else if (arg === '--jobs' || arg === '-j') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 64) return '--jobs takes a whole number from 1 to 64';
      options.jobs = n;
    } else if (arg === '--') {
      options.paths.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else options.paths.push(arg);
  }
  if (!options.paths.length) return 'no input given';
  return options;
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    process.stderr.write(`bouncelens: ${parsed}\n\n${USAGE}`);
    return 2;
  }
  // Workers asked for by name start now, so their start-up overlaps the directory walk.
  const early = parsed.jobs && parsed.jobs > 1 ? startWorkers(parsed.jobs - 1, parsed.ndjson) : null;
  const items = expandInputs(parsed.paths);
  const readable = items.filter((item) => !item.error && item.path !== '-');
  // Each worker thread must warm up its own copy of the engine, and on small machines the
  // threads share memory bandwidth: measured here on 2 cores, two threads lose to one below a
  // few thousand files and win by about 10% at twelve thousand. So threads only for big runs.
  const jobs = parsed.jobs ?? (readable.length >= 8000 ? Math.min(availableParallelism(), 8) : 1);
  const outputs =
    jobs > 1
      ? await runInWorkers(items, parsed.ndjson, early ?? startWorkers(jobs - 1, parsed.ndjson))
      : await runHere(items, parsed.ndjson);
  return outputs ? 1 : 0;
}

/** Writes each output in input order; resolves to true when some input could not be read. */
async function runHere(items: InputItem[], ndjson: boolean): Promise<boolean> {
  let failed = false;
  for (const item of items) {
    const outcome = item.error ? { file: item.path, error: item.error } : await analyzeFile(item.path);
    failed ||= Boolean(outcome.error);
    await write(ndjson ? `${ndjsonLine(outcome)}\n` : summaryText(outcome));
  }
  return failed;
}

function startWorkers(count: number, ndjson: boolean): Worker[] {
  const url = new URL('./worker.js', import.meta.url);
  return Array.from({ length: count }, () => new Worker(url, { workerData: { ndjson } }));
}

async function runInWorkers(items: InputItem[], ndjson: boolean, workers: Worker[]): Promise<boolean> {
  const texts: (string | undefined)[] = new Array(items.length);
  let failed = false;
  let nextToWrite = 0;
  let nextBatch = 0;
  // Outputs arrive out of order; they are written in input order, one flush at a time.
  let writing = Promise.resolve();
  const flush = () => {
    writing = writing.then(async () => {
      while (nextToWrite < items.length && texts[nextToWrite] !== undefined) {
        const text = texts[nextToWrite] as string;
        texts[nextToWrite++] = '';
        await write(ndjson ? `${text}\n` : text);
      }
    });
    return writing;
  };
  // Unreadable items and stdin are handled here; files go to the workers.
  const pending: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.error || item.path === '-') {
      const outcome = item.error ? { file: item.path, error: item.error } : await analyzeFile(item.path);
      failed ||= Boolean(outcome.error);
      texts[i] = ndjson ? ndjsonLine(outcome) : summaryText(outcome);
    } else pending.push(i);
  }
  const batches: Batch[] = [];
  for (let i = 0; i < pending.length; i += BATCH) {
    batches.push({ jobs: pending.slice(i, i + BATCH).map((index) => ({ index, path: items[index].path })) });
  }
  // The main thread takes batches too: it has the engine loaded already, and with one worker
  // fewer there is one warm-up fewer (measured: that is what two threads lose on to one).
  const record = (done: BatchDone['done']) => {
    for (const d of done) {
      texts[d.index] = d.text;
      failed ||= d.failed;
    }
  };
  const here = (async () => {
    while (nextBatch < batches.length) {
      const { done } = await analyzeBatch(batches[nextBatch++], ndjson);
      record(done);
      await flush();
      // Let the workers' messages in: without this the main thread would take every batch.
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  const elsewhere = new Promise<void>((resolve, reject) => {
    let running = workers.length;
    if (running === 0) resolve();
    for (const worker of workers) {
      let inFlight = 0;
      // Two batches in flight per worker, so it never waits for the main thread.
      const feed = () => {
        while (inFlight < 2 && nextBatch < batches.length) {
          worker.postMessage(batches[nextBatch++]);
          inFlight++;
        }
        if (inFlight === 0) {
          void worker.terminate();
          if (--running === 0) resolve();
        }
      };
      worker.on('message', (msg: BatchDone) => {
        inFlight--;
        record(msg.done);
        flush().then(feed, reject);
      });
      worker.on('error', reject);
      feed();
    }
  });
  await Promise.all([here, elsewhere]);
  await flush();
  return failed;
}

function write(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`bouncelens: ${String(error?.stack ?? error)}\n`);
    process.exitCode = 1;
  },
);
