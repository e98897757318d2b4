/**
 * Prints the data file the build reads in place of src/detect/precompiled.ts: the built-in lexicons,
 * compiled and packed (see src/detect/precompile-build.ts). The build does this by itself
 * (tsup.config.ts); this is for looking at the output.
 *
 * Run: node --import tsx scripts/precompile-phrases.ts > /tmp/precompiled.json
 */
import { precompiledModule } from '../src/detect/precompile-build.js';

process.stdout.write(precompiledModule().data);
