import * as yaml from 'yaml';

/**
 * `yaml`'s node checks and classes, for the code that runs once per node:
 * reading and validating every file. Taken from the package once, here: the
 * bundle reaches a CommonJS package's exports through a getter on every use,
 * and at 100,000 commitments the getters cost more than the checks.
 */
export const { isAlias, isMap, isScalar, isSeq, LineCounter, Pair, Scalar, YAMLMap, YAMLSeq } = yaml;
export type LineCounter = yaml.LineCounter;
export type Pair<K = unknown, V = unknown> = yaml.Pair<K, V>;
export type Scalar<T = unknown> = yaml.Scalar<T>;
export type YAMLMap<K = unknown, V = unknown> = yaml.YAMLMap<K, V>;
export type YAMLSeq<T = unknown> = yaml.YAMLSeq<T>;
