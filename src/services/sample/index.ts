/** The sample company `npm start` serves: its files, warehouse, demo accounts and motivation side. */
export { ensureSample, SAMPLE_DIR, SAMPLE_DB, SAMPLE_VERSION } from './sample.ts';
export { ensureDemoAccounts, type DemoLogin } from './accounts.ts';
export { seedSampleMotivation, SAMPLE_PEOPLE } from './motivation.ts';
export { generateSampleFiles } from './generate-files.ts';
export { sampleLang, type SampleLang } from '../../generate/localize.ts';
