import { describe, expect, it } from 'vitest'

import { htmlToText } from '../../../src/core/text/html-to-text'

const PAGE = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Innovation &amp; Growth | China Daily</title>
<meta property="article:published_time" content="2025-03-08T09:30:00+08:00">
<script>var s = "<p>not text</p>"; document.write('evil')</script>
<style>p { color: red }</style></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<header><div class="logo">Site banner</div></header>
<div id="content">
  <h1>Innovation   drives growth</h1>
  <p>New quality productive forces are&nbsp;key.
     They need <b>sci-tech</b> <a href="/x">innovation</a>.</p>
  <p>Line one<br>Line two</p>
  <ul><li>First item</li><li>Second item</li></ul>
  <table><tr><th>Year</th><th>Growth</th></tr><tr><td>2024</td><td>5.0%</td></tr></table>
  <p>Entities: &lt;tag&gt; &ldquo;quoted&rdquo; &#26032;&#x8D28; caf&eacute;</p>
  <div hidden>Hidden text</div>
  <noscript>Enable JavaScript</noscript>
</div>
<aside>Related stories</aside>
<footer>Copyright 2025</footer>
<!-- a comment -->
</body></html>`

describe('htmlToText', () => {
  const result = htmlToText(PAGE)

  it('takes the <title> and the publication date', () => {
    expect(result.title).toBe('Innovation & Growth | China Daily')
    const withH1 = htmlToText('<title>Headline here | China Daily</title><h1>Headline here</h1><p>Text.</p>')
    expect(withH1.title).toBe('Headline here')
    expect(result.date).toBe('2025-03-08')
  })

  it('turns block elements into paragraphs and keeps inline text flowing', () => {
    expect(result.text.split('\n\n')).toEqual([
      'Innovation drives growth',
      'New quality productive forces are key. They need sci-tech innovation.',
      'Line one\nLine two',
      'First item',
      'Second item',
      'Year\tGrowth',
      '2024\t5.0%',
      'Entities: <tag> “quoted” 新质 café'
    ])
  })

  it('drops scripts, styles, navigation, header, footer, asides, hidden parts and comments', () => {
    for (const junk of [
      'not text',
      'evil',
      'color',
      'Home',
      'Site banner',
      'Related',
      'Copyright',
      'Hidden',
      'JavaScript',
      'comment',
      'DOCTYPE'
    ]) {
      expect(result.text).not.toContain(junk)
    }
  })

  it('prefers <article> content and falls back to <h1> for the title', () => {
    const page = '<body><div>Menu stuff</div><article><h1>Headline</h1><p>Story.</p></article></body>'
    const r = htmlToText(page)
    expect(r).toEqual({ title: 'Headline', date: null, text: 'Headline\n\nStory.' })
  })

  it('handles fragments, empty input and very deep nesting', () => {
    expect(htmlToText('Just <i>text</i>').text).toBe('Just text')
    expect(htmlToText('')).toEqual({ title: null, date: null, text: '' })
    const deep = '<div>'.repeat(5000) + 'deep' + '</div>'.repeat(5000)
    expect(htmlToText(deep).text).toBe('deep')
  })
})

describe('htmlToText: malformed input', () => {
  it.each([
    '<p>unclosed <b>bold <i>italic',
    '</div></div>stray closers</p>',
    '<p attr="unterminated>text</p>',
    '<<<>>> &bogus; &#xFFFFFFFF; &#0;',
    '<script>never closed',
    '<!-- never closed comment <p>x</p>',
    '<table><td>cell without row</td>'
  ])('%j does not throw and yields no markup', (html) => {
    const { text } = htmlToText(html)
    expect(text).not.toMatch(/<\/?(p|b|i|div|table|td|script)\b/)
  })
})
