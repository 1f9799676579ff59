import { ENGINES } from '../../src/engines/registry.ts';
import { runConformance } from './conformance.case.ts';

// Enumerated from the registry: registering an engine enrols it in the suite.
for (const [name, open] of Object.entries(ENGINES)) {
  runConformance(name, () => open(':memory:'));
}
