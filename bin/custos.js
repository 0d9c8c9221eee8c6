#!/usr/bin/env node
import { ignoreClosedStdout, main } from '../dist/cli/main.js';
ignoreClosedStdout();
main(process.argv).then((code) => { process.exitCode = code; });
