// The compiled command line's entry (scripts/build-cli.js bundles it into dist-cli/kvot.mjs; bin/kvot.js runs it).
import { main } from './main';

process.exitCode = await main(process.argv.slice(2));
