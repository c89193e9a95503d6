// Prints how renderer/src imports across its layers and features, for the architecture
// issue's before/after figures:  node build/scripts/run-ts.mjs test/architecture/import-counts.ts
import path from 'node:path';
import { featureOf, isDataFile, reachableFrom, relativeImports, rendererLayer, type ImportEdge } from '../support/import-graph';

const edges = relativeImports(path.join('renderer', 'src'));
/** An area's hooks entry, features/<area>/hooks.ts (its hooks without its screens). */
const isHooksEntry = (file: string) => featureOf(file) !== undefined && file.endsWith(path.join('features', featureOf(file)!, 'hooks.ts'));
const isHooksEntryEdge = (edge: ImportEdge) => isHooksEntry(edge.to);

const crossFeature = edges.filter((edge) => featureOf(edge.from) && featureOf(edge.to) && featureOf(edge.from) !== featureOf(edge.to));
const pairs = new Set(crossFeature.map((edge) => `${featureOf(edge.from)} → ${featureOf(edge.to)}`));
const mutual = [...pairs].filter((pair) => {
  const [a, b] = pair.split(' → ');
  return a! < b! && pairs.has(`${b} → ${a}`);
});
const throughInternals = crossFeature.filter((edge) => path.basename(edge.to) !== 'index.ts' && !isHooksEntry(edge.to));
const throughHooksEntry = crossFeature.filter(isHooksEntryEdge);
const throughDataEntry = crossFeature.filter((edge) => edge.to.endsWith(path.join('data', 'index.ts')));

/** Imports that run back up the layers: features → app, core → features, shell → features or app, data → UI. */
function upward(edge: ImportEdge): string | undefined {
  const from = rendererLayer(edge.from);
  const to = rendererLayer(edge.to);
  if (from === 'features' && to === 'app') return 'features → app';
  if (from === 'core' && (to === 'features' || to === 'app' || to === 'shell')) return `core → ${to}`;
  if (from === 'shell' && (to === 'features' || to === 'app')) return `shell → ${to}`;
  if (isDataFile(edge.from) && (edge.to.endsWith('.tsx') || to === 'shell' || to === 'app')) return 'data → UI';
  return undefined;
}
const up = edges.filter((edge) => upward(edge));
/** Data files that reach a screen, shell/ or app/ through any chain of imports (e.g. another area's index.ts that exports components). */
const dataReachingUi = [...new Set(edges.map((edge) => edge.from))]
  .filter(isDataFile)
  .filter((file) => [...reachableFrom(file, edges).keys()].some((to) => to.endsWith('.tsx') || rendererLayer(to) === 'shell' || rendererLayer(to) === 'app'));
/** One per importing file and layer folder it reaches up into (app/, features/, shell/). */
const upByFolder = new Map(up.map((edge) => [`${edge.from} → ${rendererLayer(edge.to)}/`, upward(edge)!]));

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

console.log(`cross-feature imports: ${crossFeature.length} across ${pairs.size} ordered pairs, ${mutual.length} mutual pairs${mutual.length ? ` (${mutual.map((pair) => pair.replace(' → ', '↔')).join(', ')})` : ''}`);
console.log(`  not through the feature's index.ts: ${throughInternals.length}; through its data entry (data/index.ts): ${throughDataEntry.length}; through its hooks entry (hooks.ts): ${throughHooksEntry.length}`);
console.log(`upward imports (file → layer folder): ${upByFolder.size}`, countBy([...upByFolder.values()], (kind) => kind));
for (const line of [...upByFolder.keys()].sort()) console.log(`  ${line}`);
console.log(`data files reaching UI through a chain of imports: ${dataReachingUi.length}`);
for (const file of dataReachingUi) console.log(`  ${file}`);
if (process.argv.includes('--cross')) for (const edge of crossFeature) console.log(`  ${edge.from} → ${edge.to}`);
