/** The topic gate: is this page about Belarus's political prisoners or pardons at all? Cheap checks first. */
import { mentionsBelarus } from './names';
import { hasTopicCue } from './topicCue';

export function isAboutTopic(text: string): boolean {
  return hasTopicCue(text) && mentionsBelarus(text);
}
