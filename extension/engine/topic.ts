/** The topic gate: is this page about Belarus's political prisoners or pardons at all? Cheap checks first. */
import { mentionsBelarus } from './names';

const PRISONER_OR_PARDON = /pardon|clemency|political prisoner|political detainee|prisoners? of conscience|помилов|политзаключ|палітвязн/i;

export function isAboutTopic(text: string): boolean {
  return PRISONER_OR_PARDON.test(text) && mentionsBelarus(text);
}
