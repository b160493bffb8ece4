import { strict as assert } from 'node:assert';
import { annotate } from '../../../src/core';
import { annotationAt, flagEmoji, hoverMarkdown, summaryTitle } from '../../../src/extension/presentation/entityPresentation';

const TEXT = 'Presiden Iran Ebrahim Raisi menargetkan dagang 100 juta dolar AS dengan Belarus. Raisi optimistis.';
const LINKS = { findAll: 'command:find', next: 'command:next' };
const countryName = (code: string) => ({ IR: 'Iran', BY: 'Belarus' })[code];

describe('entity presentation', () => {
  const document = annotate(TEXT);
  const at = (text: string) => annotationAt(document, TEXT.indexOf(text) + 1)!;

  it('makes flag emoji from ISO codes', () => {
    assert.equal(flagEmoji('ID'), '🇮🇩');
    assert.equal(flagEmoji('ir'), '');
    assert.equal(flagEmoji(undefined), '');
  });

  it('finds the innermost mention at an offset, and none on plain words', () => {
    assert.equal(at('Ebrahim').text, 'Ebrahim Raisi');
    assert.equal(at('AS dengan').text, 'AS');
    assert.equal(annotationAt(document, TEXT.indexOf('menargetkan')), undefined);
  });

  it('writes a leader hover with role, flag, country and mention count', () => {
    const markdown = hoverMarkdown(document, at('Ebrahim'), LINKS, countryName);
    assert.match(markdown, /\*\*Ebrahim Raisi\*\* — leader/);
    assert.match(markdown, /Presiden Iran · 🇮🇷 Iran/);
    assert.match(markdown, /2 mentions in this document · \[Find all\]\(command:find\) · \[Next\]\(command:next\)/);
    assert.doesNotMatch(markdown, /<[a-z]/i, 'no HTML');
  });

  it('writes an amount both ways and a country with its codes', () => {
    assert.match(hoverMarkdown(document, at('100 juta'), LINKS, countryName), /100\.000\.000 USD · US\$100 million/);
    const country = hoverMarkdown(document, at('Belarus.'), LINKS, countryName);
    assert.match(country, /ISO 3166: `BY`/);
    assert.match(country, /Capital: Minsk/);
  });

  it('sums the article up', () => {
    assert.equal(summaryTitle(document), '1 leader · 3 countries · 1 amount');
  });
});
