import { AnalysisError } from '../../../sim/experiment/analysisError.ts';

/** The message of the AnalysisError `f` throws; any other outcome fails the test. */
export function failure(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    if (error instanceof AnalysisError) return error.message;
    throw error;
  }
  throw new Error('expected an AnalysisError');
}
