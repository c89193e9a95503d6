// Makes the fixture database of one schema version: node build/scripts/make-schema-fixture.mjs <N> [--force]
// Run it once, in the commit that adds schema version N (see test/support/make-schema-fixture.ts).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const result = spawnSync(process.execPath, ['build/scripts/run-ts.mjs', 'test/support/make-schema-fixture.ts', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
