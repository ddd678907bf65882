/**
 * The knowledge page (knowledge.html): everything the bundled KB holds, for a reader who asks "says who?".
 * A fact's entry is reachable as knowledge.html#<fact id> (e.g. #r6.women), a source article's as #source-<id>.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { bundledKnowledge as kb } from '../../extension/engine/bundledKnowledge';
import { describeWindow, formatCount } from '../../extension/engine/time';
import type { Fact, SourceSpan } from '../../extension/engine/types';
import { knowledgeVersion } from '../../extension/export/claimRows';
import { t } from '../../extension/i18n/i18n';
import { RunningTotalChart } from './Chart';
import {
  articleName, articleOf, describeLabel, describeMeans, describeRoundTime, describeShare, describeValue, factGroups, formatDay, kindLabel, prisonerCounts, roundViews,
  type ArticleView,
} from './model';

const rounds = roundViews(kb);
const groups = factGroups(kb);
const held = prisonerCounts(kb);
const maxSize = Math.max(...rounds.map((r) => r.size?.value ?? 0));

/** The element the address points at (#r6.women), kept in state: entries are drawn after the browser looked for it. */
function useTargetId(): string | null {
  const read = () => (location.hash.length > 1 ? decodeURIComponent(location.hash.slice(1)) : null);
  const [target, setTarget] = useState(read);
  useEffect(() => {
    const follow = () => setTarget(read());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  useEffect(() => {
    const element = target ? document.getElementById(target) : null;
    element?.scrollIntoView({ block: 'start' });
    element?.focus({ preventScroll: true });
  }, [target]);
  return target;
}

export function App() {
  const target = useTargetId();
  return (
    <>
      <header class="page-header">
        <h1>{t('knowledgeTitle')}</h1>
        <p class="lede">
          The figures the extension checks pages against: {rounds.length} releases of political prisoners in Belarus (pardon decrees, releases
          negotiated with other governments, and single releases), from {describeRoundTime(rounds[0].round)} to{' '}
          {describeRoundTime(rounds[rounds.length - 1].round).replace(/ \(.*/, '')}, the prisoner counts around them, and where each figure stands
          in the {kb.articles.length} source articles.
        </p>
        <p class="muted version">
          {kb.facts.length} facts · knowledge base version {knowledgeVersion(kb)}
        </p>
        <nav aria-label={t('knowledgeNav')}>
          <ul>
            <li><a href="#kb-rounds">{t('knowledgeNavRounds')}</a></li>
            <li><a href="#kb-total">{t('knowledgeNavTotal')}</a></li>
            <li><a href="#kb-held">{t('knowledgeNavHeld')}</a></li>
            <li><a href="#kb-horizon">{t('knowledgeNavHorizon')}</a></li>
            <li><a href="#kb-ledger">{t('knowledgeNavLedger')}</a></li>
            <li><a href="#kb-facts">{t('knowledgeNavFacts')}</a></li>
            <li><a href="#kb-sources">{t('knowledgeNavSources')}</a></li>
          </ul>
        </nav>
      </header>
      <main>
        <Section id="kb-rounds" title={t('knowledgeRoundsTitle')}>
          <ol class="timeline" data-list="rounds">
            {rounds.map(({ round, size, total, composition }) => (
              <li key={round.round} class="round" data-round={round.round}>
                <h3>
                  Round {round.round} <span class="when">{describeRoundTime(round)}</span> <span class="means muted">{describeMeans(round)}</span>
                </h3>
                {round.title && <p class="round-title">{round.title}</p>}
                <p class="size">
                  <FactLink fact={size}>{size ? `${formatCount(size.value)} ${round.pardon === false ? 'freed' : 'pardoned'}` : 'size not known'}</FactLink>
                  {total && (
                    <>
                      {' · '}
                      <FactLink fact={total}>{formatCount(total.value)} in all since July 2024</FactLink>
                    </>
                  )}
                </p>
                {size && <span class="bar" style={{ width: `${(size.value / maxSize) * 100}%` }} aria-hidden="true" />}
                {composition.length > 0 ? (
                  <ul class="composition" aria-label={`Among those pardoned in round ${round.round}`}>
                    {composition.map((fact) => (
                      <li key={fact.id}>
                        <FactLink fact={fact}>{describeShare(fact)}</FactLink>
                        {fact.derivedFrom && <span class="computed"> (computed)</span>}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p class="muted">The sources give no breakdown of this round.</p>
                )}
                {round.names?.length ? (
                  <p class="names">
                    Named: {round.names.map((n, i) => (
                      <span key={n.name}>{i > 0 && ', '}{n.name}{n.note ? ` (${n.note})` : ''}</span>
                    ))}
                  </p>
                ) : null}
                {round.dates && (
                  <p class="dates muted">
                    {Object.entries(round.dates).map(([what, day]) => `${what} ${formatDay(day)}`).join(' · ')}
                  </p>
                )}
                <p class="reasoning">When: {round.timeReasoning}</p>
              </li>
            ))}
          </ol>
        </Section>

        <Section id="kb-total" title={t('knowledgeTotalTitle')}>
          <RunningTotalChart rounds={rounds} horizon={kb.horizon} />
          <table data-table="running-total">
            <caption>The chart's figures</caption>
            <thead>
              <tr><th scope="col">Round</th><th scope="col">When</th><th scope="col">Pardoned</th><th scope="col">Running total</th></tr>
            </thead>
            <tbody>
              {rounds.map(({ round, size, total }) => (
                <tr key={round.round}>
                  <th scope="row">{round.round}</th>
                  <td>{describeRoundTime(round)}</td>
                  <td class="num">{size ? formatCount(size.value) : '—'}</td>
                  <td class="num">{total ? formatCount(total.value) : '—'}{total?.derivedFrom ? ' (computed)' : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>

        <Section id="kb-held" title={t('knowledgeHeldTitle')}>
          <p>Monitors count differently and at different times, so their figures differ without contradicting each other; the extension judges a page's count against the counts of around the page's date.</p>
          <table data-table="held">
            <thead>
              <tr><th scope="col">Monitor</th><th scope="col">Count</th><th scope="col">As of</th><th scope="col">Source</th></tr>
            </thead>
            <tbody>
              {held.map((fact) => (
                <tr key={fact.id}>
                  <th scope="row">{fact.attributedTo ?? 'not named'}</th>
                  <td class="num"><FactLink fact={fact}>{describeValue(fact)}</FactLink></td>
                  <td>{fact.window ? describeWindow(fact.window) : '—'}</td>
                  <td><Provenance fact={fact} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>

        <Section id="kb-horizon" title={t('knowledgeHorizonTitle')}>
          <p class="horizon">
            The KB is complete up to <strong>{formatDay(kb.horizon)}</strong>, the earliest date its latest report can have been written. A page dated later may report rounds the KB has never seen: its round figures are judged only when they name a round the KB knows (its size, or a make-up that agrees in every figure), and are otherwise left unverifiable.
          </p>
          <p>{kb.horizonReasoning}</p>
        </Section>

        <Section id="kb-ledger" title={t('knowledgeLedgerTitle')}>
          <p>Statements in the source articles that the KB does not take over, and what it holds instead.</p>
          <table data-table="ledger">
            <thead>
              <tr><th scope="col">Source</th><th scope="col">What it says</th><th scope="col">What the KB holds</th><th scope="col">Why</th></tr>
            </thead>
            <tbody>
              {kb.nameErrors?.map((error) => (
                <tr key={`${error.file}-${error.name}`}>
                  <th scope="row">
                    <ArticleRef file={error.file} />
                    {error.location && <span class="offsets">characters {error.location.start}–{error.location.end}</span>}
                  </th>
                  <td>{error.name} among those of round {error.placedIn}</td>
                  <td>{error.actually ? `round ${error.actually}` : 'another release'}</td>
                  <td>{error.why}</td>
                </tr>
              ))}
              {kb.sourceErrors.map((error) => (
                <tr key={`${error.file}-${error.location?.start ?? error.stated}`}>
                  <th scope="row">
                    <ArticleRef file={error.file} />
                    {error.location && <span class="offsets">characters {error.location.start}–{error.location.end}</span>}
                  </th>
                  <td>
                    <span class="num stated">{formatCount(error.stated)}</span> {kindLabel(kb, error.kind)}
                  </td>
                  <td><span class="num corrected">{formatCount(error.corrected)}</span></td>
                  <td>{error.why}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>

        <Section id="kb-facts" title={t('knowledgeFactsTitle')}>
          {groups.map((group) => (
            <section key={group.id} id={group.id} aria-labelledby={`${group.id}-title`} class="fact-group">
              <h3 id={`${group.id}-title`}>{group.title}</h3>
              <ul class="facts">
                {group.facts.map((fact) => (
                  <li key={fact.id} id={fact.id} tabIndex={-1} class={`fact${target === fact.id ? ' targeted' : ''}`} data-fact={fact.id}>
                    <p class="fact-value">
                      <strong>{describeValue(fact)}</strong> {describeLabel(fact)}
                      {fact.window && <span class="muted"> · {describeWindow(fact.window)}</span>}
                      {fact.attributedTo && <span class="muted"> · according to {fact.attributedTo}</span>}
                    </p>
                    <p class="fact-sources">
                      <Provenance fact={fact} />
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </Section>

        <Section id="kb-sources" title={t('knowledgeSourcesTitle')}>
          <p>The KB was built from these reports. Their text is not part of the extension: each figure above names the article and the characters where it stands.</p>
          <ul class="articles">
            {kb.articles.map((article: ArticleView) => (
              <li key={article.id} id={`source-${article.id}`} tabIndex={-1} class={target === `source-${article.id}` ? 'targeted' : undefined}>
                <p>
                  <strong>{articleName(article)}</strong> <span class="muted">source {article.id} · file {article.file}</span>
                </p>
                {article.outlet && article.cite !== article.outlet && <p class="muted">{article.outlet}{article.lang ? ` · ${article.lang}` : ''}</p>}
                {!article.outlet && <p class="muted">The article does not name its outlet in its text, and the KB records none.</p>}
                <p>
                  {article.aboutRound !== null ? `Reports round ${article.aboutRound}` : 'Reports counts, no round'};{' '}
                  {article.written.from === article.written.to ? `written on ${formatDay(article.written.from)}` : `written between ${formatDay(article.written.from)} and ${formatDay(article.written.to)}`}. {article.timeReasoning}
                </p>
              </li>
            ))}
          </ul>
        </Section>
      </main>
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

function FactLink({ fact, children }: { fact: Fact | undefined; children: ComponentChildren }) {
  return fact ? <a href={`#${fact.id}`}>{children}</a> : <>{children}</>;
}

function ArticleRef({ file }: { file: string }) {
  const article = articleOf(kb, file);
  return article ? <a href={`#source-${article.id}`}>{articleName(article)}</a> : <>{file}</>;
}

/** Where the fact stands in each source, or what it is computed from. */
function Provenance({ fact }: { fact: Fact }) {
  const spans = fact.provenance ?? [];
  if (spans.length === 0) {
    const from = [...new Set([...fact.statedIn, ...(fact.basedOn ?? [])])];
    return (
      <span class="provenance">
        Computed{fact.derivedFrom ? `: ${fact.derivedFrom}` : ''}
        {from.length > 0 && (
          <>
            {' '}(from{' '}
            {from.map((id, i) => (
              <span key={id}>{i > 0 && ', '}<ArticleRef file={id} /></span>
            ))}
            )
          </>
        )}
      </span>
    );
  }
  const byFile = new Map<string, SourceSpan[]>();
  for (const span of spans) byFile.set(span.file, [...(byFile.get(span.file) ?? []), span]);
  return (
    <span class="provenance">
      {[...byFile].map(([file, at], i) => (
        <span key={file}>
          {i > 0 && '; '}
          <ArticleRef file={file} />, characters {at.map((s) => `${s.start}–${s.end}`).join(', ')}
        </span>
      ))}
    </span>
  );
}
