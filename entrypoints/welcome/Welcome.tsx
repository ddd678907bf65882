/**
 * Opened once, on install (also reachable from the popup): what the extension checks and what it does not,
 * how far its knowledge reaches and where it comes from, that nothing leaves the device, how to switch it
 * off on a site, and the "no marks" choice.
 */
import { bundledKnowledge as kb } from '../../extension/engine/bundledKnowledge';
import { describeWindow } from '../../extension/engine/time';
import { MarksChoice } from '../../extension/ui/settings/MarksChoice';
import { useSettings } from '../../extension/ui/settings/useSettings';

const horizon = `${Number(kb.horizon.slice(8, 10))} ${describeWindow({ from: kb.horizon, to: kb.horizon })}`;
const rounds = kb.rounds.length;

export function Welcome() {
  // the reader's theme, for this page too
  useSettings();
  return (
    <main class="welcome">
      <h1>Pardon Check is installed</h1>
      <p>
        While you read the news, it checks the figures pages give about Belarus's political-prisoner pardons and prisoner
        counts against a knowledge base bundled with the extension, and tells you which agree with its sources, which are
        out of date, which disagree, and which it cannot judge.
      </p>
      <h2>What it checks, and what it does not</h2>
      <ul>
        <li>
          It checks figures about the {rounds} rounds of pardons since July 2024: how many were freed in each round, who was
          among them (women, men, the ill, the elderly), the running total, and how many political prisoners are still held
          according to the human-rights monitors.
        </li>
        <li>
          It does not judge opinions, names, quotes or any other topic, and it says "cannot be checked" rather than guess
          when a figure is about something its sources do not cover.
        </li>
        <li>
          Its knowledge runs to <strong>{horizon}</strong>. Figures from later pages are marked "cannot be checked" unless
          they were already out of date by then.
        </li>
        <li>
          Its sources are {kb.articles.length} news reports; every fact names the report and the place in it.{' '}
          <a href="knowledge.html" data-action="open-knowledge">See everything the knowledge base holds</a>.
        </li>
      </ul>
      <h2>Private by design</h2>
      <ul>
        <li>Everything runs on your device. The extension makes no network request and sends nothing anywhere.</li>
        <li>On pages that are not about the topic, it leaves no trace a website could detect.</li>
        <li>A report that a flag is wrong is shown to you in full; it goes nowhere unless you copy or send it yourself.</li>
      </ul>
      <h2>You are in control</h2>
      <ul>
        <li>
          <strong>Switch it off on a site</strong> from the toolbar button's popup ("Switch off on this site"); it stays off
          there until you switch it on again. The options page lists every site you chose for.
        </li>
        <li><strong>Hide the marks on a tab</strong> for a clean read: press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>H</kbd>, or use the popup.</li>
        <li><strong>Dismiss a flag</strong> from its card, on that page or everywhere the same figure and sentence appear; undo it on the card or in the options.</li>
      </ul>
      <MarksChoice />
      <p class="note">
        You can change this and more at any time in the{' '}
        <button type="button" class="linklike" data-action="open-options" onClick={() => void browser.runtime.openOptionsPage()}>options</button>.
      </p>
    </main>
  );
}
