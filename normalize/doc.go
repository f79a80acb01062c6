// Package normalize turns printed words into values: time expressions into ISO intervals,
// status phrases into a closed set of values, cells of responsible units into unit names; and
// it defines the JSON schema of items.jsonl and documents.jsonl (schema.go). It does not find
// items in documents (package extract/items does, and calls this package for every value it
// reports), it reads no files and it keeps no state between calls.
//
// # Time
//
// ParseDue reads a table cell ("By end 2019", "2019–20", "Starting January 2000",
// "Continuously"); FindTimes finds every time expression in running text, with the bound word
// that ties it to the sentence ("by", "until", "in", "for", ...), so that callers can tell a
// deadline from a description. Both run one token grammar (grammar.go, sessions.go,
// relative.go) rather than one large regular expression: whether "2020" is a year depends on
// its neighbours ("A/RES/2020/1", "No. 2020", "US$2020 million", "+41 22 799 2020" are not).
//
// Conventions (docs/output.md): End is the last day an expression allows, Start the first day
// where it names one; both are null for wording with no bound ("Continuously", "As
// required"). Precision is day, month, quarter, half, year, biennium, session or relative.
// Decisions beyond that table:
//
//   - "until 2021" ends 2020-12-31: the state lasts until 2021 begins ("will not change until
//     2021"). "until 31 January 2024" and "until the end of 2020" are inclusive.
//   - "before X" ends the day before X starts; "after X" starts the day after X ends.
//   - "mid-2020" is an instant: end 2020-06-30, no start, precision half; "mid-March 2019" ends
//     on the 15th. "early 2024" is the first half, "late 2023" the second; "early March" is
//     1–15 March. "the beginning of 2021" is January 2021.
//   - A month or a day without a year ("By September", "by 31 January") is the first one that
//     starts after the document's date: "By September" on 28 September 1999 is 2000-09-30. A
//     quarter without a year ("by Q4") is the first one not yet ended at the document's date.
//   - Relative wordings count from the document's date: "within 18 months" ends 18 months
//     after it; "in the coming months" 6 months, "coming weeks" 2 months, "coming years" and
//     "next few years" 3 years, "the near future" a year, all marked Vague. "next year" is the
//     calendar year after. Without a document date they keep the text and have no bounds.
//   - A two-year range starting in an even year is a biennium when "biennium", "budget" or
//     "P&B" stands beside it ("Programme and Budget for 2026–27", "the 2024–25 biennium").
//   - Session references resolve through the calendar (calendar.tsv, or a Calendar merged
//     with a run's own TSV): "at its 356th Session" ends on the session's last day, precision
//     session, Due.Calendar "GB.356, March 2026". Ordinals from 200 up are Governing Body
//     sessions; below 200 the Conference's (its Nth session is held in about 1912+N) or the UN
//     General Assembly's (1945+N), whichever falls nearer the document's date (the Conference
//     without a date), unless "of the Governing Body", "of the Conference" or "of the General
//     Assembly" says which. Spelled ordinals ("eightieth", "seventy-ninth") are read. The
//     General Assembly's Nth regular session runs from September of 1945+N; its main part,
//     which "at its Nth session" names, ends in December. "GB.352" is a session,
//     "GB.352/INS/1" a document symbol.
//   - An Executive Board's sessions are named by year: "the first regular session 2027", "the
//     annual session 2026", "the second regular session of 2025". The board is the one named
//     just before (UNICEF; UNDP, UNFPA or UNOPS), else the calendar's board (WithBoard: the
//     board whose paper is read), else UNDP/UNFPA/UNOPS's. "at the beginning of the
//     eighty-third session" ends on the session's first day; "the main part of" and "the end
//     of" a session are the session.
//   - A four-digit number is a year only between 1900 and 2099, and not when glued to a symbol
//     ("A/75/2020"), after "No.", "para.", "page", "Article", a currency, or before "million",
//     "per cent", "workers" and other units of count.
//   - "X onwards", "X and beyond" is a start. "End of 2021/early 2022" offers two ends; the
//     later one counts. A duration counted from an event ("within 6 months of approval") has
//     no bounds: the event's date is not the document's.
//   - A session's date printed beside it ("at its 94th Session (November–December 2023)")
//     beats the calendar when the two disagree: committees number their sessions too.
//   - Month names must be capitalized in running text ("May" the month, "may" the verb), and a
//     month alone needs a bound word ("in May"); in a cell (ParseDue) any case is read and a
//     capitalized month alone ("December") is a time.
//
// A cell with several expressions: ParseDue documents its ranking (a deadline wins over a
// period, a period over a start, and a description alone gives no bound).
package normalize
