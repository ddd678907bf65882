// @vitest-environment happy-dom
/**
 * The topic gate, the only code that runs on every page: it must open for pages that talk about pardons
 * or political prisoners (at load or when such text arrives later), stay shut on others, and stop
 * watching once it has opened.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GATE_LIMITS, gateSample, pageHasTopicCue, sampleNamesBelarus, watchForTopic } from '../../extension/content/topicGate';

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  vi.useRealTimers();
});

function page(title: string, body: string): void {
  document.title = title;
  document.body.innerHTML = body;
}

/** Serves the page and starts the gate on it; the spy records each time the gate opens. */
function watch(title: string, body: string) {
  page(title, body);
  const onTopic = vi.fn();
  stop = watchForTopic(document, onTopic);
  return onTopic;
}

describe('watchForTopic', () => {
  it('opens at once for a page whose headline names the topic', () => {
    const onTopic = watch('News', '<h1>Lukashenko pardons 23 more political prisoners</h1><p>Minsk.</p>');
    expect(onTopic).toHaveBeenCalledTimes(1);
  });

  it('opens for a local outlet\'s report that names a Belarusian town or prison, not the country', () => {
    // (our own sentences: a regional paper in Belarusian, an English wire line on a prison)
    expect(watch('Навіны рэгіёна', '<h1>Жыхарку Гомеля памілавалі</h1><p>Яна правяла ў калоніі два гады.</p>')).toHaveBeenCalledTimes(1);
    stop?.();
    expect(watch('Regional news', '<h1>Freed from Zhodino prison</h1><p>She was among the political prisoners pardoned on Friday.</p>')).toHaveBeenCalledTimes(1);
    stop?.();
    expect(watch('ГОМЕЛЬ СЕГОДНЯ', '<h1>Помилованы 20 человек</h1>')).toHaveBeenCalledTimes(1);
  });

  it('opens for a year\'s review that names the best-known prisoners, not the country', () => {
    // (our own sentences: a Russian review that names Bialiatski and Babaryka, a Belarusian one that names Statkevich)
    expect(watch('Итоги года', '<h1>Помилования и сделки</h1><p>На свободу вышли Беляцкий и Бабарико.</p>')).toHaveBeenCalledTimes(1);
    stop?.();
    expect(watch('Вынікі года', '<h1>Памілаваньні</h1><p>Статкевіч адмовіўся зьяжджаць.</p>')).toHaveBeenCalledTimes(1);
  });

  it('stays shut where a town\'s letters stand inside another word, or a pardon is elsewhere', () => {
    expect(watch('City hall', '<h1>Homeless shelter pardons late fees</h1><p>The mayor pardoned 40 tenants.</p>')).not.toHaveBeenCalled();
    stop?.();
    expect(watch('Новости', '<h1>Губернатор помиловал 12 осуждённых</h1><p>Решение приняли в Ростове.</p>')).not.toHaveBeenCalled();
  });

  it('opens for a topic named only deep in the text, within the sample', () => {
    const onTopic = watch('Weekly digest', `${'<p>Rail timetable changes for the winter season.</p>'.repeat(200)}<p>Belarus released 30 prisoners under a pardon.</p>`);
    expect(onTopic).toHaveBeenCalledTimes(1);
  });

  it('stays shut on a page about something else, and opens once when text on the topic is added', async () => {
    vi.useFakeTimers();
    const onTopic = watch('Football', '<main><p>Dinamo won 4-2 before 13,000 fans.</p></main>');
    expect(onTopic).not.toHaveBeenCalled();

    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', '<p>Ticket prices rise by 5% next season.</p>');
    await vi.advanceTimersByTimeAsync(GATE_LIMITS.settleMs + 50);
    expect(onTopic).not.toHaveBeenCalled();

    main.insertAdjacentHTML('beforeend', '<article><p>Belarus pardoned 32 political prisoners on Thursday.</p></article>');
    // the gate waits for the page to calm down before it samples what was added
    await vi.advanceTimersByTimeAsync(GATE_LIMITS.settleMs - 50);
    expect(onTopic).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(onTopic).toHaveBeenCalledTimes(1);

    // opened once is enough: the checker watches the page from here on
    main.insertAdjacentHTML('beforeend', '<p>Another 18 political prisoners were pardoned.</p>');
    await vi.advanceTimersByTimeAsync(GATE_LIMITS.maxWaitMs * 2);
    expect(onTopic).toHaveBeenCalledTimes(1);
  });

  it('a page that never calms down is still gated within maxWaitMs of its first change', async () => {
    vi.useFakeTimers();
    const onTopic = watch('Ticker', '<ul></ul>');
    const list = document.querySelector('ul')!;
    list.insertAdjacentHTML('beforeend', '<li>Belarusian political prisoner freed after pardon</li>');
    for (let t = 0; t < GATE_LIMITS.maxWaitMs + 200 && !onTopic.mock.calls.length; t += 100) {
      list.insertAdjacentHTML('beforeend', `<li>Quote ${t}</li>`);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(onTopic).toHaveBeenCalledTimes(1);
  });

  it('opens when the words of existing text change to the topic (a ticker rewriting its line)', async () => {
    vi.useFakeTimers();
    const onTopic = watch('Ticker', '<p id="line">Markets open higher</p>');
    (document.getElementById('line')!.firstChild as Text).data = 'Belarus pardons 20 political prisoners';
    await vi.advanceTimersByTimeAsync(GATE_LIMITS.settleMs + 50);
    expect(onTopic).toHaveBeenCalledTimes(1);
  });

  it('stops watching when told to', async () => {
    vi.useFakeTimers();
    page('Football', '<main></main>');
    const onTopic = vi.fn();
    watchForTopic(document, onTopic)();
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>Belarus pardoned 32 political prisoners.</p>');
    await vi.advanceTimersByTimeAsync(GATE_LIMITS.maxWaitMs * 2);
    expect(onTopic).not.toHaveBeenCalled();
  });
});

describe('gateSample', () => {
  it('reads text, not scripts or styles, and stops after the budget', () => {
    page('x', '<script>var pardon = 1;</script><style>p{}</style><p>one</p><p>two</p><p>three</p>');
    expect(gateSample(document.body)).toBe('one two three');
    expect(gateSample(document.body, 4)).toBe('one two');
  });
});

describe('sampleNamesBelarus', () => {
  it('finds Belarus in the sample\'s text, as gateSample reads it: not in scripts or styles, not past the budget', () => {
    page('x', '<script>var belarus = 1;</script><style>.minsk{}</style><p>one</p><p>two</p><p>In Minsk today</p>');
    expect(sampleNamesBelarus(document.body)).toBe(true);
    expect(sampleNamesBelarus(document.body, 4)).toBe(false);
    expect(sampleNamesBelarus(document.body, 7)).toBe(true);
    page('x', '<script>var belarus = 1;</script><p>Pardons in Nicaragua</p>');
    expect(sampleNamesBelarus(document.body)).toBe(false);
  });

  it('tests hundreds of nodes as their words are, whatever the chunk they fall in: no stem made of two nodes', () => {
    const filler = '<p>Rail traffic resumed on three lines after repairs, the operator said.</p>'.repeat(300);
    page('x', `${filler}<p>Bela</p><p>rus</p>${filler}`);
    expect(sampleNamesBelarus(document.body)).toBe(false);
    page('x', `${filler}<p>In Minsk today</p>${filler}`);
    expect(sampleNamesBelarus(document.body)).toBe(true);
    page('x', `${filler}${filler}<p>In Minsk today</p>`);
    expect(sampleNamesBelarus(document.body)).toBe(true);
    // a script added to the page is not read, nor a style inside the node that was added
    document.body.innerHTML = '<div><script>var minsk = 1;</script><p>Rail traffic resumed.</p></div>';
    expect(sampleNamesBelarus(document.body.firstChild)).toBe(false);
    expect(sampleNamesBelarus(document.querySelector('script'))).toBe(false);
  });

  it('decides every page as the whole sample does: Belarus and the topic words, anywhere in the first 60,000 characters', () => {
    const filler = '<p>Rail traffic resumed on three lines after repairs, the operator said.</p>'.repeat(400);
    const pages: [string, string, boolean][] = [
      ['City news', `${filler}<p>Lukashenko pardoned 30 prisoners.</p>`, true],
      ['City news', `<p>Lukashenko met officials.</p>${filler}<p>A governor pardoned 12 people.</p>`, true],
      ['Belarus today', filler, false],
      ['City news', `${filler}<p>A governor pardoned 12 people.</p>`, false],
      ['Belarus today', `${filler}<p>Rights groups say 1,100 political prisoners remain.</p>`, true],
    ];
    for (const [title, body, open] of pages) {
      page(title, body);
      expect(pageHasTopicCue(document)).toBe(open);
    }
  });
});

describe('pages about other countries\' pardons and prisoners', () => {
  it('stay shut: the checker is loaded only where Belarus is named too', () => {
    const onTopic = watch('Outgoing president issues a wave of pardons', '<h1>Outgoing president issues a wave of pardons</h1><p>The president pardoned 37 people; in Nicaragua 135 political prisoners were released.</p>');
    expect(onTopic).not.toHaveBeenCalled();
  });

  it('open when a later update names Belarus on a page that spoke of pardons', async () => {
    vi.useFakeTimers();
    const onTopic = watch('Live: pardons around the world', '<main><p>A governor pardoned 12 people on Monday.</p></main>');
    expect(onTopic).not.toHaveBeenCalled();
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>In Minsk, 20 more were freed today.</p>');
    await vi.advanceTimersByTimeAsync(GATE_LIMITS.maxWaitMs + 50);
    expect(onTopic).toHaveBeenCalledTimes(1);
  });
});
