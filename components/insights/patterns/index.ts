import { checkIns } from './check-ins';
import { heatmap } from './heatmap';
import { helped } from './helped';
import { strength } from './strength';
import { triggers } from './triggers';
import { warnings } from './warnings';

/** The insights' patterns, in the order they show: one file each in this folder, one line each here. */
export const PATTERN_REGISTRY = [heatmap, triggers, warnings, strength, helped, checkIns] as const;
