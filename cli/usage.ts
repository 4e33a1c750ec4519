export const USAGE = `Usage:
  clausemark scan [options] [FILE...]   match documents against the clauses (stdin when no FILE; "-" is stdin)
  clausemark clauses                     list clause ids with their locators and labels
  clausemark --help

Input (scan):
  --input text     each FILE is one document, id = the file name (default); read in chunks, any size
  --input html     each FILE is one HTML document; matched on its text as a browser shows it
  --input jsonl    one document per line: {"id": "...", "text": "..."} or {"id": "...", "html": "..."}

Output (scan), to stdout:
  --format jsonl   one line per document: {"id", "matches": [{"start", "end", "text", "term", "base",
                   "clauses", "implied", "steps", ...}], "chars", "counts": {"<clause id>": n}} (default)
                   offsets and chars count UTF-16 code units of the document's text (for HTML: its
                   rendered text)
  --format csv     one row per match, the document id first, with a header row (RFC 4180, UTF-8)

Lexicons:
  --lexicon FILE   also match with a lexicon file (clausemark-lexicon/1 JSON); repeatable
  --no-default     do not use the default lexicon
  --pack FILE      also match with a keyword list: CSV with a keyword (keyword/word/term) and a category
                   (category/theme) column, or plain text with one keyword per line; "A+B" means A and B
                   in one sentence; repeatable
  --map 'CATEGORY=CLAUSE_ID[,CLAUSE_ID...]'
                   which clauses a category of the --pack lists falls under; "*" for every category
                   not mapped otherwise and for plain-text lists; repeatable
  --pack-config FILE
                   the mapping as JSON: {"category": ["clause id", ...]}; --map adds to it
  --skip-unmapped  leave out keywords of unmapped categories instead of failing
  --enable-documents ID[,ID...]
                   also report implied clauses of these documents (isc-convention-2002,
                   bj-app-convention-2014)

Exit status: 0 all documents scanned; 1 some documents could not be read (each reported on stderr,
the others scanned); 2 bad command line, lexicon or keyword list (nothing scanned); 3 internal error.
`;
