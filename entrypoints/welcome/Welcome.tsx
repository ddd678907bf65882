/** Opened once, on install: what the extension does, what it never does, and the "no marks" choice. */
import { MarksChoice } from '../../extension/ui/settings/MarksChoice';

export function Welcome() {
  return (
    <main class="welcome">
      <h1>Pardon Check is installed</h1>
      <p>
        While you read the news, it checks the figures pages give about Belarus's political-prisoner pardons and prisoner
        counts against a knowledge base bundled with the extension, and tells you which agree with its sources, which are
        out of date, which disagree, and which it cannot judge.
      </p>
      <h2>Private by design</h2>
      <ul>
        <li>Everything runs on your device. The extension makes no network request and sends nothing anywhere.</li>
        <li>On pages that are not about the topic, it leaves no trace a website could detect.</li>
      </ul>
      <MarksChoice />
      <p class="note">You can change this at any time from the extension's options.</p>
    </main>
  );
}
