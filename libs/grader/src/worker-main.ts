/** Entry point of a grader process (bundled as grader-worker.js beside the API). */
import { serveGradingJobs } from './lib/worker';

serveGradingJobs();
