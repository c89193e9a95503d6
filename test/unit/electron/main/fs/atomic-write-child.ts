// A writer process for atomic-write-killed.test.ts: writes a large file through the real
// atomic writer, slowly, saying on stdout after each chunk how far it got, so the test can
// kill it in the middle of the write.
import { atomicWriteFile } from '../../../../../electron/main/fs/atomic-write';
import { hookedFs } from './hooked-fs';

const [target, sizeText] = process.argv.slice(2);
const data = new Uint8Array(Number(sizeText)).map((_, i) => (i * 13) & 0xff);

const fs = hookedFs({
  afterWrite: async (written) => {
    process.stdout.write(`written ${written}\n`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  },
});
await atomicWriteFile(target!, data, { fs, chunkSize: 16 * 1024 });
process.stdout.write('done\n');
