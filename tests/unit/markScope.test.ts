// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { markScopes, selectorFor } from '../../extension/content/markScope';

const holders = (selector: string) => [...document.querySelectorAll(selector)];

describe('where marks get their styles', () => {
  it('names the smallest part holding the figures by its id, or else its least shared class', () => {
    document.body.innerHTML = '<div class="page"><article class="story card" id="x-1"><div class="card body"><p>32</p><p><b>150</b></p></div></article>'
      + '<div class="card"></div><div class="card"></div></div>';
    expect(markScopes(holders('p, b'))).toEqual(['div.body']);
    expect(markScopes(holders('p:first-child'))).toEqual(['div.body']);
    // an id beats classes
    document.querySelector('.body')!.id = 'story-text';
    expect(markScopes(holders('p, b'))).toEqual(['div#story-text']);
  });

  it('climbs past elements it cannot name, and stops at <main> or <article>', () => {
    document.body.innerHTML = '<main><div><p>32</p></div><div><p>150</p></div></main><footer><p>1</p></footer>';
    expect(markScopes(holders('main p'))).toEqual(['main']);
    expect(selectorFor(document.querySelector('main p')!)).toBe('main');
    // figures in and outside <main>: only the whole page holds them
    expect(markScopes(holders('p'))).toEqual([':root']);
  });

  it('keeps headings apart: a headline outside the story does not widen the story\'s part to the page', () => {
    document.body.innerHTML = '<header><h1>Belarus frees <span>32</span></h1></header><div class="story"><p>32</p><p>150</p></div>';
    expect(markScopes(holders('h1, .story p'))).toEqual(['h1', 'div.story']);
    // a figure in a heading's own inline element is held by that element, not the heading
    expect(markScopes(holders('span, .story p'))).toEqual([':root']);
  });

  it('passes over ids and classes that are not plain identifiers', () => {
    document.body.innerHTML = '<main><div id="1st" class="w-1/2 md:flex"><p>32</p></div></main>';
    expect(markScopes(holders('p'))).toEqual(['main']);
  });
});
