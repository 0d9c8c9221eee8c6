import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection, for tests that measure what code holds on to rather than the garbage it
 * leaves between two collections: that depends on how large the heap already is (a test worker keeps
 * the heap of the files it ran before), not on the code under test.
 */
setFlagsFromString('--expose-gc');
export const collectGarbage = runInNewContext('gc') as () => void;
