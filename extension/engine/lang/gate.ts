/**
 * The few words the content script's gate (topicCue.ts) looks for on every page, per language: kept in this small
 * module, apart from the packs, so that the gate's bundle carries these words and nothing else of the packs (a pack
 * built with calls such as String.raw cannot be tree-shaken away). Each pack refers to its table as `gate`.
 */
import type { GateTables } from './index';

/** English */
export const EN_GATE: GateTables = {
  pardonOrPrisoner: ['pardon', 'clemency', 'political prisoner', 'political detainee', 'prisoners? of conscience'],
  releaseVerbs: ['frees?', 'freed', 'releas\\w*'],
  releasedAfter: ['freed', 'released'],
  prisonerNouns: ['prisoners?', 'detainees', 'convicts'],
  prisonerStems: ['prisoner', 'detainee', 'convict'],
};

/** Russian */
export const RU_GATE: GateTables = {
  pardonOrPrisoner: ['помилов', 'политзаключ', 'политических заключ'],
  releaseVerbs: ['освобо[дж]', 'вызвал', 'вызваля', 'отпуст'],
  prisonerNouns: ['заключ', 'узник'],
};

/** Belarusian */
export const BE_GATE: GateTables = {
  pardonOrPrisoner: ['памілав', 'палітвяз(?:ь?н|ень)'],
  releaseVerbs: ['вызвал', 'вызваля', 'адпуст'],
  prisonerNouns: ['зь?няволен', 'вязь?н'],
};
