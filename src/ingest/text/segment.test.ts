import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { joinLines, normaliseChars, vocabulary } from './normalise.js';
import { isFurniture } from './page-furniture.js';
import { segmentDocument } from './segment.js';

describe('text repair', () => {
  const cases: [string, string[], string, string][] = [
    ['re-joins a word hyphenated at a line end', ['the imple-', 'mentation of'], '', 'the implementation of'],
    ['keeps the hyphen of a compound the document writes whole', ['the follow-', 'up mechanism'], 'a follow-up visit', 'the follow-up mechanism'],
    ['keeps a hyphen before a capital', ['non-', 'Governmental'], '', 'non- Governmental'],
    ['repairs a compound split by a stray space when the document writes it whole', ['protect asylum- seekers'], 'asylum-seekers', 'protect asylum-seekers'],
    ['leaves suspended hyphens alone', ['short-, medium- and long-term'], 'long-term', 'short-, medium- and long-term'],
    ['joins with single spaces, never doubled or lost', ['  Slovenia   ratified  ', 'the Convention.'], '', 'Slovenia ratified the Convention.'],
  ];
  for (const [name, lines, doc, want] of cases) it(name, () => assert.equal(joinLines(lines, vocabulary(doc)), want));

  it('replaces ligatures, non-breaking spaces and soft hyphens', () => {
    assert.equal(normaliseChars('ﬁnancial ﬂows\u00A0of e\u00ADducation'), 'financial flows of education');
  });

  it('recognises running heads, page numbers, print codes and bar codes as page furniture', () => {
    for (const line of ['GE.19-23444(E)', 'GE.14-23930 (E)', 'GE:09-17825', '*1923444*', '12', 'A/HRC/WG.6/34/SVN/1', 'Page 3', 'A/HRC/8/29', 'GE.12-17781 (E)   291112', 'A/HRC/11/18*']) {
      assert.ok(isFurniture(line, 'A/HRC/WG.6/34/SVN/1'), line);
    }
    for (const line of ['1.    The present report was prepared', 'Slovenia', '86.1 Ratify the Convention (France);']) {
      assert.ok(!isFurniture(line, 'A/HRC/WG.6/34/SVN/1'), line);
    }
  });
});

describe('segmentDocument', () => {
  const page1 = [
    'A/HRC/WG.6/34/SVN/2',
    '',
    '      I. Background',
    '            1.     The present report was prepared pursuant to resolutions 5/1 and 16/21. It is a',
    '            compilation of information.1',
    '            2.     It was recommended that Slovenia ratify the Convention on the Reduction of',
    '            Statelessness. 2 The Committee recommended that Slovenia adopt a compre-',
    '            hensive strategy under article 297 of the Penal Code.3',
    '       1.   Equality and non-discrimination',
    '            3.     The same Committee recommended that Slovenia take measures',
    '',
    '2                                        GE.19-14911',
  ].join('\n');
  const page2 = [
    '                                                                    A/HRC/WG.6/34/SVN/2',
    '            against hate speech.',
    '            86.1   Ratify the Optional Protocol (Portugal);',
    '            86.2   Combat hate speech (Germany);',
    '            _______________',
    '             1 See A/HRC/28/15, para. 115.',
    '             2 CERD/C/SVN/CO/8-11, para. 18,',
    '               and CEDAW/C/SVN/CO/5-6.',
    '             3 E/C.12/SVN/CO/2.',
  ].join('\n');
  const doc = segmentDocument([page1, page2], 'A/HRC/WG.6/34/SVN/2');

  it('numbers paragraphs as printed, with their page, and keeps out-of-sequence headings apart', () => {
    assert.deepEqual(doc.paragraphs.map((p) => [p.number, p.page]), [[null, 1], ['1', 1], ['2', 1], [null, 1], ['3', 1], ['86.1', 2], ['86.2', 2]]);
  });

  it('joins a paragraph across a page break without the running head or print code', () => {
    assert.equal(doc.paragraphs[4]!.text, 'The same Committee recommended that Slovenia take measures against hate speech.');
  });

  it('takes footnote numbers out of the text and lists the footnotes apart', () => {
    const p2 = doc.paragraphs[2]!;
    assert.deepEqual(p2.footnoteRefs, [2, 3]);
    assert.equal(p2.text, 'It was recommended that Slovenia ratify the Convention on the Reduction of Statelessness. The Committee recommended that Slovenia adopt a comprehensive strategy under article 297 of the Penal Code.');
    assert.deepEqual(doc.paragraphs[1]!.footnoteRefs, [1]);
    assert.deepEqual(doc.footnotes, [
      { number: '1', page: 2, text: 'See A/HRC/28/15, para. 115.' },
      { number: '2', page: 2, text: 'CERD/C/SVN/CO/8-11, para. 18, and CEDAW/C/SVN/CO/5-6.' },
      { number: '3', page: 2, text: 'E/C.12/SVN/CO/2.' },
    ]);
  });

  it('keeps the page count and writes the normalised full text with paragraph numbers', () => {
    assert.equal(doc.pages.length, 2);
    assert.match(doc.text, /^I\. Background\n\n1\. The present report/);
    assert.match(doc.text, /\n\nNotes\n\n1 See A\/HRC\/28\/15, para\. 115\./);
  });

  it('finds page-foot notes printed without a rule, and the asterisk note of the title page', () => {
    const filler = Array.from({ length: 8 }, () => '            more text of the paragraph');
    const first = ['            Report of the Working Group*', '            Slovenia', ...filler, '          * The annex is circulated as received.'].join('\n');
    const second = ['            1.     The Working Group held its session.1', ...filler, '', '          1   A/HRC/43/15.', '          2   Not a note: the next is 2 but nothing cites it.'].join('\n');
    const d = segmentDocument([first, second]);
    assert.deepEqual(d.footnotes.map((f) => [f.number, f.page]), [['*', 1], ['1', 2], ['2', 2]]);
    assert.deepEqual(d.paragraphs.find((p) => p.number === '1')!.footnoteRefs, [1]);
    assert.ok(!d.text.includes('circulated as received.\n\n1.'), 'the note is not body text');
  });
});
