/** The topic gate: is this page about Belarus's political prisoners or pardons at all? Cheap checks first. */
import { mentionsBelarus } from './names';

const PRISONER_OR_PARDON = /pardon|clemency|political prisoner|political detainee|prisoners? of conscience|помилов|политзаключ|палітвязн/i;

const RELEASE_OF_PRISONERS = /\b(?:frees?|freed|releas\w*)\b[^.]{0,80}\b(?:prisoners?|detainees|convicts)\b|\b(?:prisoners?|detainees|convicts)\b[^.]{0,40}\b(?:freed|released)\b/i;

export function isAboutTopic(text: string): boolean {
  return (PRISONER_OR_PARDON.test(text) || RELEASE_OF_PRISONERS.test(text)) && mentionsBelarus(text);
}
