/** The trained detector for cross-validation: a fresh model fitted on the training groups of each fold. */
import { analyzeFile } from '../analysis/index.js';
import type { Detector } from '../eval/cross-validate.js';
import { fitModel } from './fit.js';

export const trainedDetector: Detector = {
  name: 'trained model + rules',
  train(training) {
    const model = fitModel(training);
    return (data, file) => analyzeFile(data, file, { model });
  },
};
