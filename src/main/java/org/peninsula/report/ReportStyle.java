package org.peninsula.report;

/**
 * The report's only style sheet, inlined so the HTML file needs nothing else. Large type and
 * strong contrast for a projector; a print block for paper.
 */
final class ReportStyle {

  private ReportStyle() {}

  static final String CSS = """
      :root { color-scheme: light; }
      * { box-sizing: border-box; }
      html { font-size: 20px; }
      body {
        margin: 0 auto; padding: 1.5rem 2rem 3rem; max-width: 62rem;
        font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif;
        line-height: 1.5; color: #111; background: #fff;
      }
      header { border-bottom: 4px solid #0072B2; margin-bottom: 1.5rem; }
      h1 { font-size: 2.1rem; line-height: 1.2; margin: 0.5rem 0 0.4rem; }
      .subtitle { font-size: 1.1rem; color: #333; margin: 0 0 1rem; }
      h2 { font-size: 1.6rem; margin: 2.4rem 0 0.8rem; padding-bottom: 0.2rem;
           border-bottom: 2px solid #ccc; }
      h3 { font-size: 1.25rem; margin: 1.6rem 0 0.6rem; }
      p { margin: 0 0 1rem; max-width: 48rem; }
      nav { background: #f4f4f4; border-left: 6px solid #0072B2; padding: 0.6rem 1.2rem;
            margin: 0 0 1.5rem; }
      nav ol { margin: 0.3rem 0; padding-left: 1.4rem; }
      a { color: #005a8c; }
      table { border-collapse: collapse; margin: 0.4rem 0 1.6rem; font-size: 0.95rem;
              font-variant-numeric: tabular-nums; }
      caption { caption-side: top; text-align: left; font-weight: bold; padding: 0 0 0.4rem; }
      th, td { border: 1px solid #999; padding: 0.3rem 0.7rem; text-align: left;
               vertical-align: top; }
      th { background: #e6e6e6; }
      tbody tr:nth-child(even) { background: #f6f6f6; }
      td.num { text-align: right; white-space: nowrap; }
      /* Long cells (a move name with a player's name) wrap rather than push a wide table (the
         debrief's turn table) past the page: it must not scroll sideways or be cut on paper. */
      th, td { overflow-wrap: anywhere; }
      table.kv th { width: 14rem; background: #eef4f8; }
      figure { margin: 1rem 0 2rem; break-inside: avoid; page-break-inside: avoid; }
      figure img { display: block; width: 100%; height: auto; border: 1px solid #ccc; }
      figcaption { margin-top: 0.5rem; font-size: 0.95rem; color: #222; }
      figcaption b { color: #000; }
      .files { font-size: 0.8rem; color: #444; }
      .table-wrap { overflow-x: auto; }
      footer { margin-top: 3rem; font-size: 0.8rem; color: #555; border-top: 1px solid #ccc;
               padding-top: 0.5rem; }
      @media print {
        html { font-size: 11pt; }
        body { max-width: none; padding: 0; }
        nav, .files { display: none; }
        h2, h3 { break-after: avoid; page-break-after: avoid; }
        table, figure { break-inside: avoid; page-break-inside: avoid; }
        .table-wrap { overflow: visible; }
        table { font-size: 9pt; }
        th, td { padding: 0.15rem 0.35rem; }
        a { color: inherit; text-decoration: none; }
        @page { margin: 15mm; }
      }
      """;
}
