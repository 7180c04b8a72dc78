import { Identity1795463548890 } from './1795463548890-identity';
import { Learning1795467170616 } from './1795467170616-learning';
import { Coding1795467989639 } from './1795467989639-coding';

/** Every migration, oldest first. A new migration file is added here as well. */
export const MIGRATIONS = [Identity1795463548890, Learning1795467170616, Coding1795467989639];
