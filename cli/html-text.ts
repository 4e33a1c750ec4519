import { Parser } from 'htmlparser2';
import {
  BLOCK,
  NOT_RENDERED,
  PREFORMATTED,
  RE_COLLAPSIBLE,
  RE_DISPLAY_NONE,
  RE_VISIBILITY,
} from './html-elements';

interface Frame {
  name: string;
  /** display: none on it or an ancestor: nothing inside is rendered, whatever its own styles say */
  gone: boolean;
  /** visibility: inherited, so a visible child of a hidden element shows again */
  invisible: boolean;
  pre: boolean;
  /** a <details> without open: only its <summary> is shown */
  closedDetails: boolean;
}

/**
 * Extracts the text of HTML as a browser would render it: no script, style, head or hidden content; block
 * elements and <br> on lines of their own; entities decoded; whitespace collapsed except in <pre>. Works
 * on a stream: feed pieces of HTML with write() and take the text produced so far from each call.
 */
export class HtmlTextExtractor {
  private readonly parser: Parser;
  private readonly stack: Frame[] = [
    { name: '', gone: false, invisible: false, pre: false, closedDetails: false },
  ];
  private out = '';
  /** whether anything but line breaks has been written on the current line */
  private lineHasText = false;
  private anyText = false;
  private pendingBreak = false;
  private pendingSpace = false;
  private preStart = false;

  constructor() {
    this.parser = new Parser(
      {
        onopentag: (name, attribs) => this.open(name, attribs),
        onclosetag: (name) => this.close(name),
        ontext: (text) => this.text(text),
      },
      { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
    );
  }

  private get top(): Frame {
    return this.stack[this.stack.length - 1] as Frame;
  }

  private open(name: string, attribs: Record<string, string>) {
    const parent = this.top;
    const style = attribs.style ?? '';
    const visibility = RE_VISIBILITY.exec(style)?.[1]?.toLowerCase();
    const gone =
      parent.gone ||
      (parent.closedDetails && name !== 'summary') ||
      NOT_RENDERED.has(name) ||
      'hidden' in attribs ||
      RE_DISPLAY_NONE.test(style);
    this.stack.push({
      name,
      gone,
      invisible: visibility ? visibility !== 'visible' : parent.invisible,
      pre: parent.pre || PREFORMATTED.has(name),
      closedDetails: name === 'details' && !('open' in attribs),
    });
    if (gone) return;
    if (name === 'br') this.lineBreak();
    else if (BLOCK.has(name)) this.blockBoundary();
    if (PREFORMATTED.has(name)) this.preStart = true;
  }

  private close(name: string) {
    let at = this.stack.length - 1;
    while (at > 0 && this.stack[at]?.name !== name) at--;
    if (at === 0) return;
    const frame = this.stack[at] as Frame;
    this.stack.length = at;
    if (!frame.gone && BLOCK.has(name)) this.blockBoundary();
  }

  private text(raw: string) {
    const f = this.top;
    if (f.gone || f.closedDetails || f.invisible) return;
    if (f.pre) {
      let t = raw.replace(/\r\n?/g, '\n');
      if (this.preStart && t.startsWith('\n')) t = t.slice(1);
      this.preStart = false;
      if (!t) return;
      this.startText();
      this.out += t;
      const nl = t.lastIndexOf('\n');
      this.lineHasText = nl < 0 ? true : nl < t.length - 1;
      return;
    }
    this.preStart = false;
    const collapsed = raw.replace(RE_COLLAPSIBLE, ' ');
    if (collapsed === ' ') {
      if (this.lineHasText) this.pendingSpace = true;
      return;
    }
    if (!collapsed) return;
    if (collapsed.startsWith(' ') && this.lineHasText) this.pendingSpace = true;
    // Only collapsible spaces are trimmed: a no-break space (&nbsp;) is text and stays.
    const body = collapsed.slice(collapsed.startsWith(' ') ? 1 : 0, collapsed.endsWith(' ') ? -1 : undefined);
    this.startText();
    this.out += body;
    this.lineHasText = true;
    if (collapsed.endsWith(' ')) this.pendingSpace = true;
  }

  /** Writes a pending line break or space before visible text. */
  private startText() {
    if (this.pendingBreak && this.anyText) this.out += '\n';
    else if (this.pendingSpace && this.lineHasText) this.out += ' ';
    if (this.pendingBreak) this.lineHasText = false;
    this.pendingBreak = false;
    this.pendingSpace = false;
    this.anyText = true;
  }

  private blockBoundary() {
    if (this.lineHasText) this.pendingBreak = true;
    this.pendingSpace = false;
  }

  private lineBreak() {
    if (this.pendingBreak && this.anyText) this.out += '\n';
    this.pendingBreak = false;
    this.pendingSpace = false;
    this.out += '\n';
    this.anyText = true;
    this.lineHasText = false;
  }

  /** Parses a piece of HTML and returns the text it completed. */
  write(html: string): string {
    this.parser.write(html);
    return this.take();
  }

  /** Ends the document and returns the remaining text. */
  end(): string {
    this.parser.end();
    return this.take();
  }

  private take(): string {
    const t = this.out;
    this.out = '';
    return t;
  }
}

/** The rendered text of a whole HTML document. */
export function htmlToText(html: string): string {
  const x = new HtmlTextExtractor();
  return x.write(html) + x.end();
}
