import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HtmlTextExtractor, htmlToText } from '../../cli/html-text';

describe('HTML text as a browser shows it', () => {
  it('leaves out head, script, style, noscript, template, hidden and display:none content', () => {
    const page = readFileSync(new URL('../fixtures/cli/page.html', import.meta.url), 'utf8');
    expect(htmlToText(page)).toBe(
      [
        '新闻 & 评论',
        '他们在学习法輪功，法轮功也出现在实体里。',
        '但这里的李洪志看得见',
        '段落里的法',
        '轮功被块元素隔开',
        '第一项',
        '六四事件',
        '摘要',
      ].join('\n'),
    );
  });

  it('puts block elements and <br> on lines of their own and collapses whitespace as rendered', () => {
    expect(htmlToText('a <b> b</b>  \n c')).toBe('a b c');
    expect(htmlToText('<div>  one </div><div>two<br>three</div>')).toBe('one\ntwo\nthree');
    expect(htmlToText('a<br><br>b')).toBe('a\n\nb');
    expect(htmlToText('<table><tr><td>1</td><td>2</td></tr></table>')).toBe('1\n2');
    expect(htmlToText('<p>a</p>\n\n   <p>b</p>')).toBe('a\nb');
    expect(htmlToText('x&nbsp;&nbsp;y &lt;z&gt; &#x6CD5;')).toBe('x\u00a0\u00a0y <z> 法');
    expect(htmlToText('<pre>\n  x\n    y</pre>z')).toBe('  x\n    y\nz');
  });

  it('follows inherited visibility, the hidden attribute, closed <details> and inline display:none', () => {
    expect(
      htmlToText('<div style="visibility:hidden">a<span style="visibility:visible">b</span></div>'),
    ).toBe('b');
    expect(htmlToText('<div style="display:none"><span style="display:inline">a</span></div>b')).toBe('b');
    expect(htmlToText('<details><summary>s</summary>body</details>')).toBe('s');
    expect(htmlToText('<details open><summary>s</summary>body</details>')).toBe('s\nbody');
    expect(htmlToText('<span hidden="">a</span><span style="DISPLAY : None !important">b</span>c')).toBe('c');
    expect(htmlToText('<span style="display:nonesuch">a</span>')).toBe('a');
  });

  it('gives the same text when the HTML arrives in pieces, split anywhere', () => {
    const html = '<p>法<b>輪</b>功 &amp; x</p><script>no</script><div hidden>no</div><p>end  here</p>';
    const whole = htmlToText(html);
    for (let cut = 1; cut < html.length; cut++) {
      const x = new HtmlTextExtractor();
      expect(x.write(html.slice(0, cut)) + x.write(html.slice(cut)) + x.end()).toBe(whole);
    }
  });
});
