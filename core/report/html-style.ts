/** The report page's only style: inline, so the file stands alone (the CSP allows nothing else). */
export const REPORT_STYLE = `
:root{color-scheme:light}
body{font:15px/1.55 "DejaVu Serif",Georgia,serif;max-width:72rem;margin:2rem auto;padding:0 1.2rem;color:#16181d}
h1,h2,h3,th,.meta,.stance,.label,caption{font-family:"DejaVu Sans",system-ui,sans-serif}
h1{font-size:1.9rem;margin:0 0 .3rem}
h2{font-size:1.3rem;margin:2.2rem 0 .6rem;padding-bottom:.25rem;border-bottom:2px solid #2a3a5a}
h3{font-size:1rem;margin:1rem 0 .3rem}
header .meta{margin:.2rem 0}
table{width:100%;border-collapse:collapse;margin:.8rem 0}
body{overflow-wrap:break-word}
a,.url{overflow-wrap:anywhere;word-break:break-word}
th,td{vertical-align:top;border:1px solid #b9bec8;padding:.45rem .6rem;text-align:start;overflow-wrap:break-word;hyphens:manual}

col.c-date{width:16%}col.c-speaker{width:18%}col.c-stances{width:22%}
th{background:#eef1f6;font-size:.85em}
table.side{table-layout:fixed}
table.side td{padding:.7rem}
blockquote{margin:.5rem 0;padding-inline-start:.7rem;border-inline-start:3px solid #6b7a99;white-space:pre-wrap}
.meta,.aff,.src,.role,.more{color:#4c5361;font-size:.88em}
.cite{font-size:.88em;color:#2a3a5a}
.stance{font-size:.78em;padding:0 .35em;border:1px solid #8a909c;border-radius:3px;white-space:nowrap}
.stance.affirms{background:#e3f2e3}.stance.denies{background:#f9e1e1}.stance.qualifies{background:#f3efd9}
.assessment{white-space:pre-wrap}
ul.stances{padding-inline-start:1.2rem;margin:.3rem 0}
mark.own{background:#fde9a8;color:inherit}
b.shared{font-weight:700}
u.neg{text-decoration:underline 2px #b3261e}
.legend{font-size:.85em;color:#4c5361}
.matrix td{text-align:center}
.matrix td.speaker{text-align:start}
ol.bib{padding-inline-start:1.4rem}
ol.bib li{margin:.25rem 0}
.flip{display:inline-block;font:700 .78em/1.4 "DejaVu Sans",sans-serif;color:#fff;background:#a4410e;border-radius:3px;padding:0 .45em;letter-spacing:.02em;text-transform:uppercase}
.flip-line{margin:.3rem 0;padding:.3rem .5rem;border-inline-start:4px solid #a4410e;background:#fbefe6}
.contested{font-weight:700;color:#8a1c1c}
.counts{font-family:"DejaVu Sans",system-ui,sans-serif;font-size:.95em;font-weight:600;margin:.2rem 0}
section.position{margin:1.2rem 0 1.6rem}
h3{font-size:1.08rem}
h4.side{font:600 .9rem "DejaVu Sans",sans-serif;margin:.8rem 0 .2rem;padding:.15rem .5rem;border-radius:3px}
h4.affirm{background:#e3f2e3}h4.deny{background:#f9e1e1}h4.qualify{background:#f3efd9}
ol.statements{padding-inline-start:1.6rem;margin:.2rem 0}
ol.statements li{margin:.5rem 0 .9rem}
.paraphrase .label{font:600 .8em "DejaVu Sans",sans-serif;color:#4c5361;text-transform:uppercase;letter-spacing:.03em}
p.paraphrase{margin:.5rem 0;padding-inline-start:.7rem;border-inline-start:3px dotted #6b7a99}
.source-date{font-style:italic}
.stance-note{margin:.35rem 0;font-size:.92em;font-style:italic;color:#2f3642}
.stance-note .label{font:600 .85em "DejaVu Sans",sans-serif;font-style:normal;color:#4c5361}
@media print{
body{margin:0;max-width:none;font-size:10.5pt}
h2{break-after:avoid-page}
section.comparison,section.position,tr,ol.statements li{break-inside:avoid-page}
h3,h4{break-after:avoid-page}
th,td{border-color:#555}
a{color:inherit;text-decoration:none}
a[href]::after{content:" (" attr(href) ")";font-size:.8em}
}
`;
