import { parentPort, workerData } from 'node:worker_threads';

import { fitBank, type FitInput } from './calibration-fit';

/**
 * The calibration's worker thread (built beside the API as `calibration-worker.js`): the fit
 * runs here so that the API keeps answering while it computes.
 */
parentPort?.postMessage(fitBank(workerData as FitInput));
