import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** A text item of a PDF page, as pdfjs places it. */
export interface PositionedText {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What reading one PDF may cost before it is abandoned. */
export interface PdfLimits {
  pages: number;
  /** Wall-clock time of the whole read, in milliseconds. */
  milliseconds: number;
  /** Growth of the process's resident memory while the PDF is read, in bytes. */
  memoryBytes: number;
}

export type PdfTextOutcome =
  | { kind: 'pages'; pages: PositionedText[][] }
  | { kind: 'too-many-pages'; pages: number }
  | { kind: 'unreadable' }
  | { kind: 'too-slow' }
  | { kind: 'too-large' };

/**
 * Runs in a worker thread: pdfjs reads the document and posts each page's text items back. pdfjs has
 * no limit of its own: a 1 MB PDF whose content stream inflates to 1 GB of spaces kept it busy for 12 s
 * and took 3 GB of memory in the API process, and a 20 MB one would have taken the server down.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { getDocument } = await import(workerData.pdfjsUrl);
  const task = getDocument({
    data: workerData.bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    disableRange: true,
    disableStream: true,
    enableXfa: false,
    verbosity: 0,
  });
  try {
    const pdf = await task.promise;
    if (pdf.numPages > workerData.maxPages) {
      parentPort.postMessage({ kind: 'too-many-pages', pages: pdf.numPages });
      return;
    }
    const pages = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue;
        const transform = item.transform || [];
        items.push({ text: item.str, x: transform[4] || 0, y: transform[5] || 0, width: item.width || 0, height: item.height || Math.abs(transform[3] || 0) });
      }
      pages.push(items);
      page.cleanup();
    }
    parentPort.postMessage({ kind: 'pages', pages });
  } catch {
    parentPort.postMessage({ kind: 'unreadable' });
  } finally {
    await task.destroy().catch(() => undefined);
  }
})();
`;

let pdfjsUrl: string | undefined;

/** pdfjs's Node build, located from this module so the worker imports the same copy. */
function pdfjsModuleUrl(): string {
  pdfjsUrl ??= pathToFileURL(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;
  return pdfjsUrl;
}

/**
 * Reads the text items of every page of a PDF in a worker thread, watched from here: past the time
 * or memory budget the worker is terminated (its memory goes with it) and the read fails with
 * `too-slow` or `too-large`. The API's event loop stays free while pdfjs works.
 */
export function extractPdfText(bytes: Uint8Array, limits: PdfLimits): Promise<PdfTextOutcome> {
  return new Promise<PdfTextOutcome>((resolve) => {
    const baseline = process.memoryUsage.rss();
    const started = performance.now();
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      // pdfjs may detach the buffer it is given: the worker gets its own copy.
      workerData: { bytes: new Uint8Array(bytes), maxPages: limits.pages, pdfjsUrl: pdfjsModuleUrl() },
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });
    let settled = false;
    const finish = (outcome: PdfTextOutcome) => {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      void worker.terminate();
      resolve(outcome);
    };
    const watchdog = setInterval(() => {
      if (performance.now() - started > limits.milliseconds) finish({ kind: 'too-slow' });
      else if (process.memoryUsage.rss() - baseline > limits.memoryBytes) finish({ kind: 'too-large' });
    }, 25);
    worker.once('message', (message: PdfTextOutcome) => finish(message));
    // Out of heap (ERR_WORKER_OUT_OF_MEMORY) or any other failure of the worker itself.
    worker.once('error', (error: Error & { code?: string }) => finish(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { kind: 'too-large' } : { kind: 'unreadable' }));
    worker.once('exit', () => finish({ kind: 'unreadable' }));
  });
}
