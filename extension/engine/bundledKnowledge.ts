/** The KB built by `npm run knowledge`, as shipped in the extension. */
import kb from '../../knowledge/kb.json';
import type { KnowledgeBase } from './types';

export const bundledKnowledge = kb as unknown as KnowledgeBase;
