// Public face of the children's-rights classifier: classify a text, train and evaluate the model.
export { classifyText, classify, modelProbability, MODEL_VERSION, type ClassifyResult, type ClassifyOptions } from './classify.js';
export { normaliseText, detectLanguage, CLASSIFIER_LANGUAGES, type ClassifierLanguage } from './normalise.js';
export { matchLexicon, LEXICONS, LEXICON_VERSION, type LexiconMatch } from './lexicon.js';
export { loadModelFile, MODEL_FILE_URL, type ModelFile } from './model-file.js';
export { trainChildRightsModel, englishFeatures } from './training.js';
export { pruneModel, type LogisticModel } from './logistic.js';
export { parseLabelledRecommendations, type LabelledRecommendation } from './upr-info-labels.js';
export { parseGold, type GoldItem } from './gold.js';
export { scoreBinary, sessionFolds, type Scores } from './metrics.js';
export { evaluateClassifier, keywordBaseline, type ClassifierEvaluation, type IssueScores } from './evaluation.js';
export { calibrate, chooseThresholds, chooseVeto, regionOf, DEFAULT_THRESHOLDS, type Thresholds, type Region, type Calibration, type Scored } from './calibration.js';
export { secondAnnotatorSample, cohenKappa, parseSecondAnnotator, SECOND_ANNOTATOR_SEED, SECOND_ANNOTATOR_SIZE, type Agreement } from './agreement.js';
export { evaluateIssues, type IssueEvaluation, type IssueCounts } from './issue-evaluation.js';
